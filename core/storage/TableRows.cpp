// SPDX-License-Identifier: EUPL-1.2
#include "core/storage/TableRows.h"

#include "core/storage/Database.h"
#include "core/storage/SqlQuery.h"

#include <QCoreApplication>
#include <QStringList>

namespace maillage::tablerows {

namespace {

QStringList columnNames(const TableSpec& table)
{
    QStringList names;
    for (const ColumnSpec& column : table.columns)
        names << column.name;
    return names;
}

} // namespace

Status forEachRow(Database& db, const TableSpec& table, const std::function<Status(const QVariantList&)>& visit)
{
    // Names come from the catalog, never from input.
    SqlQuery query(db, QStringLiteral("SELECT %1 FROM %2 ORDER BY id").arg(columnNames(table).join(u", "), table.name));
    if (Status status =
            query.exec(QCoreApplication::translate("maillage::TableRows", "read the records of %1").arg(table.name));
        !status.ok())
        return status;
    const int count = int(table.columns.size());
    QVariantList row;
    row.reserve(count);
    while (query.next()) {
        row.clear();
        for (int i = 0; i < count; ++i)
            row << query.value(i);
        if (Status status = visit(row); !status.ok())
            return status;
    }
    return {};
}

RowInserter::RowInserter(Database& db, const TableSpec& table) : m_table(table)
{
    const QStringList names = columnNames(table);
    QStringList placeholders;
    for (const QString& name : names)
        placeholders << u':' + name;
    m_query = std::make_unique<SqlQuery>(
        db,
        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(table.name, names.join(u", "), placeholders.join(u", ")));
}

RowInserter::~RowInserter() = default;

Status RowInserter::insert(const QVariantList& values)
{
    for (int i = 0; i < int(m_table.columns.size()); ++i)
        m_query->bind(u':' + m_table.columns[std::size_t(i)].name, i < values.size() ? values.at(i) : QVariant());
    return m_query->exec(QCoreApplication::translate("maillage::TableRows", "add a record to %1").arg(m_table.name));
}

Status deleteAll(Database& db)
{
    const auto& tables = TableCatalog::tables();
    for (auto it = tables.rbegin(); it != tables.rend(); ++it) {
        SqlQuery query(db, QStringLiteral("DELETE FROM %1").arg(it->name));
        if (Status status = query.exec(QCoreApplication::translate("maillage::TableRows", "empty %1").arg(it->name));
            !status.ok())
            return status;
    }
    return {};
}

Status realignIdentities(Database& db)
{
    for (const TableSpec& table : TableCatalog::tables()) {
        const QString statement = db.dialect().resetIdentity(table.name);
        if (statement.isEmpty())
            continue;
        SqlQuery query(db, statement);
        if (Status status = query.exec(
                QCoreApplication::translate("maillage::TableRows", "realign the numbering of %1").arg(table.name));
            !status.ok())
            return status;
    }
    return {};
}

} // namespace maillage::tablerows
