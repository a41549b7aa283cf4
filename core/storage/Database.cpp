// SPDX-License-Identifier: EUPL-1.2
#include "core/storage/Database.h"

#include "core/storage/ChangeJournal.h"
#include "core/storage/FileProbe.h"
#include "core/storage/Migrations.h"
#include "core/storage/SqliteFunctions.h"
#include "core/storage/Transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

#include <atomic>

namespace maillage {

namespace {

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("maillage-%1").arg(++counter);
}

Error sqlError(const QString& message, const QSqlError& error, Error::Kind kind = Error::Kind::Io)
{
    return Error{kind, message, error.text()};
}

} // namespace

Database::Database(Engine engine, QString connectionName)
    : m_dialect(engine), m_connectionName(std::move(connectionName))
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::latestSchemaVersion()
{
    return migrations::latestVersion();
}

bool Database::isServerUrl(const QString& url)
{
    return url.startsWith(QLatin1String("postgresql://")) || url.startsWith(QLatin1String("postgres://"));
}

Result<std::unique_ptr<Database>> Database::open(const QString& url, const OpenOptions& options)
{
    if (url.trimmed().isEmpty())
        return Error{
            Error::Kind::Invalid, QCoreApplication::translate("maillage::Database", "No database was given."), {}};

    std::unique_ptr<Database> db;
    if (isServerUrl(url)) {
        const QUrl parsed(url);
        const QString name = parsed.path().mid(1);
        if (!parsed.isValid() || parsed.host().isEmpty() || name.isEmpty())
            return Error{
                Error::Kind::Invalid,
                QCoreApplication::translate(
                    "maillage::Database", "The server address is not valid. Expected postgresql://user@host/database."),
                url};
        db.reset(new Database(Engine::Postgres, nextConnectionName()));
        QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), db->m_connectionName);
        sql.setHostName(parsed.host());
        sql.setPort(parsed.port(5432));
        sql.setDatabaseName(name);
        sql.setUserName(parsed.userName());
        sql.setPassword(parsed.password());
        QStringList connectOptions{QStringLiteral("connect_timeout=10")};
        const QUrlQuery query(parsed);
        for (const auto& [key, value] : query.queryItems())
            connectOptions << key + u'=' + value;
        sql.setConnectOptions(connectOptions.join(u';'));
        QUrl shown = parsed;
        shown.setPassword({});
        db->m_displayName = shown.toString();
        if (!sql.open())
            return sqlError(QCoreApplication::translate(
                                "maillage::Database",
                                "Cannot connect to the PostgreSQL server %1. Check that it is running and that "
                                "the address, user and password are right.")
                                .arg(db->m_displayName),
                            sql.lastError());
        QSqlQuery set(sql);
        set.exec(QStringLiteral("SET client_min_messages TO warning"));
    } else {
        QString path = url;
        if (path.startsWith(QLatin1String("file://")))
            path = QUrl(path).toLocalFile();
        path = QFileInfo(path).absoluteFilePath();
        // Read-only first: a file Maillage cannot open is refused before any connection could write to it.
        const FileProbe probe = probeFile(path);
        switch (probe.state) {
        case FileState::Missing: {
            if (!options.createIfMissing)
                return Error{
                    Error::Kind::NotFound,
                    QCoreApplication::translate("maillage::Database", "The database file %1 does not exist.").arg(path),
                    {}};
            const QFileInfo info(path);
            if (!info.dir().exists()) {
                if (!QDir().mkpath(info.absolutePath()))
                    return Error{Error::Kind::Io,
                                 QCoreApplication::translate("maillage::Database", "Cannot create the folder %1.")
                                     .arg(info.absolutePath()),
                                 {}};
                QFile::setPermissions(info.absolutePath(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
            }
            // Created empty with owner-only rights before SQLite writes anything into it.
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
                return Error{
                    Error::Kind::Io,
                    QCoreApplication::translate("maillage::Database", "Cannot create the database file %1.").arg(path),
                    file.errorString()};
            file.close();
            QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
            break;
        }
        case FileState::Empty:
        case FileState::Maillage:
            break;
        default:
            return probeError(path, probe, latestSchemaVersion());
        }
        db.reset(new Database(Engine::Sqlite, nextConnectionName()));
        db->m_filePath = path;
        db->m_displayName = path;
        QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
        sql.setDatabaseName(path);
        sql.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!sql.open())
            return sqlError(
                QCoreApplication::translate("maillage::Database", "Cannot open the database file %1.").arg(path),
                sql.lastError());
        if (Status status = db->configureSqlite(); !status.ok())
            return status.error();
    }

    if (Status status = db->readSchemaVersion(); !status.ok())
        return status.error();

    const int latest = latestSchemaVersion();
    if (db->m_schemaVersion > latest)
        return Error{Error::Kind::Unsupported,
                     QCoreApplication::translate(
                         "maillage::Database",
                         "This database was written by a newer version of Maillage (schema %1; this version "
                         "knows up to %2). Install the newer Maillage to open it; it was left untouched.")
                         .arg(db->m_schemaVersion)
                         .arg(latest),
                     {}};
    if (options.migrate && db->m_schemaVersion < latest) {
        if (db->engine() == Engine::Sqlite && db->m_schemaVersion > 0) {
            const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
            const QString backup = QStringLiteral("%1.avant-migration-v%2-%3.sqlite")
                                       .arg(db->m_filePath)
                                       .arg(db->m_schemaVersion)
                                       .arg(stamp);
            if (Status status = db->backupTo(backup); !status.ok())
                return Error{Error::Kind::Io,
                             QCoreApplication::translate(
                                 "maillage::Database",
                                 "The database needs an update but no backup could be written first; nothing was "
                                 "changed."),
                             status.error().fullText()};
            db->m_migrationBackup = backup;
        }
        if (Status status = db->migrateTo(latest); !status.ok())
            return status.error();
    }
    if (Status status = journal::install(*db); !status.ok())
        return status.error();
    return db;
}

Status Database::configureSqlite()
{
    QSqlDatabase sql = connection();
    QSqlQuery query(sql);
    // Read something first: a file that is not a database fails here, before any write.
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")))
        return Error{Error::Kind::Unsupported,
                     QCoreApplication::translate(
                         "maillage::Database",
                         "The file %1 is not a Maillage database (it is damaged or of another kind). It was left "
                         "untouched.")
                         .arg(m_filePath),
                     query.lastError().text()};
    query.next();
    const int objects = query.value(0).toInt();
    query.exec(QStringLiteral("PRAGMA application_id"));
    query.next();
    const int applicationId = query.value(0).toInt();
    if ((applicationId != 0 && applicationId != ApplicationId) || (applicationId == 0 && objects > 0))
        return Error{Error::Kind::Unsupported,
                     QCoreApplication::translate(
                         "maillage::Database",
                         "The file %1 is a database of another program, not a Maillage database. It was left "
                         "untouched.")
                         .arg(m_filePath),
                     QStringLiteral("application_id=%1").arg(applicationId)};

    const QStringList pragmas{
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA busy_timeout = 5000"),
        QStringLiteral("PRAGMA journal_mode = WAL"),
        QStringLiteral("PRAGMA synchronous = FULL"),
        // trusted_schema OFF: a file's own triggers and views cannot call unsafe functions
        // (hence no triggers feed the FTS table: see SearchIndex).
        QStringLiteral("PRAGMA trusted_schema = OFF"),
        QStringLiteral("PRAGMA secure_delete = ON"),
    };
    for (const QString& pragma : pragmas) {
        if (!query.exec(pragma))
            return sqlError(QCoreApplication::translate("maillage::Database",
                                                        "Cannot configure the database file %1 (is it read-only?).")
                                .arg(m_filePath),
                            query.lastError());
    }
    sqlite::registerFunctions(sql);
    return {};
}

Status Database::readSchemaVersion()
{
    QSqlQuery query(connection());
    if (engine() == Engine::Sqlite) {
        query.exec(QStringLiteral("PRAGMA user_version"));
        query.next();
        m_schemaVersion = query.value(0).toInt();
        return {};
    }
    if (!query.exec(QStringLiteral("SELECT to_regclass('schema_migrations') IS NOT NULL")) || !query.next())
        return sqlError(
            QCoreApplication::translate("maillage::Database", "Cannot read the schema version of the server database."),
            query.lastError());
    if (!query.value(0).toBool()) {
        QSqlQuery tables(connection());
        tables.exec(
            QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()"));
        if (tables.next() && tables.value(0).toInt() > 0)
            return Error{Error::Kind::Unsupported,
                         QCoreApplication::translate(
                             "maillage::Database",
                             "The server database %1 already holds tables of another program; Maillage will not "
                             "write into it.")
                             .arg(m_displayName),
                         {}};
        m_schemaVersion = 0;
        return {};
    }
    if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations")) || !query.next())
        return sqlError(
            QCoreApplication::translate("maillage::Database", "Cannot read the schema version of the server database."),
            query.lastError());
    m_schemaVersion = query.value(0).toInt();
    return {};
}

Status Database::migrateTo(int targetVersion)
{
    while (m_schemaVersion < targetVersion) {
        if (Status status = applyMigration(m_schemaVersion + 1); !status.ok())
            return status;
    }
    return journal::install(*this); // the journal follows the tables this version has
}

Status Database::applyMigration(int version)
{
    Transaction tx(*this);
    if (!tx.ok())
        return tx.error();
    QSqlQuery query(connection());
    QStringList statements = migrations::statements(version, m_dialect);
    if (version == 1)
        statements.prepend(QStringLiteral(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)"));
    for (const QString& statement : statements) {
        if (!query.exec(statement))
            return Error{
                Error::Kind::Internal,
                QCoreApplication::translate("maillage::Database",
                                            "The database could not be updated to schema %1; it was left as it was.")
                    .arg(version),
                query.lastError().text() + QStringLiteral("\n") + statement};
    }
    query.prepare(QStringLiteral("INSERT INTO schema_migrations (version, applied_at) VALUES (:version, :at)"));
    query.bindValue(QStringLiteral(":version"), version);
    query.bindValue(QStringLiteral(":at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!query.exec())
        return sqlError(
            QCoreApplication::translate("maillage::Database",
                                        "The database could not be updated to schema %1; it was left as it was.")
                .arg(version),
            query.lastError(), Error::Kind::Internal);
    if (engine() == Engine::Sqlite) {
        query.exec(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId));
        query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
    }
    if (Status status = tx.commit(); !status.ok())
        return status;
    m_schemaVersion = version;
    return {};
}

Status Database::backupTo(const QString& path) const
{
    if (engine() != Engine::Sqlite)
        return Error{Error::Kind::Unsupported,
                     QCoreApplication::translate(
                         "maillage::Database",
                         "A server database is backed up with the server's own tools or with an archive export."),
                     {}};
    if (QFileInfo::exists(path))
        return Error{Error::Kind::Io,
                     QCoreApplication::translate("maillage::Database", "The backup file %1 already exists.").arg(path),
                     {}};
    QSqlQuery query(connection());
    QString quoted = path;
    quoted.replace(u'\'', QStringLiteral("''"));
    if (!query.exec(QStringLiteral("VACUUM INTO '%1'").arg(quoted)))
        return sqlError(QCoreApplication::translate("maillage::Database", "Cannot write the backup %1.").arg(path),
                        query.lastError());
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return {};
}

} // namespace maillage
