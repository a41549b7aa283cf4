// SPDX-License-Identifier: EUPL-1.2
#include "core/storage/ConsolidationQueries.h"

#include "core/storage/Database.h"
#include "core/storage/SqlQuery.h"
#include "core/storage/TableCatalog.h"

#include <QCoreApplication>

namespace maillage::consolidationsql {

namespace {

QString what()
{
    return QCoreApplication::translate("maillage::Consolidation", "read the target database");
}

} // namespace

Result<QHash<QString, qint64>> highestIds(Database& db)
{
    QHash<QString, qint64> ids;
    for (const TableSpec& table : TableCatalog::tables()) {
        // Names come from the catalog, never from input.
        const QString statement =
            db.engine() == Engine::Sqlite
                ? QStringLiteral("SELECT MAX(COALESCE(MAX(id), 0), COALESCE((SELECT seq FROM sqlite_sequence WHERE "
                                 "name = '%1'), 0)) AS top FROM %1")
                : QStringLiteral("SELECT GREATEST(COALESCE(MAX(id), 0), COALESCE(pg_sequence_last_value("
                                 "pg_get_serial_sequence('%1', 'id')::regclass), 0)) AS top FROM %1");
        SqlQuery query(db, statement.arg(table.name));
        if (Status status = query.exec(what()); !status.ok())
            return status.error();
        ids.insert(table.name, query.next() ? query.value(QStringLiteral("top")).toLongLong() : 0);
    }
    return ids;
}

Status reserveIds(Database& db, const QString& table, qint64 last)
{
    if (db.engine() == Engine::Sqlite || last <= 0)
        return {}; // AUTOINCREMENT follows explicit ids by itself
    SqlQuery query(db, QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), GREATEST(:last, "
                                      "COALESCE(pg_sequence_last_value(pg_get_serial_sequence('%1', 'id')::regclass), "
                                      "0)))")
                           .arg(table));
    query.bind(QStringLiteral(":last"), last);
    return query.exec(QCoreApplication::translate("maillage::Consolidation", "reserve the new ids of %1").arg(table));
}

Result<std::vector<OrganisationKeys>> organisations(Database& db)
{
    SqlQuery query(db, QStringLiteral("SELECT id, name, commune, siret, finess FROM organisation ORDER BY id"));
    if (Status status = query.exec(what()); !status.ok())
        return status.error();
    std::vector<OrganisationKeys> rows;
    while (query.next())
        rows.push_back({query.id(QStringLiteral("id")), query.text(QStringLiteral("name")),
                        query.text(QStringLiteral("commune")), query.text(QStringLiteral("siret")),
                        query.text(QStringLiteral("finess"))});
    return rows;
}

Result<QHash<QString, qint64>> sectorsByCode(Database& db)
{
    SqlQuery query(db, QStringLiteral("SELECT id, code FROM sector"));
    if (Status status = query.exec(what()); !status.ok())
        return status.error();
    QHash<QString, qint64> sectors;
    while (query.next())
        sectors.insert(query.text(QStringLiteral("code")), query.id(QStringLiteral("id")));
    return sectors;
}

Result<QSet<QString>> pseudonyms(Database& db)
{
    SqlQuery query(db, QStringLiteral("SELECT pseudonym FROM situation"));
    if (Status status = query.exec(what()); !status.ok())
        return status.error();
    QSet<QString> used;
    while (query.next())
        used.insert(query.text(QStringLiteral("pseudonym")));
    return used;
}

} // namespace maillage::consolidationsql
