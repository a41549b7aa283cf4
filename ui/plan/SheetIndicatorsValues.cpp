// SPDX-License-Identifier: EUPL-1.2
// SheetIndicatorsPage: loading and reading an indicator, its standing, locking a year.
#include "ui/plan/SheetIndicatorsPage.h"

#include "core/plan/PlanFigures.h"
#include "core/storage/ActionPlanRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QToolButton>

namespace maillage::ui {

namespace {

QString cell(const QTableWidget* t, int row, int column)
{
    const QTableWidgetItem* item = t->item(row, column);
    return item ? item->text().trimmed() : QString();
}

/// Empty text reads as none with *ok; anything else must be a number.
std::optional<double> readNumber(const QString& text, bool* ok)
{
    if (text.trimmed().isEmpty()) {
        *ok = true;
        return std::nullopt;
    }
    const std::optional<double> value = plan::parseNumber(text);
    *ok = value.has_value();
    return value;
}

QString numberText(const std::optional<double>& value)
{
    return value ? plan::formatNumber(*value) : QString();
}

} // namespace

void SheetIndicatorsPage::setIndicators(const std::vector<Indicator>& indicators, qint64 sheetId)
{
    m_sheetId = sheetId;
    m_items = indicators;
    m_current = -1;
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const Indicator& indicator : m_items)
        m_list->addItem(indicator.name);
    m_list->setCurrentRow(m_items.empty() ? -1 : 0);
    load(m_list->currentRow());
}

void SheetIndicatorsPage::addIndicator()
{
    store(m_current);
    Indicator indicator;
    indicator.name = tr("New indicator");
    m_items.push_back(indicator);
    m_list->addItem(indicator.name);
    m_list->setCurrentRow(m_list->count() - 1);
    m_name->setFocus();
    m_name->selectAll();
}

void SheetIndicatorsPage::load(int row)
{
    m_current = row;
    const bool valid = row >= 0 && row < int(m_items.size());
    m_form->setEnabled(valid);
    const Indicator indicator = valid ? m_items[std::size_t(row)] : Indicator{};
    m_name->setText(indicator.name);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(int(indicator.kind))));
    m_unit->setText(indicator.unit);
    m_source->setText(indicator.dataSource);
    m_baseline->setText(numberText(indicator.baseline));
    m_target->setText(numberText(indicator.target));
    m_cumulative->setChecked(indicator.cumulative);
    m_computed->setCurrentIndex(std::max(0, m_computed->findData(int(indicator.computedSource))));
    const qint64 instance = indicator.computedScope.startsWith(QLatin1String("instance:"))
                                ? indicator.computedScope.mid(9).toLongLong()
                                : 0;
    m_instance->setCurrentIndex(std::max(0, m_instance->findData(instance)));
    m_councilWide->setChecked(indicator.computedScope == QLatin1String("council"));
    {
        const QSignalBlocker blocker(m_values);
        m_values->setRowCount(0);
    }
    std::vector<IndicatorValue> values = indicator.values;
    std::sort(values.begin(), values.end(),
              [](const IndicatorValue& a, const IndicatorValue& b) { return plan::periodBefore(a.period, b.period); });
    for (const IndicatorValue& value : values)
        addValueRow(value);
    m_message->clear();
    updateScope();
    refreshStanding();
    showFromData();
}

void SheetIndicatorsPage::addValueRow(const IndicatorValue& value)
{
    const QSignalBlocker blocker(m_values);
    const int row = m_values->rowCount();
    m_values->insertRow(row);
    auto* period = new QTableWidgetItem(value.period);
    period->setData(Qt::UserRole, value.id);
    m_values->setItem(row, 0, period);
    auto* number = new QTableWidgetItem(numberText(value.value));
    number->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_values->setItem(row, 1, number);
    auto* target = new QTableWidgetItem(numberText(value.target));
    target->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_values->setItem(row, 2, target);
    auto* breakdown = new QTableWidgetItem;
    breakdown->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable); // edited in its own dialog
    m_values->setItem(row, BreakdownColumn, breakdown);
    auto* fromData = new QTableWidgetItem;
    fromData->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    m_values->setItem(row, FromDataColumn, fromData);
    setBreakdown(row, value.breakdown);
    m_values->setCurrentCell(row, 1);
}

void SheetIndicatorsPage::setBreakdown(int row, const QString& json)
{
    QTableWidgetItem* item = m_values->item(row, BreakdownColumn);
    if (!item)
        return;
    const QSignalBlocker blocker(m_values);
    item->setData(Qt::UserRole, json);
    item->setText(plan::Breakdown::summary(json, m_dimensions));
    item->setToolTip(item->text());
}

void SheetIndicatorsPage::selectIndicator(int row)
{
    m_list->setCurrentRow(row);
}

void SheetIndicatorsPage::store(int row, QStringList* problems) const
{
    if (row < 0 || row >= int(m_items.size()))
        return;
    Indicator& indicator = m_items[std::size_t(row)];
    const QString name = m_name->text().trimmed();
    indicator.name = name;
    indicator.kind = IndicatorKind(m_kind->currentData().toInt());
    indicator.unit = m_unit->text().trimmed();
    indicator.dataSource = m_source->text().trimmed();
    bool ok = true;
    indicator.baseline = readNumber(m_baseline->text(), &ok);
    if (!ok && problems)
        *problems << tr("The baseline “%1” of the indicator “%2” is not a number.").arg(m_baseline->text(), name);
    indicator.target = readNumber(m_target->text(), &ok);
    if (!ok && problems)
        *problems << tr("The target “%1” of the indicator “%2” is not a number.").arg(m_target->text(), name);
    indicator.cumulative = m_cumulative->isChecked();
    indicator.computedSource = ComputedSource(m_computed->currentData().toInt());
    indicator.computedScope.clear();
    if (indicator.computedSource == ComputedSource::MeetingsHeld ||
        indicator.computedSource == ComputedSource::PartnersMobilised) {
        if (const qint64 instance = m_instance->currentData().toLongLong(); instance > 0)
            indicator.computedScope = QStringLiteral("instance:%1").arg(instance);
    } else if (indicator.computedSource != ComputedSource::None && m_councilWide->isChecked()) {
        indicator.computedScope = QStringLiteral("council");
    }
    indicator.values.clear();
    for (int r = 0; r < m_values->rowCount(); ++r) {
        IndicatorValue value;
        value.id = m_values->item(r, 0) ? m_values->item(r, 0)->data(Qt::UserRole).toLongLong() : 0;
        value.indicatorId = indicator.id;
        value.period = cell(m_values, r, 0);
        std::optional<double> number = readNumber(cell(m_values, r, 1), &ok);
        if ((!ok || !number) && problems)
            *problems << tr("The value “%1” of the period %2 of the indicator “%3” is not a number.")
                             .arg(cell(m_values, r, 1), value.period, name);
        value.value = number.value_or(0);
        value.target = readNumber(cell(m_values, r, 2), &ok);
        if (!ok && problems)
            *problems << tr("The target “%1” of the period %2 of the indicator “%3” is not a number.")
                             .arg(cell(m_values, r, 2), value.period, name);
        if (const QTableWidgetItem* breakdown = m_values->item(r, BreakdownColumn))
            value.breakdown = breakdown->data(Qt::UserRole).toString();
        indicator.values.push_back(value);
    }
}

std::vector<Indicator> SheetIndicatorsPage::indicators(QStringList* problems) const
{
    store(m_current, problems);
    return m_items;
}

void SheetIndicatorsPage::updateScope()
{
    const auto source = ComputedSource(m_computed->currentData().toInt());
    const bool meetings = source == ComputedSource::MeetingsHeld || source == ComputedSource::PartnersMobilised;
    m_instance->setVisible(meetings);
    m_councilWide->setVisible(source != ComputedSource::None && !meetings);
    m_values->setColumnHidden(FromDataColumn, source == ComputedSource::None);
    m_compute->setEnabled(source != ComputedSource::None);
    m_compute->setToolTip(source == ComputedSource::None
                              ? tr("Choose a source under “Computed from” to compute this indicator")
                              : tr("Computes the selected period (or the year chosen) from Maillage’s data"));
}

void SheetIndicatorsPage::refreshStanding()
{
    if (m_current < 0) {
        m_standing->setValue(0);
        m_standing->setFormat(QString());
        return;
    }
    store(m_current);
    const plan::IndicatorStanding standing = plan::indicatorStanding(m_items[std::size_t(m_current)]);
    if (!standing.ratio) {
        m_standing->setValue(0);
        m_standing->setFormat(standing.current ? tr("%1, no target").arg(numberText(standing.current))
                                               : tr("no value yet"));
        return;
    }
    m_standing->setValue(std::clamp(qRound(*standing.ratio * 100), 0, 100));
    m_standing->setFormat(tr("%1 of %2 (%3 %)")
                              .arg(numberText(standing.current), numberText(standing.target))
                              .arg(qRound(*standing.ratio * 100)));
}

void SheetIndicatorsPage::toggleLock()
{
    ActionPlanRepository repo(m_db);
    Result<QList<int>> locked = repo.lockedYears(m_plan.id);
    if (!locked.ok()) {
        m_message->setText(locked.error().message);
        return;
    }
    const int year = m_year->value();
    const Status status = locked->contains(year) ? repo.unlockYear(m_plan.id, year) : repo.lockYear(m_plan.id, year);
    m_message->setText(status.ok() ? QString() : status.error().message);
    refreshLocks();
}

void SheetIndicatorsPage::refreshLocks()
{
    Result<QList<int>> locked = ActionPlanRepository(m_db).lockedYears(m_plan.id);
    const QList<int> years = locked.ok() ? locked.value() : QList<int>{};
    m_lock->setText(years.contains(m_year->value()) ? tr("Unlock the year") : tr("Lock the year"));
    QStringList names;
    for (int year : years)
        names << QString::number(year);
    m_locks->setText(
        years.isEmpty()
            ? tr("No year of the plan is locked.")
            : tr("Locked years (values reported, no longer changed): %1").arg(names.join(QStringLiteral(", "))));
}

} // namespace maillage::ui
