// SPDX-License-Identifier: EUPL-1.2
// SheetEditorDialog: from the fiche to the widgets and back, and saving.
#include "ui/plan/SheetEditorDialog.h"

#include "core/plan/PlanFigures.h"
#include "ui/plan/SheetIndicatorsPage.h"
#include "ui/plan/SheetLinksPage.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>

namespace maillage::ui {

namespace {

const QDate noDate(1990, 1, 1);

QString cell(const QTableWidget* t, int row, int column)
{
    const QTableWidgetItem* item = t->item(row, column);
    return item ? item->text().trimmed() : QString();
}

QString dateText(const QDate& date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

/// A date typed in a cell: the locale's short format or ISO; invalid with ok false when unreadable.
QDate readDate(const QString& text, bool* ok)
{
    *ok = true;
    if (text.isEmpty())
        return {};
    QDate date = QLocale().toDate(text, QLocale::ShortFormat);
    if (!date.isValid())
        date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        date = QDate::fromString(text, QStringLiteral("dd/MM/yyyy"));
    *ok = date.isValid();
    return date;
}

int indexOfData(const QComboBox* combo, const QVariant& value)
{
    const int index = combo->findData(value);
    return index < 0 ? 0 : index;
}

} // namespace

void SheetEditorDialog::fill()
{
    const ActionSheet& s = m_sheet;
    m_code->setText(s.code);
    m_title->setText(s.title);
    m_axis->setCurrentIndex(indexOfData(m_axis, s.axisId));
    m_lead->setCurrentIndex(indexOfData(m_lead, s.leadOrganisationId));
    m_context->setPlainText(s.context);
    m_general->setPlainText(s.generalObjective);
    m_specific->setPlainText(s.specificObjectives);
    m_public->setText(s.targetPublic);
    m_reach->setValue(s.expectedReach);
    m_territory->setText(s.territory);
    m_start->setDate(s.startsOn.isValid() ? s.startsOn : noDate);
    m_end->setDate(s.endsOn.isValid() ? s.endsOn : noDate);
    m_status->setCurrentIndex(indexOfData(m_status, int(s.status)));
    m_statusComment->clear();

    m_partners->setRowCount(0);
    for (const ActionPartner& partner : s.partners)
        addPartnerRow(partner.organisationId, partner.role);
    m_milestones->setRowCount(0);
    for (const Milestone& milestone : s.milestones)
        addMilestoneRow(milestone);
    m_history->setRowCount(0);
    for (const StatusChange& change : s.history) {
        const int row = m_history->rowCount();
        m_history->insertRow(row);
        m_history->setItem(row, 0, new QTableWidgetItem(dateText(change.changedOn)));
        m_history->setItem(row, 1, new QTableWidgetItem(labelOf(change.status)));
        m_history->setItem(row, 2, new QTableWidgetItem(change.comment));
    }
    m_budget->setRowCount(0);
    for (const BudgetLine& line : s.budget)
        addBudgetRow(line);
    m_indicators->setIndicators(s.indicators, s.id);
    m_links->setSheet(s.id);
    updateBudgetTotals();
    updateProgress();
}

void SheetEditorDialog::addPartnerRow(qint64 organisationId, PartnerRole role)
{
    const int row = m_partners->rowCount();
    m_partners->insertRow(row);
    auto* organisation = new QComboBox(m_partners);
    organisation->setAccessibleName(tr("Organisation"));
    for (const auto& [id, name] : m_organisations)
        organisation->addItem(name, id);
    organisation->setCurrentIndex(indexOfData(organisation, organisationId));
    m_partners->setCellWidget(row, 0, organisation);
    auto* roles = new QComboBox(m_partners);
    roles->setAccessibleName(tr("Role"));
    for (PartnerRole value : allValues<PartnerRole>())
        roles->addItem(labelOf(value), int(value));
    roles->setCurrentIndex(indexOfData(roles, int(role)));
    m_partners->setCellWidget(row, 1, roles);
}

void SheetEditorDialog::addMilestoneRow(const Milestone& milestone)
{
    const QSignalBlocker blocker(m_milestones);
    const int row = m_milestones->rowCount();
    m_milestones->insertRow(row);
    auto* title = new QTableWidgetItem(milestone.title);
    title->setData(Qt::UserRole, milestone.id);
    m_milestones->setItem(row, 0, title);
    m_milestones->setItem(row, 1, new QTableWidgetItem(dateText(milestone.dueOn)));
    m_milestones->setItem(row, 2, new QTableWidgetItem(dateText(milestone.doneOn)));
    updateProgress();
}

void SheetEditorDialog::addBudgetRow(const BudgetLine& line)
{
    const QSignalBlocker blocker(m_budget);
    const int row = m_budget->rowCount();
    m_budget->insertRow(row);
    auto* funder = new QTableWidgetItem(line.funder);
    funder->setData(Qt::UserRole, line.id);
    m_budget->setItem(row, 0, funder);
    m_budget->setItem(row, 1, new QTableWidgetItem(QString::number(line.year)));
    const QLocale locale;
    for (const auto& [column, cents] :
         {std::pair{2, line.plannedCents}, std::pair{3, line.obtainedCents}, std::pair{4, line.spentCents}}) {
        auto* item = new QTableWidgetItem(locale.toString(double(cents) / 100.0, 'f', 2));
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_budget->setItem(row, column, item);
    }
    updateBudgetTotals();
}

ActionSheet SheetEditorDialog::sheet(QStringList* problems) const
{
    QStringList found;
    ActionSheet s = m_sheet;
    s.code = m_code->text().trimmed();
    s.title = m_title->text().trimmed();
    s.axisId = m_axis->currentData().toLongLong();
    s.leadOrganisationId = m_lead->currentData().toLongLong();
    s.context = m_context->toPlainText().trimmed();
    s.generalObjective = m_general->toPlainText().trimmed();
    s.specificObjectives = m_specific->toPlainText().trimmed();
    s.targetPublic = m_public->text().trimmed();
    s.expectedReach = m_reach->value();
    s.territory = m_territory->text().trimmed();
    s.startsOn = m_start->date() == noDate ? QDate() : m_start->date();
    s.endsOn = m_end->date() == noDate ? QDate() : m_end->date();
    const auto status = SheetStatus(m_status->currentData().toInt());
    if (status != m_sheet.status || (s.isNew() && s.history.empty())) {
        StatusChange change;
        change.status = status;
        change.changedOn = QDate::currentDate();
        change.comment = m_statusComment->text().trimmed();
        s.history.push_back(change);
    } else if (!m_statusComment->text().trimmed().isEmpty()) {
        // A comment without a change of status is still worth a dated line.
        StatusChange note;
        note.status = status;
        note.changedOn = QDate::currentDate();
        note.comment = m_statusComment->text().trimmed();
        s.history.push_back(note);
    }
    s.status = status;

    s.partners.clear();
    for (int row = 0; row < m_partners->rowCount(); ++row) {
        const auto* organisation = qobject_cast<QComboBox*>(m_partners->cellWidget(row, 0));
        const auto* role = qobject_cast<QComboBox*>(m_partners->cellWidget(row, 1));
        if (!organisation || organisation->currentData().toLongLong() <= 0)
            continue;
        ActionPartner partner;
        partner.organisationId = organisation->currentData().toLongLong();
        partner.role = PartnerRole(role->currentData().toInt());
        const bool duplicate = std::any_of(s.partners.begin(), s.partners.end(), [&](const ActionPartner& p) {
            return p.organisationId == partner.organisationId && p.role == partner.role;
        });
        if (!duplicate)
            s.partners.push_back(partner);
    }

    s.milestones.clear();
    for (int row = 0; row < m_milestones->rowCount(); ++row) {
        Milestone milestone;
        milestone.id = m_milestones->item(row, 0) ? m_milestones->item(row, 0)->data(Qt::UserRole).toLongLong() : 0;
        milestone.title = cell(m_milestones, row, 0);
        bool ok = true;
        milestone.dueOn = readDate(cell(m_milestones, row, 1), &ok);
        if (!ok)
            found << tr("The due date “%1” of the milestone on line %2 is not a date.")
                         .arg(cell(m_milestones, row, 1))
                         .arg(row + 1);
        milestone.doneOn = readDate(cell(m_milestones, row, 2), &ok);
        if (!ok)
            found << tr("The date “%1” of the milestone on line %2 is not a date.")
                         .arg(cell(m_milestones, row, 2))
                         .arg(row + 1);
        if (milestone.title.isEmpty() && !milestone.dueOn.isValid() && !milestone.doneOn.isValid())
            continue;
        s.milestones.push_back(milestone);
    }

    s.budget.clear();
    const QStringList amountNames = {tr("planned"), tr("obtained"), tr("spent")};
    for (int row = 0; row < m_budget->rowCount(); ++row) {
        BudgetLine line;
        line.id = m_budget->item(row, 0) ? m_budget->item(row, 0)->data(Qt::UserRole).toLongLong() : 0;
        line.funder = cell(m_budget, row, 0);
        bool yearOk = false;
        line.year = cell(m_budget, row, 1).toInt(&yearOk);
        if (!yearOk)
            found << tr("The year “%1” of the budget line %2 is not a year.").arg(cell(m_budget, row, 1)).arg(row + 1);
        else if (!m_plan.covers(line.year))
            found << tr("The year %1 of the budget line %2 is outside the plan (%3–%4).")
                         .arg(line.year)
                         .arg(row + 1)
                         .arg(m_plan.firstYear)
                         .arg(m_plan.lastYear);
        qint64* targets[] = {&line.plannedCents, &line.obtainedCents, &line.spentCents};
        for (int k = 0; k < 3; ++k) {
            const QString text = cell(m_budget, row, 2 + k);
            if (std::optional<qint64> cents = plan::parseAmount(text))
                *targets[k] = *cents;
            else
                found << tr("The %1 amount “%2” of the budget line %3 is not a number of euros.")
                             .arg(amountNames.at(k), text)
                             .arg(row + 1);
        }
        s.budget.push_back(line);
    }
    s.indicators = m_indicators->indicators(&found);
    if (problems)
        *problems = found;
    return s;
}

void SheetEditorDialog::updateBudgetTotals()
{
    std::vector<BudgetLine> lines;
    for (int row = 0; row < m_budget->rowCount(); ++row) {
        BudgetLine line;
        line.funder = cell(m_budget, row, 0);
        line.year = cell(m_budget, row, 1).toInt();
        line.plannedCents = plan::parseAmount(cell(m_budget, row, 2)).value_or(0);
        line.obtainedCents = plan::parseAmount(cell(m_budget, row, 3)).value_or(0);
        line.spentCents = plan::parseAmount(cell(m_budget, row, 4)).value_or(0);
        lines.push_back(line);
    }
    const plan::BudgetTotals totals = plan::budgetTotals(lines);
    auto row = [](const QString& name, const plan::Amounts& a, bool bold) {
        const QString open = bold ? QStringLiteral("<b>") : QString();
        const QString close = bold ? QStringLiteral("</b>") : QString();
        return QStringLiteral("<tr><td>%1%2%3</td><td align=right>%1%4%3</td><td align=right>%1%5%3</td>"
                              "<td align=right>%1%6%3</td></tr>")
            .arg(open, name.toHtmlEscaped(), close, plan::formatAmount(a.planned), plan::formatAmount(a.obtained),
                 plan::formatAmount(a.spent));
    };
    QString html = QStringLiteral("<table cellspacing=0 cellpadding=3><tr><th></th><th>%1</th><th>%2</th><th>%3</th>"
                                  "</tr>")
                       .arg(tr("Planned"), tr("Obtained"), tr("Spent"));
    for (const auto& [funder, amounts] : totals.byFunder)
        html += row(funder.isEmpty() ? tr("(no funder)") : funder, amounts, false);
    for (const auto& [year, amounts] : totals.byYear)
        html += row(tr("Year %1").arg(year), amounts, false);
    html += row(tr("Total"), totals.total, true) + QStringLiteral("</table>");
    m_budgetTotals->setText(html);
}

void SheetEditorDialog::updateProgress()
{
    QStringList ignored;
    ActionSheet s;
    s.status = SheetStatus(m_status->currentData().toInt());
    for (int row = 0; row < m_milestones->rowCount(); ++row) {
        Milestone m;
        bool ok = true;
        m.doneOn = readDate(cell(m_milestones, row, 2), &ok);
        if (!cell(m_milestones, row, 0).isEmpty())
            s.milestones.push_back(m);
    }
    m_progress->setValue(qRound(plan::sheetProgress(s) * 100));
}

void SheetEditorDialog::showProblems(const QStringList& problems)
{
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!problems.isEmpty());
}

void SheetEditorDialog::accept()
{
    QStringList problems;
    ActionSheet candidate = sheet(&problems);
    problems << candidate.validate();
    problems.removeDuplicates();
    if (!problems.isEmpty()) {
        showProblems(problems);
        return;
    }
    if (m_save) {
        if (Status status = m_save(candidate); !status.ok()) {
            showProblems({status.error().message});
            return;
        }
    }
    m_sheet = candidate;
    QDialog::accept();
}

} // namespace maillage::ui
