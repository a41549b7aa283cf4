// SPDX-License-Identifier: EUPL-1.2
#include "core/storage/NetworkSupport.h"

#include "core/storage/Database.h"
#include "core/storage/SqliteFunctions.h"

#include <QCoreApplication>

#include <algorithm>

namespace maillage::network_sql {

Result<std::vector<qint64>> childIds(const Database& db, const QString& table, const QString& parentColumn,
                                     qint64 parentId)
{
    // table and parentColumn are always literals of the calling repository, never user text.
    SqlQuery query(db, QStringLiteral("SELECT id FROM %1 WHERE %2 = :parent ORDER BY id").arg(table, parentColumn));
    query.bind(QStringLiteral(":parent"), parentId);
    if (Status status = query.exec(QCoreApplication::translate("maillage::network", "read the linked records"));
        !status.ok())
        return status.error();
    std::vector<qint64> ids;
    while (query.next())
        ids.push_back(query.value(0).toLongLong());
    return ids;
}

Status deleteChildrenNotIn(const Database& db, const QString& table, const QString& parentColumn, qint64 parentId,
                           const std::vector<qint64>& keep, const QString& what)
{
    auto existing = childIds(db, table, parentColumn, parentId);
    if (!existing.ok())
        return existing.error();
    for (qint64 id : existing.value()) {
        if (std::find(keep.begin(), keep.end(), id) != keep.end())
            continue;
        SqlQuery remove(db, QStringLiteral("DELETE FROM %1 WHERE id = :id").arg(table));
        remove.bind(QStringLiteral(":id"), id);
        if (Status status = remove.exec(what); !status.ok())
            return status;
    }
    return {};
}

Status finishIndexedInsert(const Database& db, Transaction& tx, SqlQuery& insert, SearchKind kind, Record& value,
                           const QString& now, const QString& what)
{
    auto id = insertReturningId(insert, what);
    if (!id.ok())
        return id.error();
    if (Status status = SearchIndex(db).refresh(kind, id.value()); !status.ok())
        return status;
    if (Status status = tx.commit(); !status.ok())
        return status;
    records::stampInserted(value, id.value(), now);
    return {};
}

Status finishIndexedUpdate(const Database& db, Transaction& tx, SqlQuery& update, const QString& table,
                           SearchKind kind, Record& value, const QString& now, const QString& what)
{
    if (Status status = update.exec(what); !status.ok())
        return status;
    Record stamped = value;
    if (Status status = records::checkUpdated(db, table, stamped, update.rowsAffected(), now); !status.ok())
        return status;
    if (Status status = SearchIndex(db).refresh(kind, value.id); !status.ok())
        return status;
    if (Status status = tx.commit(); !status.ok())
        return status;
    value = stamped;
    return {};
}

} // namespace maillage::network_sql
