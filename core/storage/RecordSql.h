// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/Record.h"
#include "core/util/Result.h"

#include <QString>
#include <QStringList>

namespace maillage {

class Database;
class SqlQuery;

/// The bookkeeping every repository shares: identity, timestamps and optimistic locking.
namespace records {

/// Fills id, created_at, updated_at and version of a record that was just inserted.
void stampInserted(Record& record, qint64 id, const QString& now);
/// Reads id, created_at, updated_at and version from the current row of a SELECT.
void readRecord(const SqlQuery& query, Record& record);
/// After "UPDATE … SET …, version = version + 1 WHERE id = :id AND version = :version":
/// no row touched means someone else changed (Conflict) or deleted (NotFound) the record.
Status checkUpdated(const Database& db, const QString& table, Record& record, int rowsAffected, const QString& now);
/// The validation messages of a value as one Invalid error, one message per line.
Error invalid(const QStringList& problems);
/// Runs an INSERT … RETURNING id and gives the new id.
Result<qint64> insertReturningId(SqlQuery& query, const QString& what);
/// Deletes one row by id; NotFound when it does not exist, Constraint when others refer to it.
Status deleteById(const Database& db, const QString& table, qint64 id, const QString& what);

} // namespace records
} // namespace maillage
