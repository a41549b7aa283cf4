// SPDX-License-Identifier: EUPL-1.2
#include "core/storage/RowSnapshot.h"

#include "core/storage/Database.h"
#include "core/storage/SqlQuery.h"
#include "core/storage/TableRows.h"

#include <QCoreApplication>
#include <QStringList>

namespace maillage::rowsnapshot {

namespace {

QString what(const TableSpec& table)
{
    return QCoreApplication::translate("maillage::RowSnapshot", "read the records of %1").arg(table.name);
}

QStringList names(const TableSpec& table)
{
    QStringList list;
    for (const ColumnSpec& column : table.columns)
        list << column.name;
    return list;
}

QJsonObject rowOf(const SqlQuery& query, const TableSpec& table)
{
    QJsonObject row;
    for (int i = 0; i < int(table.columns.size()); ++i)
        row.insert(table.columns[size_t(i)].name, toJson(table.columns[size_t(i)], query.value(i)));
    return row;
}

} // namespace

QJsonValue toJson(const ColumnSpec& column, const QVariant& value)
{
    if (value.isNull())
        return QJsonValue(QJsonValue::Null);
    switch (column.type) {
    case ColumnType::Integer:
    case ColumnType::Bool:
    case ColumnType::Cents:
        return QJsonValue(value.toLongLong());
    case ColumnType::Real:
        return QJsonValue(value.toDouble());
    default:
        return QJsonValue(value.toString());
    }
}

QVariant fromJson(const ColumnSpec& column, const QJsonValue& value)
{
    if (value.isNull() || value.isUndefined())
        return QVariant();
    switch (column.type) {
    case ColumnType::Integer:
    case ColumnType::Bool:
    case ColumnType::Cents:
        return QVariant(qlonglong(value.toInteger()));
    case ColumnType::Real:
        return QVariant(value.toDouble());
    default:
        return QVariant(value.toString());
    }
}

Result<std::optional<QJsonObject>> read(Database& db, const TableSpec& table, qint64 id)
{
    SqlQuery query(db, QStringLiteral("SELECT %1 FROM %2 WHERE id = :id").arg(names(table).join(u", "), table.name));
    query.bind(QStringLiteral(":id"), id);
    if (Status status = query.exec(what(table)); !status.ok())
        return status.error();
    if (!query.next())
        return std::optional<QJsonObject>();
    return std::optional<QJsonObject>(rowOf(query, table));
}

Result<std::vector<QJsonObject>> readWhere(Database& db, const TableSpec& table, const QString& column, qint64 value)
{
    // Table and column names come from the catalog, never from input.
    SqlQuery query(db, QStringLiteral("SELECT %1 FROM %2 WHERE %3 = :value ORDER BY id")
                           .arg(names(table).join(u", "), table.name, column));
    query.bind(QStringLiteral(":value"), value);
    if (Status status = query.exec(what(table)); !status.ok())
        return status.error();
    std::vector<QJsonObject> rows;
    while (query.next())
        rows.push_back(rowOf(query, table));
    return rows;
}

Status insert(Database& db, const TableSpec& table, const QJsonObject& row)
{
    QVariantList values;
    for (const ColumnSpec& column : table.columns)
        values << fromJson(column, row.value(column.name));
    tablerows::RowInserter inserter(db, table);
    return inserter.insert(values);
}

Status restore(Database& db, const TableSpec& table, const QJsonObject& row)
{
    QStringList assignments;
    for (const ColumnSpec& column : table.columns)
        if (column.name != QLatin1String("id"))
            assignments << column.name + QStringLiteral(" = :") + column.name;
    SqlQuery query(db, QStringLiteral("UPDATE %1 SET %2 WHERE id = :id").arg(table.name, assignments.join(u", ")));
    for (const ColumnSpec& column : table.columns)
        query.bind(u':' + column.name, fromJson(column, row.value(column.name)));
    return query.exec(QCoreApplication::translate("maillage::RowSnapshot", "restore a record of %1").arg(table.name));
}

} // namespace maillage::rowsnapshot
