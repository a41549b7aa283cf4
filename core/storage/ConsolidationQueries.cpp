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
        SqlQuery query(db, QStringLiteral("SELECT COALESCE(MAX(id), 0) AS top FROM %1").arg(table.name));
        if (Status status = query.exec(what()); !status.ok())
            return status.error();
        ids.insert(table.name, query.next() ? query.value(QStringLiteral("top")).toLongLong() : 0);
    }
    return ids;
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
