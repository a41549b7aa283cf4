// SPDX-License-Identifier: EUPL-1.2
#include "core/demo/DemoDocument.h"

#include "core/storage/TableCatalog.h"

namespace maillage::demo {

namespace {

QString stamp(const QDate& day, int hour)
{
    return QDateTime(day, QTime(hour, 0), Qt::UTC).toString(Qt::ISODateWithMs);
}

} // namespace

const std::map<QString, QJsonObject>& DemoDocument::columnDefaults()
{
    // The schema's own defaults, from the catalog the archive is checked against.
    static const std::map<QString, QJsonObject> defaults = [] {
        std::map<QString, QJsonObject> result;
        for (const TableSpec& table : TableCatalog::tables()) {
            QJsonObject columns;
            for (const ColumnSpec& column : table.columns)
                columns.insert(column.name, column.defaultValue);
            result.emplace(table.name, columns);
        }
        return result;
    }();
    return defaults;
}

DemoDocument::DemoDocument()
{
    for (const auto& [table, columns] : columnDefaults())
        m_rows.emplace(table, QJsonArray());
}

qint64 DemoDocument::add(const QString& table, const QDate& createdOn, const QDate& updatedOn,
                         const QJsonObject& values)
{
    const auto defaults = columnDefaults().find(table);
    Q_ASSERT_X(defaults != columnDefaults().end(), "DemoDocument::add", qPrintable(table));
    QJsonObject row = defaults->second;
    for (auto it = values.begin(); it != values.end(); ++it) {
        Q_ASSERT_X(row.contains(it.key()), "DemoDocument::add", qPrintable(table + u'.' + it.key()));
        row.insert(it.key(), it.value());
    }
    QJsonArray& rows = m_rows[table];
    const qint64 id = rows.size() + 1;
    row.insert(QStringLiteral("id"), id);
    row.insert(QStringLiteral("created_at"), stamp(createdOn, 9));
    row.insert(QStringLiteral("updated_at"), stamp(std::max(createdOn, updatedOn), 17));
    rows.append(row);
    return id;
}

const QJsonArray& DemoDocument::rows(const QString& table) const
{
    static const QJsonArray none;
    const auto it = m_rows.find(table);
    return it == m_rows.end() ? none : it->second;
}

QJsonObject DemoDocument::tables() const
{
    QJsonObject result;
    for (const auto& [table, rows] : m_rows)
        result.insert(table, rows);
    return result;
}

QJsonValue jsonDate(const QDate& date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue jsonDateTime(const QDateTime& dateTime)
{
    return dateTime.isValid() ? QJsonValue(dateTime.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")))
                              : QJsonValue(QJsonValue::Null);
}

QJsonValue jsonRef(qint64 id)
{
    return id > 0 ? QJsonValue(id) : QJsonValue(QJsonValue::Null);
}

} // namespace maillage::demo
