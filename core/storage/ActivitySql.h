// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/Record.h"
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

/// Error::Kind::Invalid with the validation messages, one per line.
Error invalid(const QStringList& problems);

/// "INSERT INTO table (id?, c1, c2) VALUES (:id?, :c1, :c2) RETURNING id".
/// withId keeps a child's existing id when an aggregate is rewritten.
QString insertStatement(const QString& table, const QStringList& columns, bool withId = false);

/// Runs an INSERT … RETURNING id and gives the new id.
Result<qint64> execInsert(SqlQuery& query, const QString& what);

/// The ids of the rows of table whose parentColumn is parentId (children that may keep their id).
Result<QSet<qint64>> childIds(const Database& db, const QString& table, const QString& parentColumn, qint64 parentId);

/// Binds created_at/updated_at/version of a child row, keeping what it had when it keeps its id.
void bindChildStamp(SqlQuery& query, const Record& child, bool keepsId, const QString& now);

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

/// '%' + folded text + '%', for Dialect::foldedLike.
QString containsPattern(const QString& text);
/// " LIMIT n OFFSET m" (or nothing) for a list's paging.
QString paging(const Database& db, int limit, int offset);

} // namespace activity
} // namespace maillage
