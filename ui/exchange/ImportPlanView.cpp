// SPDX-License-Identifier: EUPL-1.2
#include "ui/exchange/ImportPlanView.h"

#include <QColor>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace maillage::ui {

using contacts::ImportAction;

namespace {

QString actionText(ImportAction action)
{
    switch (action) {
    case ImportAction::Create:
        return ImportPlanView::tr("Create");
    case ImportAction::Update:
        return ImportPlanView::tr("Update");
    case ImportAction::Skip:
        break;
    }
    return ImportPlanView::tr("Skip");
}

QTableWidgetItem* item(const QString& text)
{
    auto* cell = new QTableWidgetItem(text.left(200)); // a huge field must not make the table unusable
    cell->setToolTip(text.left(1000));
    cell->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return cell;
}

} // namespace

ImportPlanView::ImportPlanView(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("importPlanView"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("importPlanSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_table = new QTableWidget(0, 6, this);
    m_table->setObjectName(QStringLiteral("importPlanTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Line"), tr("Action"), tr("Name"), tr("Organisation"), tr("E-mail"), tr("Why")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    layout->addWidget(m_table, 1);
}

void ImportPlanView::setPlan(const contacts::ContactImportPlan& plan)
{
    m_plan = plan;
    m_rowOfContact.clear();
    m_table->setRowCount(0);
    // Records and rejections together in file order, so a problem reads next to its neighbours.
    struct Entry
    {
        int line;
        int contact; ///< index in plan.contacts or -1
        int rejected;
    };
    std::vector<Entry> entries;
    for (int i = 0; i < int(plan.contacts.size()); ++i)
        entries.push_back({plan.contacts[size_t(i)].line, i, -1});
    for (int i = 0; i < int(plan.rejected.size()); ++i)
        entries.push_back({plan.rejected[size_t(i)].line, -1, i});
    std::stable_sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) { return a.line < b.line; });
    m_table->setRowCount(int(entries.size()));
    for (int row = 0; row < int(entries.size()); ++row) {
        const Entry& entry = entries[size_t(row)];
        m_rowOfContact.push_back(entry.contact);
        m_table->setItem(row, LineColumn, item(QString::number(entry.line)));
        if (entry.contact < 0) {
            auto* rejected = item(tr("Rejected"));
            rejected->setForeground(QColor(0xb0, 0x00, 0x20));
            m_table->setItem(row, ActionColumn, rejected);
            m_table->setItem(row, NoteColumn, item(plan.rejected[size_t(entry.rejected)].reason));
            continue;
        }
        const contacts::PlannedContact& planned = plan.contacts[size_t(entry.contact)];
        auto* action = new QComboBox(m_table);
        action->setObjectName(QStringLiteral("importAction%1").arg(row));
        if (planned.action != ImportAction::Skip)
            action->addItem(actionText(planned.action), int(planned.action));
        action->addItem(actionText(ImportAction::Skip), int(ImportAction::Skip));
        m_table->setCellWidget(row, ActionColumn, action);
        connect(action, &QComboBox::currentIndexChanged, this, [this, action, index = entry.contact] {
            m_plan.contacts[size_t(index)].action = ImportAction(action->currentData().toInt());
            updateSummary();
            emit changed();
        });
        m_table->setItem(row, NameColumn, item(planned.contact.displayName()));
        QString organisation = planned.organisationName;
        for (const contacts::PlannedOrganisation& o : plan.organisations)
            if (o.key == planned.organisationKey && o.action == ImportAction::Create)
                organisation = tr("New: %1").arg(o.organisation.name); // first, so a long name keeps it in sight
        m_table->setItem(row, OrganisationColumn, item(organisation));
        m_table->setItem(row, EmailColumn, item(planned.contact.email));
        QString note = planned.reason;
        if (!planned.changedFields.isEmpty())
            note = tr("new values: %1").arg(planned.changedFields.join(QStringLiteral(", ")));
        if (!planned.likelyDuplicateOf.isEmpty()) {
            note = tr("looks like the existing contact %1").arg(planned.likelyDuplicateOf);
            m_table->item(row, NameColumn)->setForeground(QColor(0xa0, 0x60, 0x00));
        }
        m_table->setItem(row, NoteColumn, item(note));
    }
    m_table->resizeColumnsToContents();
    // Long names must not push the reason of a rejection out of sight.
    for (int column = NameColumn; column < NoteColumn; ++column)
        m_table->setColumnWidth(column, qMin(m_table->columnWidth(column), 220));
    updateSummary();
    emit changed();
}

contacts::ContactImportPlan ImportPlanView::plan() const
{
    return m_plan;
}

int ImportPlanView::writeCount() const
{
    return m_plan.count(ImportAction::Create) + m_plan.count(ImportAction::Update);
}

bool ImportPlanView::setAction(int row, ImportAction action)
{
    auto* combo = qobject_cast<QComboBox*>(m_table->cellWidget(row, ActionColumn));
    if (!combo)
        return false;
    const int index = combo->findData(int(action));
    if (index < 0)
        return false;
    combo->setCurrentIndex(index);
    return true;
}

void ImportPlanView::updateSummary()
{
    m_summary->setText(tr("%1 to create, %2 to update, %3 to skip, %4 rejected, %5 likely duplicate(s). Filled "
                          "fields are never blanked.")
                           .arg(m_plan.count(ImportAction::Create))
                           .arg(m_plan.count(ImportAction::Update))
                           .arg(m_plan.count(ImportAction::Skip))
                           .arg(m_plan.rejected.size())
                           .arg(m_plan.likelyDuplicates()));
}

} // namespace maillage::ui
