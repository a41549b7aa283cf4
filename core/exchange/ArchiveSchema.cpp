// SPDX-License-Identifier: EUPL-1.2
#include "core/exchange/ArchiveSchema.h"

#include "core/exchange/ArchiveFormat.h"
#include "core/storage/TableCatalog.h"

#include <QJsonArray>

namespace maillage::archive {

namespace {

QJsonObject object(std::initializer_list<std::pair<QString, QJsonValue>> members)
{
    QJsonObject result;
    for (const auto& [key, value] : members)
        result.insert(key, value);
    return result;
}

QJsonObject pattern(const char* regex, const char* description)
{
    return object({{QStringLiteral("type"), QStringLiteral("string")},
                   {QStringLiteral("pattern"), QString::fromLatin1(regex)},
                   {QStringLiteral("description"), QString::fromLatin1(description)}});
}

QJsonObject valueSchema(ColumnType type)
{
    const QString defs = QStringLiteral("#/$defs/");
    switch (type) {
    case ColumnType::Integer:
        return object({{QStringLiteral("type"), QStringLiteral("integer")}});
    case ColumnType::Cents:
        return object({{QStringLiteral("$ref"), defs + QStringLiteral("cents")}});
    case ColumnType::Real:
        return object({{QStringLiteral("type"), QStringLiteral("number")}});
    case ColumnType::Bool:
        return object({{QStringLiteral("type"), QStringLiteral("boolean")}});
    case ColumnType::Text:
        return object({{QStringLiteral("type"), QStringLiteral("string")}});
    case ColumnType::Date:
        return object({{QStringLiteral("$ref"), defs + QStringLiteral("date")}});
    case ColumnType::DateTime:
        return object({{QStringLiteral("$ref"), defs + QStringLiteral("dateTime")}});
    case ColumnType::Timestamp:
        return object({{QStringLiteral("$ref"), defs + QStringLiteral("timestamp")}});
    }
    return {};
}

QJsonObject columnSchema(const TableSpec& table, const ColumnSpec& column)
{
    QJsonObject schema = valueSchema(column.type);
    if (column.name == QLatin1String("id"))
        schema = object({{QStringLiteral("$ref"), QStringLiteral("#/$defs/id")}});
    if (!column.references.isEmpty())
        schema.insert(QStringLiteral("description"),
                      QStringLiteral("id of a record of %1 present in the archive").arg(column.references));
    if (column.nullable)
        schema = object({{QStringLiteral("anyOf"),
                          QJsonArray{schema, object({{QStringLiteral("type"), QStringLiteral("null")}})}}});
    Q_UNUSED(table);
    return schema;
}

QJsonObject tableSchema(const TableSpec& table)
{
    QJsonObject properties;
    QJsonArray required;
    for (const ColumnSpec& column : table.columns) {
        properties.insert(column.name, columnSchema(table, column));
        if (!column.nullable)
            required.append(column.name);
    }
    return object({{QStringLiteral("type"), QStringLiteral("object")},
                   {QStringLiteral("properties"), properties},
                   {QStringLiteral("required"), required},
                   {QStringLiteral("additionalProperties"), false}});
}

} // namespace

QJsonObject archiveJsonSchema()
{
    QJsonObject defs{
        {QStringLiteral("id"),
         object({{QStringLiteral("type"), QStringLiteral("integer")}, {QStringLiteral("minimum"), 1}})},
        {QStringLiteral("cents"),
         object({{QStringLiteral("type"), QStringLiteral("integer")},
                 {QStringLiteral("description"), QStringLiteral("an amount of money in cents")}})},
        {QStringLiteral("date"), pattern("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "a calendar date, YYYY-MM-DD")},
        {QStringLiteral("dateTime"),
         pattern("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,3})?)?$",
                 "a local date and time, YYYY-MM-DDTHH:MM:SS")},
        {QStringLiteral("timestamp"),
         pattern("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,3})?(Z|[+-][0-9]{2}:[0-9]{2})?$",
                 "a UTC time stamp with milliseconds, YYYY-MM-DDTHH:MM:SS.mmmZ")},
    };
    QJsonObject tables;
    QJsonArray tableNames;
    for (const TableSpec& table : TableCatalog::tables()) {
        defs.insert(table.name, tableSchema(table));
        tables.insert(table.name,
                      object({{QStringLiteral("type"), QStringLiteral("array")},
                              {QStringLiteral("items"),
                               object({{QStringLiteral("$ref"), QStringLiteral("#/$defs/") + table.name}})}}));
        tableNames.append(table.name);
    }
    return object({
        {QStringLiteral("$schema"), QStringLiteral("https://json-schema.org/draft/2020-12/schema")},
        {QStringLiteral("$id"), QStringLiteral("urn:maillage:archive:1")},
        {QStringLiteral("title"), QStringLiteral("Maillage archive, version 1")},
        {QStringLiteral("description"),
         QStringLiteral("A whole Maillage database as JSON. Rules a schema cannot express (ids unique per table, "
                        "references to records present in the archive, valid calendar dates) are in "
                        "docs/archive-format.md.")},
        {QStringLiteral("type"), QStringLiteral("object")},
        {QStringLiteral("required"), QJsonArray{QStringLiteral("format"), QStringLiteral("version"),
                                                QStringLiteral("schemaVersion"), QStringLiteral("tables")}},
        {QStringLiteral("properties"),
         object({{QStringLiteral("format"), object({{QStringLiteral("const"), QString::fromLatin1(kFormat)}})},
                 {QStringLiteral("version"), object({{QStringLiteral("const"), kVersion}})},
                 {QStringLiteral("schemaVersion"),
                  object({{QStringLiteral("type"), QStringLiteral("integer")}, {QStringLiteral("minimum"), 1}})},
                 {QStringLiteral("application"), object({{QStringLiteral("type"), QStringLiteral("string")}})},
                 {QStringLiteral("tables"), object({{QStringLiteral("type"), QStringLiteral("object")},
                                                    {QStringLiteral("properties"), tables},
                                                    {QStringLiteral("required"), tableNames},
                                                    {QStringLiteral("additionalProperties"), false}})}})},
        {QStringLiteral("$defs"), defs},
    });
}

} // namespace maillage::archive
