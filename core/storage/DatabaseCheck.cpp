// SPDX-License-Identifier: EUPL-1.2
#include "core/storage/DatabaseCheck.h"

#include "core/storage/Database.h"
#include "core/storage/SqlQuery.h"
#include "core/storage/TableCatalog.h"

#include <QCoreApplication>

namespace maillage {

namespace {

// Enough to act on; a badly damaged file could otherwise list millions of lines.
constexpr int kMaxListed = 500;

QString danglingText(const QString& table, qint64 id, const ColumnSpec& column, qint64 target)
{
    return QCoreApplication::translate("maillage::DatabaseCheck", "%1 %2: %3 refers to %4 %5, which does not exist")
        .arg(table)
        .arg(id)
        .arg(column.name, column.references)
        .arg(target);
}

Status checkIntegrity(Database& db, CheckReport& report)
{
    SqlQuery query(db, QStringLiteral("PRAGMA integrity_check"));
    if (Status status = query.exec(QCoreApplication::translate("maillage::DatabaseCheck", "check the database file"));
        !status.ok())
        return status;
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != QLatin1String("ok") && report.integrityProblems.size() < kMaxListed)
            report.integrityProblems << line;
    }
    return {};
}

// SQLite knows its dangling rows; the catalog turns its foreign key number into a column name.
Status checkSqliteReferences(Database& db, CheckReport& report)
{
    SqlQuery query(db, QStringLiteral("PRAGMA foreign_key_check"));
    if (Status status =
            query.exec(QCoreApplication::translate("maillage::DatabaseCheck", "check the references between records"));
        !status.ok())
        return status;
    while (query.next() && report.referenceProblems.size() < kMaxListed) {
        const QString table = query.value(0).toString();
        const qint64 id = query.value(1).toLongLong();
        const QString parent = query.value(2).toString();
        const int keyId = query.value(3).toInt();
        SqlQuery key(db, QStringLiteral("SELECT \"from\" FROM pragma_foreign_key_list(:table) WHERE id = :key"));
        key.bind(QStringLiteral(":table"), table).bind(QStringLiteral(":key"), keyId);
        const QString columnName =
            key.exec(QCoreApplication::translate("maillage::DatabaseCheck", "check the references between records"))
                        .ok() &&
                    key.next()
                ? key.value(0).toString()
                : QString();
        const TableSpec* spec = TableCatalog::find(table);
        const ColumnSpec* column = spec ? spec->column(columnName) : nullptr;
        if (!column) {
            report.referenceProblems << QCoreApplication::translate(
                                            "maillage::DatabaseCheck",
                                            "%1 %2 refers to a record of %3 that does not exist")
                                            .arg(table)
                                            .arg(id)
                                            .arg(parent);
            continue;
        }
        SqlQuery value(db, QStringLiteral("SELECT %1 FROM %2 WHERE id = :id").arg(column->name, table));
        value.bind(QStringLiteral(":id"), id);
        const qint64 target =
            value.exec(QCoreApplication::translate("maillage::DatabaseCheck", "check the references between records"))
                        .ok() &&
                    value.next()
                ? value.value(0).toLongLong()
                : 0;
        report.referenceProblems << danglingText(table, id, *column, target);
    }
    return {};
}

// PostgreSQL enforces its keys, but triggers can be disabled: one query per foreign key.
Status checkReferencesByQuery(Database& db, CheckReport& report)
{
    for (const TableSpec& table : TableCatalog::tables()) {
        if (table.since > db.schemaVersion())
            continue;
        for (const ColumnSpec& column : table.columns) {
            if (column.references.isEmpty() || column.since > db.schemaVersion())
                continue;
            SqlQuery query(db, QStringLiteral("SELECT c.id, c.%1 FROM %2 c WHERE c.%1 IS NOT NULL AND NOT EXISTS "
                                              "(SELECT 1 FROM %3 p WHERE p.id = c.%1) ORDER BY c.id")
                                   .arg(column.name, table.name, column.references));
            if (Status status = query.exec(
                    QCoreApplication::translate("maillage::DatabaseCheck", "check the references between records"));
                !status.ok())
                return status;
            while (query.next() && report.referenceProblems.size() < kMaxListed)
                report.referenceProblems << danglingText(table.name, query.value(0).toLongLong(), column,
                                                         query.value(1).toLongLong());
        }
    }
    return {};
}

} // namespace

Result<CheckReport> checkDatabase(Database& db)
{
    CheckReport report;
    report.schemaVersion = db.schemaVersion();
    report.expectedSchemaVersion = Database::latestSchemaVersion();
    if (db.engine() == Engine::Sqlite) {
        if (Status status = checkIntegrity(db, report); !status.ok())
            return status.error();
        if (Status status = checkSqliteReferences(db, report); !status.ok())
            return status.error();
    } else if (Status status = checkReferencesByQuery(db, report); !status.ok()) {
        return status.error();
    }
    auto counts = rowCounts(db);
    if (!counts.ok())
        return counts.error();
    report.rowCounts = std::move(counts.value());
    return report;
}

} // namespace maillage
