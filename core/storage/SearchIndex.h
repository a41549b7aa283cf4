// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/util/Result.h"

#include <QString>

namespace maillage {

class Database;

/// What the full-text index covers.
enum class SearchKind { Organisation, Contact, AgendaItem, ActionSheet };

/// Keeps the SQLite FTS5 table `search_index` in step with its source rows. Repositories call it
/// inside their write transaction (triggers cannot write virtual tables under trusted_schema=OFF).
/// On PostgreSQL search_index is a view over the sources and every call is a no-op.
class SearchIndex
{
public:
    explicit SearchIndex(const Database& db) : m_db(db) {}

    /// Re-reads one source row into the index; drops its entry when the row is gone.
    Status refresh(SearchKind kind, qint64 id) const;
    /// Re-reads the agenda items of a meeting (after its children were replaced).
    Status refreshMeeting(qint64 meetingId) const;
    Status remove(SearchKind kind, qint64 id) const;
    /// Rebuilds the whole index (after an archive import).
    Status rebuild() const;

    /// The stored kind code ("organisation", "contact", "agenda_item", "action_sheet").
    static QString kindCode(SearchKind kind);

private:
    bool active() const;
    Status exec(const QString& statement, qint64 id, const QString& what) const;

    const Database& m_db;
};

} // namespace maillage
