// SPDX-License-Identifier: EUPL-1.2
#include "core/storage/RecordSql.h"

#include "core/storage/Database.h"
#include "core/storage/SqlQuery.h"

#include <QCoreApplication>

namespace maillage::records {

void stampInserted(Record& record, qint64 id, const QString& now)
{
    record.id = id;
    record.createdAt = sql::toDateTime(now);
    record.updatedAt = record.createdAt;
    record.version = 1;
}

void readRecord(const SqlQuery& query, Record& record)
{
    record.id = query.id(QStringLiteral("id"));
    record.createdAt = query.dateTime(QStringLiteral("created_at"));
    record.updatedAt = query.dateTime(QStringLiteral("updated_at"));
    record.version = query.integer(QStringLiteral("version"));
}

Status checkUpdated(const Database& db, const QString& table, Record& record, int rowsAffected, const QString& now)
{
    if (rowsAffected > 0) {
        ++record.version;
        record.updatedAt = sql::toDateTime(now);
        return {};
    }
    SqlQuery current(db, QStringLiteral("SELECT version FROM %1 WHERE id = :id").arg(table));
    current.bind(QStringLiteral(":id"), record.id);
    if (Status status = current.exec(QCoreApplication::translate("maillage::records", "check the record"));
        !status.ok())
        return status;
    if (!current.next())
        return Error{Error::Kind::NotFound,
                     QCoreApplication::translate("maillage::records",
                                                 "This record no longer exists: it was deleted in the meantime."),
                     QStringLiteral("%1 #%2").arg(table).arg(record.id)};
    return Error{Error::Kind::Conflict,
                 QCoreApplication::translate(
                     "maillage::records",
                     "This record was changed by someone else since you opened it. Your changes were not saved: "
                     "reload it and apply them again."),
                 QStringLiteral("%1 #%2: version %3 expected, %4 stored")
                     .arg(table)
                     .arg(record.id)
                     .arg(record.version)
                     .arg(current.integer(QStringLiteral("version")))};
}

Error invalid(const QStringList& problems)
{
    return Error{Error::Kind::Invalid, problems.join(u'\n'), {}};
}

Result<qint64> insertReturningId(SqlQuery& query, const QString& what)
{
    if (Status status = query.exec(what); !status.ok())
        return status.error();
    if (!query.next())
        return Error{Error::Kind::Internal,
                     QCoreApplication::translate("maillage::SqlQuery", "Could not %1: internal error.").arg(what),
                     QStringLiteral("INSERT returned no id")};
    const qint64 id = query.value(0).toLongLong();
    // SQLite keeps a RETURNING statement running until it is reset: COMMIT would then fail.
    query.raw().finish();
    return id;
}

Status deleteById(const Database& db, const QString& table, qint64 id, const QString& what)
{
    SqlQuery query(db, QStringLiteral("DELETE FROM %1 WHERE id = :id").arg(table));
    query.bind(QStringLiteral(":id"), id);
    if (Status status = query.exec(what); !status.ok())
        return status;
    if (query.rowsAffected() == 0)
        return Error{Error::Kind::NotFound,
                     QCoreApplication::translate("maillage::records",
                                                 "This record no longer exists: it was deleted in the meantime."),
                     QStringLiteral("%1 #%2").arg(table).arg(id)};
    return {};
}

} // namespace maillage::records
