// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/EnumText.h"
#include "core/storage/RecordSql.h"
#include "core/storage/SearchIndex.h"
#include "core/storage/Transaction.h"
#include "core/storage/SqlQuery.h"
#include "core/util/Result.h"

#include <QStringList>

#include <vector>

namespace maillage {

class Database;
class Dialect;

/// Small helpers shared by the network repositories (council, partners, contacts, instances).
namespace network_sql {

using records::insertReturningId;
using records::invalid;

/// Runs a prepared INSERT … RETURNING id of a row the search index covers, indexes it and commits tx;
/// only then stamps value (id, timestamps, version), so a failure leaves the caller's value as it was.
Status finishIndexedInsert(const Database& db, Transaction& tx, SqlQuery& insert, SearchKind kind, Record& value,
                           const QString& now, const QString& what);
/// The same for "UPDATE … WHERE id = :id AND version = :version": a stale version is a Conflict.
Status finishIndexedUpdate(const Database& db, Transaction& tx, SqlQuery& update, const QString& table,
                           SearchKind kind, Record& value, const QString& now, const QString& what);

/// The ids of the rows of table whose parentColumn is parentId.
Result<std::vector<qint64>> childIds(const Database& db, const QString& table, const QString& parentColumn,
                                     qint64 parentId);

/// Deletes the children of parentId that are not in keep (the rows the user removed).
Status deleteChildrenNotIn(const Database& db, const QString& table, const QString& parentColumn, qint64 parentId,
                           const std::vector<qint64>& keep, const QString& what);

/// The enum value stored in column; an unknown code falls back to the first value.
template <typename E>
E enumAt(const SqlQuery& query, const QString& column)
{
    return fromCode<E>(query.text(column), enumEntries<E>().front().value);
}

} // namespace network_sql
} // namespace maillage
