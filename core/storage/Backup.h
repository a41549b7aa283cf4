// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/util/Result.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <utility>
#include <vector>

namespace maillage {

class Database;

/// One verified copy of a SQLite database, with the manifest written beside it
/// (<file>.manifest.json: when, from which schema, how many rows per table).
struct BackupInfo {
    QString path;
    QDateTime takenAt;
    int schemaVersion = 0;
    std::vector<std::pair<QString, qint64>> rowCounts;
};

/// How many backups to keep: the newest of each of the last N days, weeks and months.
struct RetentionPolicy {
    int daily = 7;
    int weekly = 8;
    int monthly = 12;
};

namespace backup {

/// The folder where automatic backups of a database file go: "<folder of the file>/sauvegardes".
QString defaultFolder(const QString& databaseFile);
/// "maillage-2026-11-23-142501.sqlite" for a backup taken at that local time.
QString fileNameFor(const QDateTime& takenAt);

/// Writes a verified copy: VACUUM INTO a temporary file beside target, flushed to disk, checked with
/// quick_check, then renamed to target, with its manifest. Nothing is left behind on failure.
/// takenAt defaults to now (tests and the automatic backup pass their clock).
Result<BackupInfo> create(Database& db, const QString& target, const QDateTime& takenAt = {});
/// The backups found in folder (those with a readable manifest), newest first.
std::vector<BackupInfo> list(const QString& folder);
/// Which backups to delete so that only the newest of each day, ISO week and month within the
/// policy's limits remain (counted back from today). Pure: tested with fixed dates.
std::vector<QString> toThin(const std::vector<BackupInfo>& backups, const QDate& today, const RetentionPolicy& policy);
/// Deletes what toThin() chose, with their manifests.
Status thin(const QString& folder, const QDate& today, const RetentionPolicy& policy = {});
/// The automatic backup: when the newest backup in the database's default folder is a day old or
/// more (or there is none), writes a new one and thins the folder. Returns the new backup, or an
/// empty path when none was due. Server databases have none. folder replaces the default folder when set.
Result<BackupInfo> ensureRecent(Database& db, const QDateTime& now, const RetentionPolicy& policy = {},
                                const QString& folder = {});

} // namespace backup
} // namespace maillage
