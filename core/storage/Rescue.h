// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/util/Result.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace maillage {

/// What rescueInto() could save from a damaged file.
struct RescueReport
{
    QString target;
    qint64 rowsCopied = 0;
    qint64 rowsDropped = 0;    ///< copied rows that referred to a record that could not be read
    QStringList lostTables;    ///< tables that could not be read at all
    QStringList partialTables; ///< tables read only in part
};

/// Recovery of a damaged SQLite database file. The damaged file is only ever read, or renamed with
/// the user's agreement; nothing here deletes it.
namespace rescue {

/// Copies, table by table, every row that can still be read from damagedPath into a new database
/// at targetPath (which must not exist); rows whose parents were lost are left out. SQLite only.
Result<RescueReport> rescueInto(const QString& damagedPath, const QString& targetPath);
/// "<name>.damaged-2026-11-23-154500" beside path.
QString damagedName(const QString& path, const QDateTime& when);
/// Renames path (and its -wal and -shm) to newPath; returns newPath. Fails when newPath exists.
Result<QString> setAside(const QString& path, const QString& newPath);
/// Replaces the database file at databasePath with a copy of a verified backup: the current file,
/// if any, is first set aside as "<name>.before-restore-<date>" (returned, empty when there was none).
/// The database must be closed.
Result<QString> restoreBackup(const QString& backupPath, const QString& databasePath, const QDateTime& when);

} // namespace rescue
} // namespace maillage
