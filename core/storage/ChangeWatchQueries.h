// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/util/Result.h"

#include <QStringList>

namespace maillage {

class Database;

/// The cheap questions a watcher asks every few seconds to learn that someone else wrote.
namespace changewatch {

/// The newest change_journal id (0 when empty or before schema 6).
Result<qint64> latestJournalId(Database& db);
/// SQLite's data_version: it moves only when another connection commits. -1 on PostgreSQL.
Result<qint64> dataVersion(Database& db);
/// The tables written after the journal entry afterId, sorted; by anyone but exceptUser when given.
Result<QStringList> tablesChangedAfter(Database& db, qint64 afterId, const QString& exceptUser = {});
/// On PostgreSQL, the name that tells this connection's changes apart in the journal: its personal
/// name (maillage.user), else its role when no other session uses that role; empty when it cannot
/// (a team sharing one role), and on SQLite.
Result<QString> ownJournalName(Database& db);

} // namespace changewatch
} // namespace maillage
