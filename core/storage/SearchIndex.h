// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/util/Result.h"

#include <QString>

namespace maillage {

class Database;

/// What the full-text index covers.
enum class SearchKind { Organisation, Contact, AgendaItem, ActionSheet };

/// Keeps the table `search_index` in step with its source rows: FTS5 on SQLite, a table with a stored
/// tsvector on PostgreSQL (schema 8). Repositories call it inside their write transaction (triggers cannot
/// write virtual tables under trusted_schema=OFF, and one code path serves both engines).
class SearchIndex
{
public:
    explicit SearchIndex(const Database& db) : m_db(db) {}

    /// Re-reads one source row into the index; drops its entry when the row is gone.
    Status refresh(SearchKind kind, qint64 id) const;
    /// Re-reads the agenda items of a meeting (after its children were replaced).
    Status refreshMeeting(qint64 meetingId) const;
    Status remove(SearchKind kind, qint64 id) const;
    /// Indexes every source row whose id is above afterId (rows just added in bulk, by a consolidation).
    Status addAbove(SearchKind kind, qint64 afterId) const;
    /// Rebuilds the whole index (after an archive import).
    Status rebuild() const;

    /// The schema that turned PostgreSQL's search view into a table (migrations/008_search.postgresql.sql).
    static constexpr int MaterialisedOnPostgres = 8;

    /// The stored kind code ("organisation", "contact", "agenda_item", "action_sheet").
    static QString kindCode(SearchKind kind);

private:
    bool active() const;
    Status exec(const QString& statement, qint64 id, const QString& what) const;

    const Database& m_db;
};

} // namespace maillage
