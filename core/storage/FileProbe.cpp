// SPDX-License-Identifier: EUPL-1.2
#include "core/storage/FileProbe.h"

#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QtEndian>

#include <atomic>

namespace maillage {

namespace {

constexpr char kSqliteHeader[] = "SQLite format 3";

// SQLite's primary result codes the probe tells apart.
enum SqliteCode { Perm = 3, Busy = 5, LockedCode = 6, IoErr = 10, Corrupt = 11, CantOpen = 14, NotADb = 26 };

// A file shorter than the page count its header records was cut (a copy that stopped, a full disk).
bool truncated(const QByteArray& header, qint64 size)
{
    if (header.size() < 100)
        return true;
    const auto* bytes = reinterpret_cast<const uchar*>(header.constData());
    qint64 pageSize = qFromBigEndian<quint16>(bytes + 16);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 pageCount = qFromBigEndian<quint32>(bytes + 28);
    const quint32 changeCounter = qFromBigEndian<quint32>(bytes + 24);
    const quint32 validFor = qFromBigEndian<quint32>(bytes + 92);
    if (pageCount == 0 || changeCounter != validFor) // the count is not reliable
        return false;
    return size < pageSize * qint64(pageCount);
}

FileState stateOf(const QSqlError& error)
{
    switch (error.nativeErrorCode().toInt() & 0xff) {
    case Busy:
    case LockedCode:
        return FileState::Locked;
    case Perm:
    case IoErr:
    case CantOpen:
        return FileState::Unreadable;
    case Corrupt:
    case NotADb:
    default:
        return FileState::Damaged;
    }
}

} // namespace

FileProbe probeFile(const QString& path, int busyTimeoutMs)
{
    FileProbe probe;
    const QFileInfo info(path);
    if (!info.exists())
        return probe;
    if (!info.isFile())
        return {FileState::NotSqlite, 0, 0, QStringLiteral("not a regular file")};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {FileState::Unreadable, 0, 0, file.errorString()};
    if (file.size() == 0)
        return {FileState::Empty, 0, 0, {}};
    const QByteArray header = file.read(100);
    if (file.size() < 512 || !header.startsWith(QByteArray(kSqliteHeader, 16)))
        return {FileState::NotSqlite, 0, 0, {}};
    if (truncated(header, file.size()))
        return {FileState::Damaged, 0, 0, QStringLiteral("shorter than its header says")};
    file.close();

    static std::atomic<int> counter{0};
    const QString name = QStringLiteral("maillage-probe-%1").arg(++counter);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        // Without a -wal beside it the file is read as immutable: no -wal or -shm is created either.
        // With one, a read-only connection reads it (and never checkpoints it into the file).
        if (QFileInfo::exists(path + QStringLiteral("-wal"))) {
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
        } else {
            QUrl uri = QUrl::fromLocalFile(path);
            uri.setQuery(QStringLiteral("immutable=1"));
            db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
            db.setConnectOptions(
                QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
        }
        if (!db.open()) {
            probe = {stateOf(db.lastError()), 0, 0, db.lastError().text()};
        } else {
            QSqlQuery query(db);
            // Reading the schema parses every CREATE statement: a damaged first page or schema fails here.
            if (!query.exec(QStringLiteral("SELECT count(*), max(length(sql)) FROM sqlite_master")) || !query.next()) {
                probe = {stateOf(query.lastError()), 0, 0, query.lastError().text()};
            } else {
                const int objects = query.value(0).toInt();
                query.finish();
                int values[2] = {0, 0};
                const char* pragmas[2] = {"PRAGMA application_id", "PRAGMA user_version"};
                for (int i = 0; i < 2; ++i)
                    if (query.exec(QString::fromLatin1(pragmas[i])) && query.next())
                        values[i] = query.value(0).toInt();
                query.finish();
                probe.applicationId = values[0];
                probe.schemaVersion = values[1];
                if ((probe.applicationId != 0 && probe.applicationId != Database::ApplicationId) ||
                    (probe.applicationId == 0 && objects > 0))
                    probe.state = FileState::Foreign;
                else if (probe.schemaVersion < 0) // a damaged header: "migrating" from it would never end
                    probe.state = FileState::Damaged;
                else if (probe.schemaVersion > Database::latestSchemaVersion())
                    probe.state = FileState::Newer;
                else if (objects == 0 && probe.schemaVersion == 0)
                    probe.state = FileState::Empty;
                else
                    probe.state = FileState::Maillage;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return probe;
}

Error probeError(const QString& path, const FileProbe& probe, int latestSchemaVersion)
{
    switch (probe.state) {
    case FileState::Missing:
        return {Error::Kind::NotFound,
                QCoreApplication::translate("maillage::Database", "The database file %1 does not exist.").arg(path),
                probe.detail};
    case FileState::Unreadable:
        return {Error::Kind::Io,
                QCoreApplication::translate("maillage::Database", "The file %1 cannot be read: check its permissions.")
                    .arg(path),
                probe.detail};
    case FileState::NotSqlite:
        return {Error::Kind::Unsupported,
                QCoreApplication::translate(
                    "maillage::Database",
                    "The file %1 is not a Maillage database (it is damaged, truncated or of another kind). "
                    "It was left untouched.")
                    .arg(path),
                probe.detail};
    case FileState::Damaged:
        return {Error::Kind::Unsupported,
                QCoreApplication::translate(
                    "maillage::Database",
                    "The database %1 is damaged: part of it cannot be read. It was left untouched; you can restore "
                    "a backup or rescue what is still readable into a new file.")
                    .arg(path),
                probe.detail};
    case FileState::Locked:
        return {Error::Kind::Io,
                QCoreApplication::translate(
                    "maillage::Database",
                    "The database %1 is locked by another program that is writing to it. Close that program and "
                    "try again; the file was left untouched.")
                    .arg(path),
                probe.detail};
    case FileState::Foreign:
        return {Error::Kind::Unsupported,
                QCoreApplication::translate(
                    "maillage::Database",
                    "The file %1 is a database of another program, not a Maillage database. It was left "
                    "untouched.")
                    .arg(path),
                QStringLiteral("application_id=%1").arg(probe.applicationId)};
    case FileState::Newer:
        return {Error::Kind::Unsupported,
                QCoreApplication::translate(
                    "maillage::Database",
                    "The database %1 was written by a newer version of Maillage (schema %2; this version knows up "
                    "to %3). Install the newer Maillage to open it; it was left untouched.")
                    .arg(path)
                    .arg(probe.schemaVersion)
                    .arg(latestSchemaVersion),
                {}};
    case FileState::Empty:
    case FileState::Maillage:
        break;
    }
    return {Error::Kind::Internal, {}, {}};
}

} // namespace maillage
