// SPDX-License-Identifier: EUPL-1.2
#include "core/storage/SqlErrors.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>

namespace maillage {

QString storageProblem(const QSqlError& error, const QSqlDriver* driver)
{
    const QString code = error.nativeErrorCode();
    if (driver && driver->dbmsType() == QSqlDriver::PostgreSQL) {
        if (code == QLatin1String("53100"))
            return QCoreApplication::translate("maillage::storage", "the server's disk is full");
        if (code.startsWith(QLatin1String("08")))
            return QCoreApplication::translate("maillage::storage", "the connection to the server was lost");
        if (isTransient(error, driver))
            return QCoreApplication::translate("maillage::storage",
                                               "another user was changing the same records at the same moment");
        return {};
    }
    bool numeric = false;
    const int extended = code.toInt(&numeric);
    if (!numeric)
        return {};
    switch (extended & 0xff) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return QCoreApplication::translate("maillage::storage", "the database is busy with another program; try again");
    case 8:                   // SQLITE_READONLY
        if (extended == 1032) // SQLITE_READONLY_DBMOVED
            return QCoreApplication::translate("maillage::storage",
                                               "the database file was moved or deleted while it was open");
        return QCoreApplication::translate("maillage::storage", "the database file is read-only");
    case 10: // SQLITE_IOERR
        return QCoreApplication::translate(
            "maillage::storage",
            "the disk could not be written to (full disk, file size limit, or a drive that was removed)");
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return QCoreApplication::translate("maillage::storage", "the database file is damaged");
    case 13: // SQLITE_FULL
        return QCoreApplication::translate("maillage::storage", "the disk is full");
    case 14: // SQLITE_CANTOPEN
        return QCoreApplication::translate(
            "maillage::storage", "a file beside the database cannot be created (read-only or missing folder)");
    default:
        return {};
    }
}

bool isTransient(const QSqlError& error, const QSqlDriver* driver)
{
    const QString code = error.nativeErrorCode();
    if (driver && driver->dbmsType() == QSqlDriver::PostgreSQL)
        // serialization failure, deadlock, lock not available
        return code == QLatin1String("40001") || code == QLatin1String("40P01") || code == QLatin1String("55P03");
    bool numeric = false;
    const int extended = code.toInt(&numeric);
    return numeric && ((extended & 0xff) == 5 || (extended & 0xff) == 6); // SQLITE_BUSY, SQLITE_LOCKED
}

bool isDamage(const QSqlError& error, const QSqlDriver* driver)
{
    if (driver && driver->dbmsType() == QSqlDriver::PostgreSQL)
        return false; // the server guards its own files
    bool numeric = false;
    const int primary = error.nativeErrorCode().toInt(&numeric) & 0xff;
    return numeric && (primary == 11 || primary == 26); // SQLITE_CORRUPT, SQLITE_NOTADB
}

} // namespace maillage
