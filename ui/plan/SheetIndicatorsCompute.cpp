// SPDX-License-Identifier: EUPL-1.2
// SheetIndicatorsPage: computing values from the data when asked, and the breakdown editor.
#include "ui/plan/SheetIndicatorsPage.h"

#include "core/plan/PlanFigures.h"
#include "core/storage/ActionPlanRepository.h"
#include "ui/plan/BreakdownDialog.h"

#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QToolButton>

namespace maillage::ui {

namespace {

QString periodsText(const QStringList& periods)
{
    return periods.join(QStringLiteral(", "));
}

} // namespace

void SheetIndicatorsPage::showFromData()
{
    if (m_current < 0 || m_current >= int(m_items.size()) || m_values->isColumnHidden(FromDataColumn))
        return;
    store(m_current);
    const Indicator& indicator = m_items[size_t(m_current)];
    QStringList periods;
    for (int row = 0; row < m_values->rowCount(); ++row)
        if (plan::periodRange(m_values->item(row, PeriodColumn)->text().trimmed()).first.isValid())
            periods << m_values->item(row, PeriodColumn)->text().trimmed();
    Result<std::vector<plan::ComputedFigure>> figures =
        plan::ComputedValues::figures(m_db, indicator, m_sheetId, periods, {}, m_plan.councilId);
    const QSignalBlocker blocker(m_values);
    for (int row = 0; row < m_values->rowCount(); ++row) {
        QTableWidgetItem* item = m_values->item(row, FromDataColumn);
        const QString period = m_values->item(row, PeriodColumn)->text().trimmed();
        item->setText(QString());
        item->setForeground(QBrush());
        if (!figures.ok()) {
            item->setText(figures.error().message);
            continue;
        }
        for (const plan::ComputedFigure& figure : figures.value()) {
            if (figure.period != period)
                continue;
            if (figure.differs()) {
                item->setText(tr("The data gives %1 (%2); the value entered is kept")
                                  .arg(plan::formatNumber(figure.value), figure.from));
                item->setForeground(QColor(0xa1, 0x5c, 0x00));
            } else {
                item->setText(tr("Computed: %1").arg(figure.from));
            }
        }
        item->setToolTip(item->text());
    }
}

void SheetIndicatorsPage::computeFromData(bool everyPeriod)
{
    if (m_current < 0 || m_current >= int(m_items.size()))
        return;
    store(m_current);
    const Indicator& indicator = m_items[size_t(m_current)];
    if (indicator.computedSource == ComputedSource::None) {
        m_message->setText(tr("The indicator “%1” is entered by hand: choose a source under “Computed from” first.")
                               .arg(indicator.name));
        return;
    }
    QStringList periods;
    if (everyPeriod) {
        periods = plan::ComputedValues::periodsOf(indicator, m_plan, QDate::currentDate());
    } else {
        const int row = m_values->currentRow();
        const QString selected = row >= 0 && m_values->item(row, PeriodColumn)
                                     ? m_values->item(row, PeriodColumn)->text().trimmed()
                                     : QString();
        periods << (selected.isEmpty() ? QString::number(m_year->value()) : selected);
    }
    Result<QList<int>> locked = ActionPlanRepository(m_db).lockedYears(m_plan.id);
    if (!locked.ok()) {
        m_message->setText(locked.error().message);
        return;
    }
    Result<std::vector<plan::ComputedFigure>> figures =
        plan::ComputedValues::figures(m_db, indicator, m_sheetId, periods, locked.value(), m_plan.councilId);
    if (!figures.ok()) {
        m_message->setText(figures.error().message);
        return;
    }
    QStringList differing;
    for (const plan::ComputedFigure& figure : figures.value())
        if (figure.differs() && !figure.locked)
            differing << tr("%1: %2 entered, the data gives %3")
                             .arg(figure.period, plan::formatNumber(*figure.stored), plan::formatNumber(figure.value));
    if (differing.isEmpty()) {
        finishComputing(figures.value(), false);
        return;
    }
    // Values entered by hand (or computed before the data changed) go only when the coordinator agrees.
    auto* box = new QMessageBox(QMessageBox::Question, tr("Compute from the data"),
                                tr("The data gives other values than those of the fiche:\n%1\n\nReplace them?")
                                    .arg(differing.join(u'\n')),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("computeReplaceBox"));
    box->addButton(tr("&Replace"), QMessageBox::YesRole)->setObjectName(QStringLiteral("computeReplace"));
    QPushButton* keep = box->addButton(tr("&Keep the values entered"), QMessageBox::NoRole);
    keep->setObjectName(QStringLiteral("computeKeep"));
    box->setDefaultButton(keep);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, box, all = figures.value()](QAbstractButton* button) {
        finishComputing(all, box->buttonRole(button) == QMessageBox::YesRole);
    });
    box->open();
}

void SheetIndicatorsPage::finishComputing(const std::vector<plan::ComputedFigure>& figures, bool replaceDiffering)
{
    if (m_current < 0 || m_current >= int(m_items.size()))
        return;
    store(m_current);
    Indicator& indicator = m_items[size_t(m_current)];
    const QStringList changed = plan::ComputedValues::apply(indicator, figures, replaceDiffering);
    QStringList kept;
    QStringList locked;
    for (const plan::ComputedFigure& figure : figures) {
        if (figure.locked && (!figure.stored || figure.differs()))
            locked << figure.period;
        else if (figure.differs() && !replaceDiffering)
            kept << figure.period;
    }
    load(m_current);
    QStringList lines;
    if (!changed.isEmpty())
        lines << tr("Computed from the data: %1. Save the fiche to keep them.").arg(periodsText(changed));
    else
        lines << tr("Nothing changed: the values of the fiche already match the data.");
    if (!kept.isEmpty())
        lines << tr("Kept as entered: %1.").arg(periodsText(kept));
    if (!locked.isEmpty())
        lines << tr("Locked, not changed: %1 (unlock the year to change it).").arg(periodsText(locked));
    m_message->setText(lines.join(u' '));
}

void SheetIndicatorsPage::editBreakdown()
{
    const int row = m_values->currentRow();
    if (row < 0 || !m_values->item(row, BreakdownColumn)) {
        m_message->setText(tr("Select the period to break down first."));
        return;
    }
    const QString period = m_values->item(row, PeriodColumn)->text().trimmed();
    const QString value = m_values->item(row, ValueColumn) ? m_values->item(row, ValueColumn)->text() : QString();
    auto* dialog = new BreakdownDialog(m_dimensions, m_values->item(row, BreakdownColumn)->data(Qt::UserRole).toString(),
                                       plan::parseNumber(value), period, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The row is found again by indicator and period: the table may be refilled while the dialog is open.
    connect(dialog, &QDialog::accepted, this, [this, dialog, indicator = m_current, period] {
        int at = -1;
        for (int r = 0; indicator == m_current && r < m_values->rowCount(); ++r)
            if (m_values->item(r, PeriodColumn)->text().trimmed() == period)
                at = r;
        if (at < 0)
            return;
        setBreakdown(at, dialog->breakdown());
        m_message->clear();
        Result<std::vector<plan::BreakdownPart>> parts = plan::Breakdown::parse(dialog->breakdown());
        const std::optional<double> total = plan::parseNumber(m_values->item(at, ValueColumn)->text());
        if (parts.ok() && total)
            m_message->setText(plan::Breakdown::mismatches(parts.value(), *total, m_dimensions).join(u' '));
    });
    dialog->open();
}

} // namespace maillage::ui
