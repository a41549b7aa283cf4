// SPDX-License-Identifier: EUPL-1.2
#include "ui/instances/SeriesDialog.h"

#include "core/calendar/DateConversion.h"
#include "core/storage/CouncilRepository.h"
#include "core/storage/MeetingRepository.h"
#include "ui/instances/RecurrenceEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace maillage::ui {

using calendar::HolidayPolicy;

namespace {

QString longDate(const QDate& date)
{
    return QLocale().toString(date, QStringLiteral("d MMMM yyyy"));
}

} // namespace

SeriesDialog::SeriesDialog(Database& db, const Instance& instance, QWidget* parent)
    : QDialog(parent), m_db(db), m_instance(instance)
{
    setObjectName(QStringLiteral("seriesDialog"));
    setWindowTitle(tr("Plan the meetings of %1").arg(instance.name));
    m_recurrence = new RecurrenceEditor(this);
    m_recurrence->setRuleText(instance.cadence);
    const QDate today = QDate::currentDate();
    m_start = new QDateEdit(today, this);
    m_start->setObjectName(QStringLiteral("seriesStart"));
    m_start->setCalendarPopup(true);
    m_horizon = new QDateEdit(today.addYears(1).addDays(-1), this);
    m_horizon->setObjectName(QStringLiteral("seriesHorizon"));
    m_horizon->setCalendarPopup(true);
    m_horizon->setToolTip(tr("For a cadence without an end: the last day to plan."));
    m_time = new QTimeEdit(QTime(14, 0), this);
    m_time->setObjectName(QStringLiteral("seriesTime"));
    m_duration = new QSpinBox(this);
    m_duration->setObjectName(QStringLiteral("seriesDuration"));
    m_duration->setRange(15, 600);
    m_duration->setSingleStep(15);
    m_duration->setValue(120);
    m_duration->setSuffix(tr(" min"));
    m_policy = new QComboBox(this);
    m_policy->setObjectName(QStringLiteral("seriesHolidayPolicy"));
    m_policy->addItem(tr("Move to the next working day"), int(HolidayPolicy::NextWorkingDay));
    m_policy->addItem(tr("Skip the meeting"), int(HolidayPolicy::Skip));
    m_policy->addItem(tr("Keep the date"), int(HolidayPolicy::Keep));
    m_alsaceMoselle = new QCheckBox(tr("Alsace-Moselle public holidays (Good Friday, 26 December)"), this);
    m_alsaceMoselle->setObjectName(QStringLiteral("alsaceMoselleCheck"));
    m_alsaceMoselle->setToolTip(tr("A council setting: saved for every series of the council."));
    m_alsaceMoselle->setChecked(loadAlsaceMoselle());
    MeetingFilter existing;
    existing.instanceId = instance.id;
    existing.from = today;
    if (auto meetings = MeetingRepository(db).list(existing); meetings.ok())
        for (const Meeting& meeting : meetings.value())
            if (meeting.status != MeetingStatus::Cancelled && meeting.status != MeetingStatus::Postponed)
                m_taken.insert(meeting.startsAt.date());

    auto* cadence = new QGroupBox(tr("Cadence"), this);
    (new QVBoxLayout(cadence))->addWidget(m_recurrence);
    auto* options = new QGroupBox(tr("Dates and times"), this);
    auto* form = new QFormLayout(options);
    auto* period = new QHBoxLayout;
    period->addWidget(m_start);
    period->addWidget(new QLabel(tr("to"), options));
    period->addWidget(m_horizon);
    period->addStretch(1);
    form->addRow(tr("From:"), period);
    auto* hours = new QHBoxLayout;
    hours->addWidget(m_time);
    hours->addWidget(new QLabel(tr("lasting"), options));
    hours->addWidget(m_duration);
    hours->addStretch(1);
    form->addRow(tr("At:"), hours);
    form->addRow(tr("On a public holiday or a weekend:"), m_policy);
    form->addRow(m_alsaceMoselle);

    m_preview = new QListWidget(this);
    m_preview->setObjectName(QStringLiteral("seriesPreview"));
    m_preview->setSelectionMode(QAbstractItemView::NoSelection);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("seriesSummary"));
    m_summary->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_create = buttons->addButton(tr("Create the meetings"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("createSeriesButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SeriesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_replanNote = new QLabel(this);
    m_replanNote->setObjectName(QStringLiteral("seriesReplanNote"));
    m_replanNote->setWordWrap(true);
    m_replanNote->hide();
    auto* left = new QVBoxLayout;
    left->addWidget(m_replanNote);
    left->addWidget(cadence);
    left->addWidget(options);
    left->addStretch(1);
    auto* right = new QVBoxLayout;
    m_previewTitle = new QLabel(tr("Meetings to create:"), this);
    right->addWidget(m_previewTitle);
    right->addWidget(m_preview, 1);
    right->addWidget(m_summary);
    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 3);
    columns->addLayout(right, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);
    resize(980, 600);

    connect(m_recurrence, &RecurrenceEditor::changed, this, &SeriesDialog::refreshPreview);
    for (QDateEdit* edit : {m_start, m_horizon})
        connect(edit, &QDateEdit::dateChanged, this, &SeriesDialog::refreshPreview);
    connect(m_policy, &QComboBox::currentIndexChanged, this, &SeriesDialog::refreshPreview);
    connect(m_alsaceMoselle, &QCheckBox::toggled, this, [this](bool on) {
        saveAlsaceMoselle(on);
        refreshPreview();
    });
    refreshPreview();
}

SeriesPlan SeriesDialog::plan() const
{
    SeriesPlan plan;
    plan.instance = m_instance;
    plan.rule = m_recurrence->rule();
    plan.start = m_start->date();
    plan.horizon = m_horizon->date();
    plan.time = m_time->time();
    plan.durationMinutes = m_duration->value();
    plan.policy = HolidayPolicy(m_policy->currentData().toInt());
    plan.alsaceMoselle = m_alsaceMoselle->isChecked();
    return plan;
}

void SeriesDialog::refreshPreview()
{
    m_preview->clear();
    int created = 0;
    int moved = 0;
    int skipped = 0;
    int taken = 0;
    for (const PlannedDate& date : SeriesPlanner::preview(plan())) {
        auto* item = new QListWidgetItem(m_preview);
        if (!isReplan() && !date.skipped && m_taken.contains(date.actual)) {
            // The planner adds no second meeting on that day: say so rather than promise one.
            item->setText(tr("%1 (the instance already meets that day)").arg(longDate(date.actual)));
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            ++taken;
            continue;
        }
        if (date.skipped) {
            item->setText(tr("%1 (%2)").arg(longDate(date.planned), date.reason));
            QFont font = item->font();
            font.setStrikeOut(true);
            item->setFont(font);
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            item->setToolTip(tr("No meeting: %1").arg(date.reason));
            ++skipped;
            continue;
        }
        ++created;
        if (date.moved) {
            item->setText(tr("%1 → %2 (%3)").arg(longDate(date.planned), longDate(date.actual), date.reason));
            item->setBackground(QColor(0xff, 0xf1, 0xc2));
            item->setForeground(QColor(0x5c, 0x3d, 0x00));
            item->setToolTip(tr("Moved: %1").arg(date.reason));
            ++moved;
        } else {
            item->setText(longDate(date.actual));
        }
    }
    m_summary->setText(tr("%n meeting(s) to create", nullptr, created)
                       + (moved ? tr(", %n moved", nullptr, moved) : QString())
                       + (skipped ? tr(", %n skipped", nullptr, skipped) : QString())
                       + (taken ? tr(", %n already planned", nullptr, taken) : QString()) + u'.');
    m_create->setEnabled(created > 0);
}

bool SeriesDialog::loadAlsaceMoselle() const
{
    auto council = CouncilRepository(m_db).get(m_instance.councilId);
    return council.ok() && council->alsaceMoselle;
}

void SeriesDialog::saveAlsaceMoselle(bool on)
{
    // A council setting, saved at once: it also applies to the council's other series.
    CouncilRepository councils(m_db);
    auto council = councils.get(m_instance.councilId);
    if (!council.ok() || council->alsaceMoselle == on)
        return;
    council->alsaceMoselle = on;
    if (Status status = councils.update(council.value()); !status.ok()) {
        auto* box = new QMessageBox(QMessageBox::Warning, tr("The setting was not saved"), status.error().message,
                                    QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("alsaceMoselleError"));
        box->setDetailedText(status.error().detail);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
}

void SeriesDialog::setReplan(const MeetingSeries& series, const Meeting& occurrence, const QDate& today)
{
    m_replanSeries = series.id;
    m_today = today;
    const QDate from = std::max(occurrence.startsAt.date(), today);
    setWindowTitle(tr("Edit the series of %1 from a date").arg(m_instance.name));
    if (auto rule = calendar::RecurrenceRule::parse(series.rule); rule.ok()) {
        // A count was reckoned from the series' first date: from here on, the series' last date says the same.
        if (rule->count > 0 && series.endsOn.isValid()) {
            rule->count = 0;
            rule->until = calendar::toBoost(series.endsOn);
        }
        m_recurrence->setRule(rule.value());
    }
    m_policy->setCurrentIndex(std::max(0, m_policy->findData(int(SeriesPlanner::policyFromCode(series.holidayPolicy)))));
    m_start->setMinimumDate(today);
    m_start->setDate(from);
    m_horizon->setDate(series.endsOn.isValid() && series.endsOn > from ? series.endsOn : from.addYears(1).addDays(-1));
    m_time->setTime(occurrence.startsAt.time());
    if (occurrence.endsAt.isValid() && occurrence.endsAt > occurrence.startsAt)
        m_duration->setValue(int(occurrence.startsAt.secsTo(occurrence.endsAt) / 60));
    m_replanNote->setText(
        tr("The planned meetings of this series from the date below on are replaced by the new dates. "
           "Past meetings, held or cancelled meetings and meetings that already have an agenda, an attendance "
           "or minutes are never changed: they stay where they are. Meetings before today (%1) cannot be "
           "re-planned.")
            .arg(longDate(today)));
    m_replanNote->show();
    m_previewTitle->setText(tr("New dates:"));
    m_create->setText(tr("Re-plan the series"));
    m_create->setObjectName(QStringLiteral("replanSeriesButton"));
    refreshPreview();
}

QDate SeriesDialog::replanFrom() const
{
    return m_start->date();
}

void SeriesDialog::accept()
{
    SeriesPlanner planner(m_db);
    auto done = isReplan() ? planner.replanFrom(m_replanSeries, replanFrom(), plan(), m_today, &m_record)
                           : planner.create(plan());
    if (!done.ok()) {
        auto* box = new QMessageBox(QMessageBox::Warning,
                                    isReplan() ? tr("The series was not re-planned") : tr("The meetings were not created"),
                                    done.error().message, QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("seriesError"));
        box->setDetailedText(done.error().detail);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    m_series = done.value();
    QDialog::accept();
}

} // namespace maillage::ui
