// SPDX-License-Identifier: EUPL-1.2
#include "core/storage/Rescue.h"

#include "core/storage/ChangeJournal.h"
#include "core/storage/Database.h"
#include "core/storage/FileProbe.h"
#include "core/storage/SearchIndex.h"
#include "core/storage/TableCatalog.h"
#include "core/storage/Transaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>
#include <unistd.h>

namespace maillage::rescue {

namespace {

// The source is read through a read-only connection of its own: never written, never checkpointed.
class ReadOnlySource
{
public:
    explicit ReadOnlySource(const QString& path)
    {
        static std::atomic<int> counter{0};
        m_name = QStringLiteral("maillage-rescue-%1").arg(++counter);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000"));
        m_open = db.open();
    }
    ~ReadOnlySource()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool open() const { return m_open; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    bool m_open = false;
};

QStringList columnsOf(const QSqlDatabase& db, const QString& table)
{
    QSqlQuery query(db);
    QStringList columns;
    if (query.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table)))
        while (query.next())
            columns << query.value(1).toString();
    return columns;
}

// Reads rows in rowid order until the first unreadable page, then from the end backwards
// until it again: what lies on either side of a damaged page is kept.
qint64 copyTable(const QSqlDatabase& source, Database& target, const QString& table, const QStringList& columns,
                 bool& partial)
{
    const QString list = columns.join(QStringLiteral(", "));
    QStringList marks;
    for (int i = 0; i < columns.size(); ++i)
        marks << QStringLiteral(":c%1").arg(i);
    QSqlQuery insert(target.connection());
    insert.prepare(QStringLiteral("INSERT OR IGNORE INTO %1 (%2) VALUES (%3)").arg(table, list, marks.join(u',')));
    qint64 copied = 0;
    QSet<qint64> seen;
    for (const char* order : {"ASC", "DESC"}) {
        QSqlQuery read(source);
        read.setForwardOnly(true);
        bool complete = read.exec(
            QStringLiteral("SELECT rowid, %1 FROM %2 ORDER BY rowid %3").arg(list, table, QLatin1String(order)));
        while (complete && read.next()) {
            const qint64 rowid = read.value(0).toLongLong();
            if (seen.contains(rowid))
                break; // met the rows read in the other direction
            seen.insert(rowid);
            for (int i = 0; i < columns.size(); ++i)
                insert.bindValue(i, read.value(i + 1));
            if (insert.exec() && insert.numRowsAffected() > 0)
                ++copied;
        }
        if (complete && !read.lastError().isValid())
            return copied; // read to the end: no need to come from the other side
        partial = true;
    }
    return copied;
}

// Rows that refer to a record that was lost go too: the rescued file must pass its own checks.
qint64 dropDangling(Database& target)
{
    qint64 dropped = 0;
    for (int round = 0; round < 50; ++round) {
        QSqlQuery check(target.connection());
        if (!check.exec(QStringLiteral("PRAGMA foreign_key_check")))
            break;
        QList<QPair<QString, qint64>> rows;
        while (check.next())
            rows.append({check.value(0).toString(), check.value(1).toLongLong()});
        check.finish();
        if (rows.isEmpty())
            break;
        QSqlQuery remove(target.connection());
        for (const auto& [table, rowid] : rows)
            if (remove.exec(QStringLiteral("DELETE FROM %1 WHERE rowid = %2").arg(table).arg(rowid)))
                dropped += remove.numRowsAffected();
    }
    return dropped;
}

bool flush(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadWrite) && ::fsync(file.handle()) == 0;
}

} // namespace

Result<RescueReport> rescueInto(const QString& damagedPath, const QString& targetPath)
{
    if (QFileInfo::exists(targetPath))
        return Error{Error::Kind::Io,
                     QCoreApplication::translate("maillage::rescue", "The file %1 already exists; choose another name.")
                         .arg(targetPath),
                     {}};
    ReadOnlySource source(damagedPath);
    if (!source.open())
        return Error{Error::Kind::Io,
                     QCoreApplication::translate("maillage::rescue", "The damaged file %1 cannot be read at all.")
                         .arg(damagedPath),
                     source.db().lastError().text()};
    auto opened = Database::open(targetPath);
    if (!opened.ok())
        return opened.error();
    Database& target = *opened.value();
    RescueReport report;
    report.target = target.filePath();
    QSqlQuery pragma(target.connection());
    pragma.exec(QStringLiteral("PRAGMA foreign_keys = OFF")); // parents may be copied after their children
    journal::Pause pauseJournal(target); // a copy, not a change: the source's journal comes along
    {
        Transaction tx(target);
        if (!tx.ok())
            return tx.error();
        for (const TableSpec& table : TableCatalog::tables()) {
            const QStringList available = columnsOf(source.db(), table.name);
            QStringList columns;
            for (const ColumnSpec& column : table.columns)
                if (available.contains(column.name))
                    columns << column.name;
            if (columns.isEmpty()) {
                report.lostTables << table.name;
                continue;
            }
            bool partial = false;
            report.rowsCopied += copyTable(source.db(), target, table.name, columns, partial);
            if (partial)
                report.partialTables << table.name;
        }
        report.rowsDropped = dropDangling(target);
        if (Status status = tx.commit(); !status.ok())
            return status.error();
    }
    pragma.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    if (Status status = SearchIndex(target).rebuild(); !status.ok())
        return status.error();
    return report;
}

QString damagedName(const QString& path, const QDateTime& when)
{
    return path + QStringLiteral(".damaged-") + when.toString(QStringLiteral("yyyy-MM-dd-HHmmss"));
}

Result<QString> setAside(const QString& path, const QString& newPath)
{
    if (QFileInfo::exists(newPath))
        return Error{Error::Kind::Io,
                     QCoreApplication::translate("maillage::rescue", "The file %1 already exists; nothing was moved.")
                         .arg(newPath),
                     {}};
    if (!QFile::rename(path, newPath))
        return Error{Error::Kind::Io,
                     QCoreApplication::translate("maillage::rescue", "The file %1 could not be renamed to %2.")
                         .arg(path, newPath),
                     {}};
    // The journal files follow the database so that the pair stays readable together.
    for (const char* suffix : {"-wal", "-shm"}) {
        const QString companion = path + QLatin1String(suffix);
        if (QFileInfo::exists(companion))
            QFile::rename(companion, newPath + QLatin1String(suffix));
    }
    return newPath;
}

Result<QString> restoreBackup(const QString& backupPath, const QString& databasePath, const QDateTime& when)
{
    const FileProbe probe = probeFile(backupPath);
    if (probe.state != FileState::Maillage)
        return Error{Error::Kind::Invalid,
                     QCoreApplication::translate("maillage::rescue", "The backup %1 cannot be restored: %2")
                         .arg(backupPath, probeError(backupPath, probe, Database::latestSchemaVersion()).message),
                     probe.detail};
    const QString part = databasePath + QStringLiteral(".restoring");
    QFile::remove(part);
    if (!QFile::copy(backupPath, part) || !flush(part)) {
        QFile::remove(part);
        return Error{
            Error::Kind::Io,
            QCoreApplication::translate("maillage::rescue",
                                        "The backup %1 could not be copied beside the database; nothing was changed.")
                .arg(backupPath),
            {}};
    }
    QFile::setPermissions(part, QFile::ReadOwner | QFile::WriteOwner);
    QString asidePath;
    if (QFileInfo::exists(databasePath)) {
        auto aside = setAside(databasePath, databasePath + QStringLiteral(".before-restore-") +
                                                when.toString(QStringLiteral("yyyy-MM-dd-HHmmss")));
        if (!aside.ok()) {
            QFile::remove(part);
            return aside.error();
        }
        asidePath = aside.value();
    }
    if (!QFile::rename(part, databasePath))
        return Error{Error::Kind::Io,
                     QCoreApplication::translate(
                         "maillage::rescue",
                         "The restored copy could not take the place of %1; the previous file is kept as %2.")
                         .arg(databasePath, asidePath),
                     {}};
    return asidePath;
}

} // namespace maillage::rescue
