// SPDX-License-Identifier: EUPL-1.2
#include "core/storage/OpenMarker.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <unistd.h>

namespace maillage {

namespace {

bool processAlive(qint64 pid)
{
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
}

} // namespace

QString OpenMarker::markerPath(const QString& databaseFile)
{
    return databaseFile + QStringLiteral(".open");
}

OpenMarker::OpenMarker(const QString& databaseFile) : m_path(markerPath(databaseFile))
{
    const qint64 self = QCoreApplication::applicationPid();
    QFile existing(m_path);
    if (existing.open(QIODevice::ReadOnly)) {
        const qint64 writer = existing.readAll().trimmed().toLongLong();
        existing.close();
        if (writer != self && processAlive(writer))
            return; // another Maillage has the file open: its marker, not ours
        m_unclean = true;
    }
    QSaveFile marker(m_path);
    if (marker.open(QIODevice::WriteOnly) && marker.write(QByteArray::number(self) + '\n') > 0 && marker.commit()) {
        QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner);
        m_owned = true;
    }
}

OpenMarker::~OpenMarker()
{
    if (m_owned)
        QFile::remove(m_path);
}

QStringList quickCheckFile(const QString& databaseFile)
{
    static std::atomic<int> counter{0};
    const QString name = QStringLiteral("maillage-quick-check-%1").arg(++counter);
    QStringList problems;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(databaseFile);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            problems << db.lastError().text();
        } else {
            QSqlQuery query(db);
            if (!query.exec(QStringLiteral("PRAGMA quick_check(20)")))
                problems << query.lastError().text();
            while (query.next())
                if (query.value(0).toString() != QLatin1String("ok"))
                    problems << query.value(0).toString();
            if (query.lastError().isValid() && problems.isEmpty())
                problems << query.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return problems;
}

} // namespace maillage
