// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/util/Result.h"

#include <QString>

namespace maillage {

/// What a file is, found out through a read-only connection that never writes to it
/// (a read-only connection does not replay or checkpoint a -wal into the file either).
enum class FileState {
    Missing,    ///< no such file
    Empty,      ///< zero bytes: a new database can be written into it
    NotSqlite,  ///< not a SQLite file at all (random bytes, another format, truncated header)
    Unreadable, ///< permissions or an I/O error
    Damaged,    ///< a SQLite file whose first pages cannot be read (truncated, corrupt)
    Locked,     ///< another program holds an exclusive lock on it
    Foreign,    ///< a SQLite database of another program
    Newer,      ///< a Maillage database from a newer Maillage
    Maillage,   ///< a Maillage database this version can open
};

struct FileProbe
{
    FileState state = FileState::Missing;
    int schemaVersion = 0;
    int applicationId = 0;
    QString detail; ///< the driver's words, for the technician
};

/// Looks at path without changing it; busyTimeoutMs bounds the wait when another program writes.
FileProbe probeFile(const QString& path, int busyTimeoutMs = 2000);
/// The translated message that says why a file in that state cannot be opened (names the file).
Error probeError(const QString& path, const FileProbe& probe, int latestSchemaVersion);

} // namespace maillage
