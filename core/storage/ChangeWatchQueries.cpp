// SPDX-License-Identifier: EUPL-1.2
#include "core/storage/ChangeWatchQueries.h"

#include "core/storage/Database.h"
#include "core/storage/SqlQuery.h"

#include <QCoreApplication>

namespace maillage::changewatch {

namespace {

QString what()
{
    return QCoreApplication::translate("maillage::changewatch", "look for changes made elsewhere");
}

} // namespace

Result<qint64> latestJournalId(Database& db)
{
    if (db.schemaVersion() < 6)
        return qint64(0);
    SqlQuery query(db, QStringLiteral("SELECT MAX(id) FROM change_journal"));
    if (Status status = query.exec(what()); !status.ok())
        return status.error();
    return query.next() ? query.value(0).toLongLong() : qint64(0);
}

Result<qint64> dataVersion(Database& db)
{
    if (db.engine() != Engine::Sqlite)
        return qint64(-1);
    SqlQuery query(db, QStringLiteral("PRAGMA data_version"));
    if (Status status = query.exec(what()); !status.ok())
        return status.error();
    return query.next() ? query.value(0).toLongLong() : qint64(-1);
}

Result<QStringList> tablesChangedAfter(Database& db, qint64 afterId, const QString& exceptUser)
{
    if (db.schemaVersion() < 6)
        return QStringList();
    SqlQuery query(db, QStringLiteral("SELECT DISTINCT entity FROM change_journal WHERE id > :after%1 ORDER BY entity")
                           .arg(exceptUser.isEmpty() ? QString() : QStringLiteral(" AND user_name <> :user")));
    query.bind(QStringLiteral(":after"), afterId);
    if (!exceptUser.isEmpty())
        query.bind(QStringLiteral(":user"), exceptUser);
    if (Status status = query.exec(what()); !status.ok())
        return status.error();
    QStringList tables;
    while (query.next())
        tables << query.value(0).toString();
    return tables;
}

Result<QString> ownJournalName(Database& db)
{
    if (db.engine() != Engine::Postgres)
        return QString();
    SqlQuery query(db, QStringLiteral("SELECT coalesce(current_setting('maillage.user', true), '') AS personal, "
                                      "current_user::text AS role, "
                                      "(SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() "
                                      "AND usename = current_user AND pid <> pg_backend_pid()) AS others"));
    if (Status status = query.exec(what()); !status.ok())
        return status.error();
    if (!query.next())
        return QString();
    if (const QString personal = query.text(QStringLiteral("personal")); !personal.isEmpty())
        return personal;
    return query.integer(QStringLiteral("others")) == 0 ? query.text(QStringLiteral("role")) : QString();
}

} // namespace maillage::changewatch
