// SPDX-License-Identifier: EUPL-1.2
#include "ui/instances/RecurrenceEditor.h"

#include "core/calendar/DateConversion.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QRadioButton>
#include <QSpinBox>

#include <algorithm>

namespace maillage::ui {

using calendar::RecurrenceRule;

namespace {
enum DayMode { NthWeekday, LastWeekday, MonthDay, SameDay };
}

RecurrenceEditor::RecurrenceEditor(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("recurrenceEditor"));
    m_frequency = new QComboBox(this);
    m_frequency->setObjectName(QStringLiteral("recurrenceFrequency"));
    m_frequency->setAccessibleName(tr("Frequency"));
    m_frequency->addItem(tr("Weekly"), int(RecurrenceRule::Frequency::Weekly));
    m_frequency->addItem(tr("Monthly"), int(RecurrenceRule::Frequency::Monthly));
    m_frequency->addItem(tr("Yearly"), int(RecurrenceRule::Frequency::Yearly));
    m_interval = new QSpinBox(this);
    m_interval->setObjectName(QStringLiteral("recurrenceInterval"));
    m_interval->setRange(1, 52);
    m_interval->setPrefix(tr("every "));

    m_dayMode = new QComboBox(this);
    m_dayMode->setObjectName(QStringLiteral("recurrenceDayMode"));
    m_dayMode->setAccessibleName(tr("Day of the meeting"));
    m_dayMode->addItem(tr("the nth weekday"), NthWeekday);
    m_dayMode->addItem(tr("the last weekday"), LastWeekday);
    m_dayMode->addItem(tr("a day of the month"), MonthDay);
    m_dayMode->addItem(tr("the same day as the first date"), SameDay);
    m_ordinal = new QComboBox(this);
    m_ordinal->setObjectName(QStringLiteral("recurrenceOrdinal"));
    m_ordinal->setAccessibleName(tr("Week of the month"));
    for (const auto& [label, value] : {std::pair{tr("1st"), 1}, {tr("2nd"), 2}, {tr("3rd"), 3}, {tr("4th"), 4}})
        m_ordinal->addItem(label, value);
    m_weekday = new QComboBox(this);
    m_weekday->setObjectName(QStringLiteral("recurrenceWeekday"));
    m_weekday->setAccessibleName(tr("Weekday"));
    m_weekday->addItem(tr("the weekday of the first date"), -1);
    for (int qtDay = 1; qtDay <= 7; ++qtDay) // Monday first, stored with Boost's numbering (Sunday = 0)
        m_weekday->addItem(QLocale().dayName(qtDay), qtDay % 7);
    m_monthDay = new QSpinBox(this);
    m_monthDay->setObjectName(QStringLiteral("recurrenceMonthDay"));
    m_monthDay->setRange(1, 31);
    m_yearMonth = new QComboBox(this);
    m_yearMonth->setObjectName(QStringLiteral("recurrenceYearMonth"));
    m_yearMonth->setAccessibleName(tr("Month"));
    for (int month = 1; month <= 12; ++month)
        m_yearMonth->addItem(QLocale().monthName(month), month);

    auto* dayRow = new QHBoxLayout;
    for (QWidget* widget : std::initializer_list<QWidget*>{m_dayMode, m_ordinal, m_weekday, m_monthDay, m_yearMonth})
        dayRow->addWidget(widget);
    dayRow->addStretch(1);
    auto* frequencyRow = new QHBoxLayout;
    frequencyRow->addWidget(m_frequency);
    frequencyRow->addWidget(m_interval);
    frequencyRow->addStretch(1);

    auto* monthsGrid = new QGridLayout;
    for (int month = 1; month <= 12; ++month) {
        auto* box = new QCheckBox(QLocale().standaloneMonthName(month, QLocale::ShortFormat), this);
        box->setObjectName(QStringLiteral("recurrenceMonth%1").arg(month));
        box->setChecked(true);
        box->setToolTip(tr("Untick the months without a meeting (August, for instance)."));
        monthsGrid->addWidget(box, (month - 1) / 6, (month - 1) % 6);
        m_months.push_back(box);
        connect(box, &QCheckBox::toggled, this, &RecurrenceEditor::emitChanged);
    }

    m_noEnd = new QRadioButton(tr("No end"), this);
    m_noEnd->setObjectName(QStringLiteral("recurrenceNoEnd"));
    m_untilEnd = new QRadioButton(tr("Until"), this);
    m_untilEnd->setObjectName(QStringLiteral("recurrenceUntilEnd"));
    m_countEnd = new QRadioButton(tr("After"), this);
    m_countEnd->setObjectName(QStringLiteral("recurrenceCountEnd"));
    m_until = new QDateEdit(QDate::currentDate().addYears(1), this);
    m_until->setObjectName(QStringLiteral("recurrenceUntil"));
    m_until->setCalendarPopup(true);
    m_count = new QSpinBox(this);
    m_count->setObjectName(QStringLiteral("recurrenceCount"));
    m_count->setRange(1, 1000);
    m_count->setValue(10);
    m_count->setSuffix(tr(" meetings"));
    auto* endRow = new QHBoxLayout;
    for (QWidget* widget : std::initializer_list<QWidget*>{m_noEnd, m_untilEnd, m_until, m_countEnd, m_count})
        endRow->addWidget(widget);
    endRow->addStretch(1);

    m_description = new QLabel(this);
    m_description->setObjectName(QStringLiteral("recurrenceDescription"));
    m_description->setWordWrap(true);
    QFont italic = m_description->font();
    italic.setItalic(true);
    m_description->setFont(italic);

    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Repeat:"), frequencyRow);
    form->addRow(tr("On:"), dayRow);
    form->addRow(tr("Months:"), monthsGrid);
    form->addRow(tr("Ends:"), endRow);
    form->addRow(m_description);

    connect(m_frequency, &QComboBox::currentIndexChanged, this, &RecurrenceEditor::emitChanged);
    for (QComboBox* box : {m_dayMode, m_ordinal, m_weekday, m_yearMonth})
        connect(box, &QComboBox::currentIndexChanged, this, &RecurrenceEditor::emitChanged);
    for (QSpinBox* box : {m_interval, m_monthDay, m_count})
        connect(box, &QSpinBox::valueChanged, this, &RecurrenceEditor::emitChanged);
    for (QRadioButton* button : {m_noEnd, m_untilEnd, m_countEnd})
        connect(button, &QRadioButton::toggled, this, &RecurrenceEditor::emitChanged);
    connect(m_until, &QDateEdit::dateChanged, this, &RecurrenceEditor::emitChanged);
    setRuleText({});
}

void RecurrenceEditor::setRuleText(const QString& text)
{
    auto parsed = RecurrenceRule::parse(text);
    if (parsed.ok()) {
        setRule(parsed.value());
        return;
    }
    RecurrenceRule fallback;
    fallback.weekday = 2;
    fallback.weekdayOrdinal = 2;
    setRule(fallback);
}

void RecurrenceEditor::setRule(const RecurrenceRule& rule)
{
    m_loading = true;
    m_frequency->setCurrentIndex(m_frequency->findData(int(rule.frequency)));
    m_interval->setValue(rule.interval);
    const DayMode mode = rule.weekdayOrdinal == -1 ? LastWeekday
                         : rule.weekdayOrdinal > 0 ? NthWeekday
                         : rule.monthDay > 0       ? MonthDay
                                                   : SameDay;
    m_dayMode->setCurrentIndex(m_dayMode->findData(mode));
    m_ordinal->setCurrentIndex(std::max(0, m_ordinal->findData(rule.weekdayOrdinal)));
    m_weekday->setCurrentIndex(std::max(0, m_weekday->findData(rule.weekday)));
    m_monthDay->setValue(rule.monthDay > 0 ? rule.monthDay : 1);
    const bool yearly = rule.frequency == RecurrenceRule::Frequency::Yearly;
    m_yearMonth->setCurrentIndex(yearly && !rule.months.empty() ? rule.months.front() - 1 : 0);
    for (int month = 1; month <= 12; ++month)
        m_months[month - 1]->setChecked(yearly || rule.months.empty() ||
                                        std::find(rule.months.begin(), rule.months.end(), month) != rule.months.end());
    m_noEnd->setChecked(rule.count == 0 && rule.until.is_special());
    m_untilEnd->setChecked(!rule.until.is_special());
    m_countEnd->setChecked(rule.count > 0);
    if (!rule.until.is_special())
        m_until->setDate(calendar::toQDate(rule.until));
    if (rule.count > 0)
        m_count->setValue(rule.count);
    m_loading = false;
    emitChanged();
}

RecurrenceRule RecurrenceEditor::rule() const
{
    RecurrenceRule rule;
    rule.frequency = RecurrenceRule::Frequency(m_frequency->currentData().toInt());
    rule.interval = m_interval->value();
    rule.weekday = m_weekday->currentData().toInt();
    const auto mode = DayMode(m_dayMode->currentData().toInt());
    if (rule.frequency == RecurrenceRule::Frequency::Weekly) {
        rule.weekdayOrdinal = 0;
    } else if (mode == MonthDay || mode == SameDay) {
        rule.weekday = -1;
        rule.monthDay = mode == MonthDay ? m_monthDay->value() : 0;
    } else {
        rule.weekdayOrdinal = mode == LastWeekday ? -1 : m_ordinal->currentData().toInt();
        if (rule.weekday < 0) // "the weekday of the first date" has no meaning here
            rule.weekday = 1;
    }
    if (rule.frequency == RecurrenceRule::Frequency::Yearly) {
        rule.months = {m_yearMonth->currentData().toInt()};
    } else {
        std::vector<int> months;
        for (int month = 1; month <= 12; ++month)
            if (m_months[month - 1]->isChecked())
                months.push_back(month);
        if (months.size() < 12 && !months.empty())
            rule.months = months;
    }
    if (m_countEnd->isChecked())
        rule.count = m_count->value();
    else if (m_untilEnd->isChecked())
        rule.until = calendar::toBoost(m_until->date());
    return rule;
}

void RecurrenceEditor::updateVisibility()
{
    const auto frequency = RecurrenceRule::Frequency(m_frequency->currentData().toInt());
    const bool weekly = frequency == RecurrenceRule::Frequency::Weekly;
    const auto mode = DayMode(m_dayMode->currentData().toInt());
    m_interval->setSuffix(weekly                                            ? tr(" week(s)")
                          : frequency == RecurrenceRule::Frequency::Monthly ? tr(" month(s)")
                                                                            : tr(" year(s)"));
    m_dayMode->setVisible(!weekly);
    m_ordinal->setVisible(!weekly && mode == NthWeekday);
    m_weekday->setVisible(weekly || mode == NthWeekday || mode == LastWeekday);
    m_monthDay->setVisible(!weekly && mode == MonthDay);
    m_yearMonth->setVisible(frequency == RecurrenceRule::Frequency::Yearly);
    for (QCheckBox* box : m_months)
        box->setEnabled(frequency != RecurrenceRule::Frequency::Yearly);
    m_until->setEnabled(m_untilEnd->isChecked());
    m_count->setEnabled(m_countEnd->isChecked());
}

void RecurrenceEditor::emitChanged()
{
    if (m_loading)
        return;
    updateVisibility();
    m_description->setText(rule().describe());
    emit changed();
}

} // namespace maillage::ui
