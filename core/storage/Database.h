// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/storage/Dialect.h"
#include "core/util/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace maillage {

/// How a database is opened.
struct OpenOptions {
    bool createIfMissing = true; ///< create a new SQLite file when the path does not exist
    bool migrate = true;         ///< bring an older schema up to date (after a backup of the file)
};

/// One connection to a Maillage database: a SQLite file or a PostgreSQL server.
/// The connection lives under a unique name; code asks connection() instead of keeping a copy.
class Database
{
public:
    /// Application id written in every Maillage SQLite file ("MLLG").
    static constexpr int ApplicationId = 0x4D4C4C47;

    /// Opens a file path (SQLite) or a postgresql://user[:password]@host[:port]/db URL.
    /// Refuses, with a translated message, anything that is not a Maillage database or
    /// comes from a newer Maillage; never modifies such a file.
    static Result<std::unique_ptr<Database>> open(const QString& url, const OpenOptions& options = {});
    /// The schema version this build of Maillage writes.
    static int latestSchemaVersion();
    /// Whether url names a PostgreSQL server rather than a file.
    static bool isServerUrl(const QString& url);

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase connection() const;
    const Dialect& dialect() const { return m_dialect; }
    Engine engine() const { return m_dialect.engine(); }
    /// The URL as given, with any password removed: safe to show.
    QString displayName() const { return m_displayName; }
    /// The SQLite file path, or empty for PostgreSQL.
    QString filePath() const { return m_filePath; }
    int schemaVersion() const { return m_schemaVersion; }
    /// Whether a Transaction is open on this connection.
    bool inTransaction() const { return m_transactionDepth > 0; }
    /// The copy made before the last migration, if one was made while opening.
    QString migrationBackupPath() const { return m_migrationBackup; }

    /// Brings the schema to targetVersion (tests use it to build fixtures of old versions).
    Status migrateTo(int targetVersion);
    /// Writes a consistent copy of a SQLite database to path (VACUUM INTO).
    Status backupTo(const QString& path) const;

private:
    friend class Transaction;
    Database(Engine engine, QString connectionName);
    Status configureSqlite();
    Status readSchemaVersion();
    Status applyMigration(int version);

    Dialect m_dialect;
    QString m_connectionName;
    QString m_displayName;
    QString m_filePath;
    QString m_migrationBackup;
    int m_schemaVersion = 0;
    int m_transactionDepth = 0;
};

} // namespace maillage
