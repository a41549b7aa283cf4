// SPDX-License-Identifier: EUPL-1.2
// validateArchive(): everything that can be known about an archive without touching a database.
#include "core/exchange/ArchiveFormat.h"
#include "core/exchange/ArchiveReader.h"
#include "core/storage/Database.h"
#include "core/storage/TableCatalog.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

namespace maillage::archive {

namespace {

QString rowPath(const QString& table, qsizetype index)
{
    return QStringLiteral("tables.%1[%2]").arg(table).arg(index);
}

bool isWholeNumber(const QJsonValue& value)
{
    return typeProblem(value, ColumnType::Integer).isEmpty();
}

using IdIndex = QHash<QString, QHash<qint64, qsizetype>>; // table → id → row index

// Types, required values, unknown columns and duplicate ids of one table; fills its ids.
void checkRows(const TableSpec& table, const QJsonArray& rows, int archiveSchema, QHash<qint64, qsizetype>& ids,
               std::vector<ArchiveProblem>& problems)
{
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QString path = rowPath(table.name, i);
        if (!rows.at(i).isObject()) {
            problems.push_back(
                {path, QCoreApplication::translate("maillage::archive", "a record must be a JSON object")});
            continue;
        }
        const QJsonObject row = rows.at(i).toObject();
        for (auto it = row.begin(); it != row.end(); ++it) {
            if (!table.column(it.key()))
                problems.push_back(
                    {path + u'.' + it.key(),
                     QCoreApplication::translate("maillage::archive", "unknown column of %1").arg(table.name)});
        }
        for (const ColumnSpec& column : table.columns) {
            const QString columnPath = path + u'.' + column.name;
            const QJsonValue value = row.value(column.name);
            if (value.isUndefined() && column.since > archiveSchema)
                continue; // an older archive: the import uses the schema's default
            if (value.isUndefined() || value.isNull()) {
                if (!column.nullable)
                    problems.push_back(
                        {columnPath,
                         value.isNull()
                             ? QCoreApplication::translate("maillage::archive", "a value is required, null was given")
                             : QCoreApplication::translate("maillage::archive", "missing; a value is required")});
                continue;
            }
            if (const QString problem = typeProblem(value, column.type); !problem.isEmpty()) {
                problems.push_back({columnPath, problem});
                continue;
            }
        }
        const QJsonValue id = row.value(QStringLiteral("id"));
        if (!isWholeNumber(id))
            continue;
        if (id.toInteger() <= 0) {
            problems.push_back(
                {path + QStringLiteral(".id"),
                 QCoreApplication::translate("maillage::archive", "an id must be a positive whole number")});
            continue;
        }
        const auto previous = ids.constFind(id.toInteger());
        if (previous != ids.constEnd())
            problems.push_back({path + QStringLiteral(".id"),
                                QCoreApplication::translate("maillage::archive", "the id %1 is already used by %2")
                                    .arg(id.toInteger())
                                    .arg(rowPath(table.name, previous.value()))});
        else
            ids.insert(id.toInteger(), i);
    }
}

// References to records that are not in the archive (the target database is empty or emptied).
void checkReferences(const TableSpec& table, const QJsonArray& rows, const IdIndex& ids,
                     std::vector<ArchiveProblem>& problems)
{
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QJsonObject row = rows.at(i).toObject();
        for (const ColumnSpec& column : table.columns) {
            if (column.references.isEmpty())
                continue;
            const QJsonValue value = row.value(column.name);
            if (!isWholeNumber(value))
                continue; // null, or a type problem already reported
            if (!ids.value(column.references).contains(value.toInteger()))
                problems.push_back(
                    {rowPath(table.name, i) + u'.' + column.name,
                     QCoreApplication::translate("maillage::archive", "refers to %1 %2, which is not in the archive")
                         .arg(column.references)
                         .arg(value.toInteger())});
        }
    }
}

} // namespace

std::vector<ArchiveProblem> validateArchive(const QJsonObject& archive)
{
    std::vector<ArchiveProblem> problems;
    const QJsonValue format = archive.value(QStringLiteral("format"));
    if (format.toString() != QLatin1String(kFormat)) {
        problems.push_back(
            {QStringLiteral("format"),
             format.isUndefined()
                 ? QCoreApplication::translate("maillage::archive", "missing: this is not a Maillage archive")
                 : QCoreApplication::translate("maillage::archive", "expected \"%1\": this is not a Maillage archive")
                       .arg(QLatin1String(kFormat))});
        return problems; // the rest would only be noise
    }
    const QJsonValue version = archive.value(QStringLiteral("version"));
    if (!isWholeNumber(version)) {
        problems.push_back(
            {QStringLiteral("version"),
             QCoreApplication::translate("maillage::archive", "expected the archive format version, a whole number")});
        return problems;
    }
    if (version.toInteger() != kVersion) {
        problems.push_back({QStringLiteral("version"),
                            QCoreApplication::translate(
                                "maillage::archive",
                                "archive format version %1 is not known to this Maillage, which reads version %2; "
                                "a newer Maillage may read it")
                                .arg(version.toInteger())
                                .arg(kVersion)});
        return problems;
    }
    const QJsonValue schemaVersion = archive.value(QStringLiteral("schemaVersion"));
    if (!isWholeNumber(schemaVersion) || schemaVersion.toInteger() < 1) {
        problems.push_back(
            {QStringLiteral("schemaVersion"),
             QCoreApplication::translate("maillage::archive", "expected the schema version, a whole number")});
    } else if (schemaVersion.toInteger() > Database::latestSchemaVersion()) {
        problems.push_back({QStringLiteral("schemaVersion"),
                            QCoreApplication::translate(
                                "maillage::archive",
                                "the archive comes from a newer Maillage (schema %1; this version knows up to %2): "
                                "install the newer Maillage to import it")
                                .arg(schemaVersion.toInteger())
                                .arg(Database::latestSchemaVersion())});
        return problems;
    }
    // What an older archive may leave out (tables and columns added since) is filled with defaults.
    const int archiveSchema =
        isWholeNumber(schemaVersion) ? int(schemaVersion.toInteger()) : Database::latestSchemaVersion();
    const QJsonValue tablesValue = archive.value(QStringLiteral("tables"));
    if (!tablesValue.isObject()) {
        problems.push_back({QStringLiteral("tables"),
                            QCoreApplication::translate("maillage::archive",
                                                        "expected an object holding one list of records per table")});
        return problems;
    }
    const QJsonObject tables = tablesValue.toObject();
    for (auto it = tables.begin(); it != tables.end(); ++it) {
        if (!TableCatalog::find(it.key()))
            problems.push_back({QStringLiteral("tables.") + it.key(),
                                QCoreApplication::translate("maillage::archive", "unknown table")});
    }
    IdIndex ids;
    for (const TableSpec& table : TableCatalog::tables()) {
        const QString path = QStringLiteral("tables.") + table.name;
        const QJsonValue rows = tables.value(table.name);
        if (rows.isUndefined() && table.since > archiveSchema)
            continue;
        if (rows.isUndefined())
            problems.push_back({path, QCoreApplication::translate(
                                          "maillage::archive", "missing (a table without records is an empty list)")});
        else if (!rows.isArray())
            problems.push_back({path, QCoreApplication::translate("maillage::archive", "expected a list of records")});
        else
            checkRows(table, rows.toArray(), archiveSchema, ids[table.name], problems);
    }
    for (const TableSpec& table : TableCatalog::tables())
        checkReferences(table, tables.value(table.name).toArray(), ids, problems);
    return problems;
}

} // namespace maillage::archive
