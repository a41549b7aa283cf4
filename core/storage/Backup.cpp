// SPDX-License-Identifier: EUPL-1.2
#include "core/storage/Backup.h"

#include "core/storage/Database.h"
#include "core/storage/TableCatalog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <atomic>
#include <set>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace maillage::backup {

namespace {

QString manifestPath(const QString& backupPath)
{
    return backupPath + QStringLiteral(".manifest.json");
}

// The copy reaches the disk before it is renamed into place: a crash never leaves a torn backup.
bool flushToDisk(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return false;
#ifdef Q_OS_WIN
    return _commit(file.handle()) == 0;
#else
    return ::fsync(file.handle()) == 0;
#endif
}

// quick_check on the copy, through a connection of its own, read-only.
QString quickCheck(const QString& path)
{
    static std::atomic<int> counter{0};
    const QString name = QStringLiteral("maillage-backup-check-%1").arg(++counter);
    QString result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            result = db.lastError().text();
        } else {
            QSqlQuery query(db);
            if (!query.exec(QStringLiteral("PRAGMA quick_check")) || !query.next())
                result = query.lastError().text();
            else if (query.value(0).toString() != QLatin1String("ok"))
                result = query.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

Error failure(const QString& target, const QString& detail)
{
    return Error{Error::Kind::Io,
                 QCoreApplication::translate("maillage::backup",
                                             "The backup %1 could not be written; the database is unchanged.")
                     .arg(target),
                 detail};
}

} // namespace

QString defaultFolder(const QString& databaseFile)
{
    return QFileInfo(databaseFile).absoluteDir().filePath(QStringLiteral("sauvegardes"));
}

QString fileNameFor(const QDateTime& takenAt)
{
    return QStringLiteral("maillage-%1.sqlite").arg(takenAt.toString(QStringLiteral("yyyy-MM-dd-HHmmss")));
}

Result<BackupInfo> create(Database& db, const QString& target, const QDateTime& takenAt)
{
    if (db.engine() != Engine::Sqlite)
        return Error{Error::Kind::Unsupported,
                     QCoreApplication::translate(
                         "maillage::backup",
                         "A server database is backed up with the server's own tools or with an archive export "
                         "(maillage export)."),
                     {}};
    if (QFileInfo::exists(target))
        return Error{Error::Kind::Io,
                     QCoreApplication::translate("maillage::backup", "The backup file %1 already exists.").arg(target),
                     {}};
    const QFileInfo info(target);
    if (!QDir().mkpath(info.absolutePath()))
        return failure(
            target,
            QCoreApplication::translate("maillage::backup", "cannot create the folder %1").arg(info.absolutePath()));
    QFile::setPermissions(info.absolutePath(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    BackupInfo backup;
    backup.path = info.absoluteFilePath();
    backup.takenAt = takenAt.isValid() ? takenAt : QDateTime::currentDateTime();
    backup.schemaVersion = db.schemaVersion();
    auto counts = rowCounts(db);
    if (!counts.ok())
        return failure(target, counts.error().fullText());
    backup.rowCounts = counts.value();

    const QString temporary = backup.path + QStringLiteral(".part");
    QFile::remove(temporary);
    if (Status status = db.backupTo(temporary); !status.ok()) {
        QFile::remove(temporary);
        return failure(target, status.error().fullText());
    }
    if (!flushToDisk(temporary)) {
        QFile::remove(temporary);
        return failure(target,
                       QCoreApplication::translate("maillage::backup", "the copy could not be flushed to disk"));
    }
    if (const QString problem = quickCheck(temporary); !problem.isEmpty()) {
        QFile::remove(temporary);
        return failure(
            target,
            QCoreApplication::translate("maillage::backup", "the copy does not pass its check: %1").arg(problem));
    }

    QJsonArray tables;
    for (const auto& [table, count] : backup.rowCounts)
        tables.append(QJsonObject{{QStringLiteral("table"), table}, {QStringLiteral("rows"), count}});
    const QJsonObject manifest{{QStringLiteral("format"), QStringLiteral("maillage-backup")},
                               {QStringLiteral("takenAt"), backup.takenAt.toString(Qt::ISODate)},
                               {QStringLiteral("schemaVersion"), backup.schemaVersion},
                               {QStringLiteral("source"), db.filePath()},
                               {QStringLiteral("rowCounts"), tables}};
    QSaveFile manifestFile(manifestPath(backup.path));
    if (!manifestFile.open(QIODevice::WriteOnly) ||
        manifestFile.write(QJsonDocument(manifest).toJson(QJsonDocument::Indented)) < 0 || !manifestFile.commit()) {
        QFile::remove(temporary);
        return failure(target, manifestFile.errorString());
    }
    if (!QFile::rename(temporary, backup.path)) {
        QFile::remove(temporary);
        QFile::remove(manifestPath(backup.path));
        return failure(target,
                       QCoreApplication::translate("maillage::backup", "the verified copy could not be renamed"));
    }
    QFile::setPermissions(backup.path, QFile::ReadOwner | QFile::WriteOwner);
    QFile::setPermissions(manifestPath(backup.path), QFile::ReadOwner | QFile::WriteOwner);
    return backup;
}

std::vector<BackupInfo> list(const QString& folder)
{
    std::vector<BackupInfo> result;
    const QDir dir(folder);
    for (const QString& name : dir.entryList({QStringLiteral("*.sqlite")}, QDir::Files)) {
        BackupInfo info;
        info.path = dir.filePath(name);
        QFile manifest(manifestPath(info.path));
        if (!manifest.open(QIODevice::ReadOnly))
            continue; // not one of ours, or unfinished
        const QJsonObject object = QJsonDocument::fromJson(manifest.readAll()).object();
        if (object.value(QStringLiteral("format")).toString() != QLatin1String("maillage-backup"))
            continue;
        info.takenAt = QDateTime::fromString(object.value(QStringLiteral("takenAt")).toString(), Qt::ISODate);
        info.schemaVersion = object.value(QStringLiteral("schemaVersion")).toInt();
        for (const QJsonValue& row : object.value(QStringLiteral("rowCounts")).toArray())
            info.rowCounts.emplace_back(row[QStringLiteral("table")].toString(),
                                        row[QStringLiteral("rows")].toInteger());
        if (info.takenAt.isValid())
            result.push_back(info);
    }
    std::sort(result.begin(), result.end(),
              [](const BackupInfo& a, const BackupInfo& b) { return a.takenAt > b.takenAt; });
    return result;
}

std::vector<QString> toThin(const std::vector<BackupInfo>& backups, const QDate& today, const RetentionPolicy& policy)
{
    std::vector<BackupInfo> newestFirst = backups;
    std::sort(newestFirst.begin(), newestFirst.end(),
              [](const BackupInfo& a, const BackupInfo& b) { return a.takenAt > b.takenAt; });
    std::set<QString> keep;
    std::set<qint64> days, weeks, months;
    for (const BackupInfo& b : newestFirst) {
        const QDate day = b.takenAt.date();
        int weekYear = 0;
        const int week = day.weekNumber(&weekYear);
        const qint64 dayKey = day.toJulianDay();
        const qint64 weekKey = qint64(weekYear) * 100 + week;
        const qint64 monthKey = qint64(day.year()) * 100 + day.month();
        // The newest backup of a period stands for it while the period is within the limit.
        if (today.toJulianDay() - dayKey < policy.daily && days.insert(dayKey).second)
            keep.insert(b.path);
        if (day.daysTo(today) < policy.weekly * 7 && weeks.insert(weekKey).second)
            keep.insert(b.path);
        const int monthsBack = (today.year() - day.year()) * 12 + today.month() - day.month();
        if (monthsBack < policy.monthly && months.insert(monthKey).second)
            keep.insert(b.path);
    }
    std::vector<QString> remove;
    for (const BackupInfo& b : newestFirst)
        if (!keep.count(b.path))
            remove.push_back(b.path);
    return remove;
}

Status thin(const QString& folder, const QDate& today, const RetentionPolicy& policy)
{
    for (const QString& path : toThin(list(folder), today, policy)) {
        if (!QFile::remove(path))
            return Error{
                Error::Kind::Io,
                QCoreApplication::translate("maillage::backup", "The old backup %1 could not be deleted.").arg(path),
                {}};
        QFile::remove(manifestPath(path));
    }
    return {};
}

Result<BackupInfo> ensureRecent(Database& db, const QDateTime& now, const RetentionPolicy& policy,
                                const QString& chosenFolder)
{
    if (db.engine() != Engine::Sqlite)
        return BackupInfo{};
    const QString folder = chosenFolder.isEmpty() ? defaultFolder(db.filePath()) : chosenFolder;
    const std::vector<BackupInfo> existing = list(folder);
    if (!existing.empty() && existing.front().takenAt.secsTo(now) < 24 * 3600)
        return BackupInfo{};
    auto created = create(db, QDir(folder).filePath(fileNameFor(now)), now);
    if (!created.ok())
        return created.error();
    if (Status status = thin(folder, now.date(), policy); !status.ok())
        return status.error();
    return created;
}

} // namespace maillage::backup
