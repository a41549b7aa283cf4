// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/util/Result.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <vector>

namespace maillage {

class Database;

/// Who changed which record, when, and which fields — never the values, so confidential minutes
/// and erased people leave nothing in it. The database writes it itself (triggers), so no
/// repository can forget: on SQLite as temporary triggers generated from the TableCatalog when
/// a connection opens, on PostgreSQL as the triggers of schema 7.
namespace journal {

struct Entry {
    QDateTime changedAt; ///< UTC
    QString userName;
    QString entity; ///< the table
    qint64 entityId = 0;
    QString action; ///< "insert", "update" or "delete"
    QStringList fields; ///< the columns an update changed, sorted
};

/// The tables the journal follows: every catalog table but the journal and the undo batches.
QStringList journaledTables();
/// Starts journaling on this connection as userName (empty: the system user; PostgreSQL: the role).
Status install(Database& db, const QString& userName = {});
/// Suspends journaling on this connection (bulk work such as importing an archive) or resumes it.
Status setEnabled(Database& db, bool enabled);
/// Forgets what is older than `months` before `now` (the journal is kept 12 months).
Result<int> purgeOlderThan(Database& db, int months, const QDateTime& now = QDateTime::currentDateTimeUtc());
/// The history of one record, oldest first.
Result<std::vector<Entry>> entriesFor(Database& db, const QString& entity, qint64 entityId);
/// The latest changes, newest first.
Result<std::vector<Entry>> latest(Database& db, int limit);
/// The system user name, as the journal records it on SQLite.
QString systemUserName();

/// Suspends the journal for the lifetime of the object (bulk imports), then resumes it.
class Pause
{
public:
    explicit Pause(Database& db);
    ~Pause();
    Pause(const Pause&) = delete;
    Pause& operator=(const Pause&) = delete;

private:
    Database& m_db;
};

} // namespace journal
} // namespace maillage
