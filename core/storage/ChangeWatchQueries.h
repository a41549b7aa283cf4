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
/// The name this connection's changes carry in the journal on PostgreSQL (maillage.user, else the role).
Result<QString> journalUserName(Database& db);

} // namespace changewatch
} // namespace maillage
