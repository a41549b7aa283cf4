// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>

class QSqlDriver;
class QSqlError;

namespace maillage {

/// The storage problem behind a driver error, in plain translated words ("the disk is full"),
/// or empty when the error is not about the disk, the file or a lock (constraints, syntax…).
QString storageProblem(const QSqlError& error, const QSqlDriver* driver);
/// Whether another writer got in the way (SQLite busy or locked; PostgreSQL serialization failure,
/// deadlock or lock not available): the whole unit may be tried again (retryOnBusy).
bool isTransient(const QSqlError& error, const QSqlDriver* driver);
/// Whether the error says the database file itself is damaged (SQLite corrupt or not a database).
bool isDamage(const QSqlError& error, const QSqlDriver* driver);

} // namespace maillage
