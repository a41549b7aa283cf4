// SPDX-License-Identifier: EUPL-1.2
#include "ui/partners/PartnerTables.h"

#include "core/domain/Instance.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>

namespace maillage::ui {

namespace {

QString shortDate(const QDate& date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

void addRow(QTableWidget* table, const QStringList& cells, bool current, qint64 id)
{
    const int row = table->rowCount();
    table->insertRow(row);
    for (int column = 0; column < cells.size(); ++column) {
        auto* item = new QTableWidgetItem(cells.at(column));
        item->setData(Qt::UserRole, id);
        if (!current)
            item->setForeground(table->palette().color(QPalette::Disabled, QPalette::Text));
        table->setItem(row, column, item);
    }
}

} // namespace

QTableWidget* makeRelationTable(const QStringList& headers, const QString& objectName, QWidget* parent)
{
    auto* table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setAlternatingRowColors(true);
    return table;
}

void fillMemberships(QTableWidget* table, const std::vector<MembershipRow>& rows)
{
    table->setRowCount(0);
    for (const MembershipRow& row : rows)
        addRow(table,
               {row.instanceName, row.member, labelOf(fromCode(row.role, MemberRole::Member)), shortDate(row.validFrom),
                shortDate(row.validTo)},
               row.current, row.instanceId);
    table->resizeColumnsToContents();
}

void fillAffiliations(QTableWidget* table, const std::vector<AffiliationRow>& rows, bool byOrganisation)
{
    table->setRowCount(0);
    for (const AffiliationRow& row : rows)
        addRow(table,
               {byOrganisation ? row.organisationName : row.contactName, row.jobTitle, shortDate(row.validFrom),
                shortDate(row.validTo)},
               row.current, byOrganisation ? row.organisationId : row.contactId);
    table->resizeColumnsToContents();
}

QLabel* makeProblemLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QStringLiteral("problemLabel"));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    label->hide();
    return label;
}

void showProblems(QLabel* label, const QStringList& problems)
{
    label->setText(problems.join(u'\n'));
    label->setVisible(!problems.isEmpty());
}

} // namespace maillage::ui
