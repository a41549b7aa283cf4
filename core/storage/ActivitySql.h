// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/Record.h"
#include "core/storage/RecordSql.h"
#include "core/storage/SqlQuery.h"
#include "core/util/Result.h"

#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <utility>
#include <vector>

namespace maillage {

class Database;
class SqlQuery;

/// Small SQL helpers shared by the activity repositories (meetings, action plan, events,
/// situations): validation errors, INSERT … RETURNING, filter clauses and paging.
namespace activity {

using records::invalid;

/// "INSERT INTO table (id?, c1, c2) VALUES (:id?, :c1, :c2) RETURNING id".
/// withId keeps a child's existing id when an aggregate is rewritten.
QString insertStatement(const QString& table, const QStringList& columns, bool withId = false);


/// The ids of the rows of table whose parentColumn is parentId (children that may keep their id).
Result<QSet<qint64>> childIds(const Database& db, const QString& table, const QString& parentColumn, qint64 parentId);

/// Binds created_at/updated_at/version of a child row, keeping what it had when it keeps its id.
void bindChildStamp(SqlQuery& query, const Record& child, bool keepsId, const QString& now);

/// Deletes the rows of table whose parentColumn is parentId.
Status deleteChildren(const Database& db, const QString& table, const QString& parentColumn, qint64 parentId,
                      const QString& what);

/// Inserts one child row of an aggregate being rewritten, keeping its id (and created_at, version)
/// when existing says it already belonged to this parent; bindColumns binds the other columns.
template <typename Child, typename BindFn>
Status insertChild(const Database& db, const QString& table, const QStringList& columns, Child& child,
                   const QSet<qint64>& existing, const QString& now, const QString& what, BindFn bindColumns)
{
    const bool keepsId = child.id > 0 && existing.contains(child.id);
    SqlQuery query(db, insertStatement(table, columns, keepsId));
    bindColumns(query);
    bindChildStamp(query, child, keepsId, now);
    Result<qint64> id = records::insertReturningId(query, what);
    if (!id.ok())
        return id.error();
    const QDateTime created = keepsId && child.createdAt.isValid() ? child.createdAt : sql::toDateTime(now);
    const int version = keepsId && child.version > 0 ? child.version : 1;
    records::stampInserted(child, id.value(), now);
    child.createdAt = created;
    child.version = version;
    return {};
}

/// Validates value and INSERTs its row (children are the caller's business); stamps value.
template <typename T, typename BindFn>
Status insertRow(const Database& db, const QString& table, const QStringList& columns, T& value, const QString& what,
                 BindFn bind)
{
    if (const QStringList problems = value.validate(); !problems.isEmpty())
        return invalid(problems);
    const QString now = sql::nowStamp();
    SqlQuery insert(db, insertStatement(table, columns));
    bind(insert, value);
    bindChildStamp(insert, Record{}, false, now);
    Result<qint64> id = records::insertReturningId(insert, what);
    if (!id.ok())
        return id.error();
    records::stampInserted(value, id.value(), now);
    return {};
}

/// Validates value and UPDATEs its row with the version check (Conflict when stale).
template <typename T, typename BindFn>
Status updateRow(const Database& db, const QString& table, const QStringList& columns, T& value, const QString& what,
                 BindFn bind)
{
    if (const QStringList problems = value.validate(); !problems.isEmpty())
        return invalid(problems);
    const QString now = sql::nowStamp();
    QStringList assignments;
    for (const QString& column : columns)
        assignments << column + QStringLiteral(" = :") + column;
    SqlQuery update(db, QStringLiteral("UPDATE %1 SET %2, updated_at = :now, version = version + 1 "
                                       "WHERE id = :id AND version = :version")
                            .arg(table, assignments.join(QStringLiteral(", "))));
    bind(update, value);
    update.bind(QStringLiteral(":now"), now);
    update.bind(QStringLiteral(":id"), value.id);
    update.bind(QStringLiteral(":version"), value.version);
    if (Status status = update.exec(what); !status.ok())
        return status;
    return records::checkUpdated(db, table, value, update.rowsAffected(), now);
}

/// A filter's WHERE clauses and their bound values; placeholders are generated, never user text.
class Conditions
{
public:
    /// A fresh placeholder name (":p1", ":p2"…) bound to value.
    QString param(const QVariant& value);
    void add(const QString& clause) { m_clauses << clause; }
    bool isEmpty() const { return m_clauses.isEmpty(); }
    /// " WHERE a AND b", or nothing.
    QString where() const;
    void bindTo(SqlQuery& query) const;

private:
    QStringList m_clauses;
    std::vector<std::pair<QString, QVariant>> m_values;
};

/// " LIMIT n OFFSET m" (or nothing) for a list's paging.
QString paging(const Database& db, int limit, int offset);

} // namespace activity
} // namespace maillage
