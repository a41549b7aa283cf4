// SPDX-License-Identifier: EUPL-1.2
#include "tests/storage/ActivityFixtures.h"

#include "core/storage/Database.h"
#include "core/storage/SearchIndex.h"
#include "core/storage/SqlQuery.h"
#include "tests/support/Catch.h"

#include <QSqlError>
#include <QSqlQuery>

namespace maillage::test::fixtures {

namespace {

qint64 insert(Database& db, const QString& statement, const QVariantMap& values)
{
    SqlQuery query(db, statement);
    for (auto it = values.begin(); it != values.end(); ++it)
        if (it.value().typeId() == QMetaType::QString)
            query.bind(u':' + it.key(), it.value().toString()); // "" rather than NULL
        else
            query.bind(u':' + it.key(), it.value());
    const QString now = sql::nowStamp();
    query.bind(QStringLiteral(":now"), now);
    const Status status = query.exec(QStringLiteral("insert a fixture"));
    INFO(status.error().fullText().toStdString());
    REQUIRE(status.ok());
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

} // namespace

qint64 insertCouncil(Database& db, const QString& name)
{
    return insert(db,
                  QStringLiteral("INSERT INTO council (name, created_at, updated_at) VALUES (:name, :now, :now) "
                                 "RETURNING id"),
                  {{QStringLiteral("name"), name}});
}

qint64 insertInstance(Database& db, qint64 councilId, const QString& name, const QString& kind)
{
    return insert(
        db,
        QStringLiteral("INSERT INTO instance (council_id, kind, name, created_at, updated_at) "
                       "VALUES (:council, :kind, :name, :now, :now) RETURNING id"),
        {{QStringLiteral("council"), councilId}, {QStringLiteral("kind"), kind}, {QStringLiteral("name"), name}});
}

qint64 insertContact(Database& db, const QString& lastName, const QString& firstName, const QString& jobTitle)
{
    const qint64 id = insert(
        db,
        QStringLiteral("INSERT INTO contact (first_name, last_name, job_title, created_at, updated_at) "
                       "VALUES (:first, :last, :job, :now, :now) RETURNING id"),
        {{QStringLiteral("first"), firstName}, {QStringLiteral("last"), lastName}, {QStringLiteral("job"), jobTitle}});
    // Raw rows bypass the repositories: index them as a repository would.
    REQUIRE(SearchIndex(db).refresh(SearchKind::Contact, id).ok());
    return id;
}

qint64 insertOrganisation(Database& db, const QString& name, const QString& acronym, const QString& commune)
{
    const qint64 id = insert(
        db,
        QStringLiteral("INSERT INTO organisation (name, acronym, commune, created_at, updated_at) "
                       "VALUES (:name, :acronym, :commune, :now, :now) RETURNING id"),
        {{QStringLiteral("name"), name}, {QStringLiteral("acronym"), acronym}, {QStringLiteral("commune"), commune}});
    // Raw rows bypass the repositories: index them as a repository would.
    REQUIRE(SearchIndex(db).refresh(SearchKind::Organisation, id).ok());
    return id;
}

qint64 insertPlan(Database& db, qint64 councilId, const QString& title)
{
    return insert(db,
                  QStringLiteral("INSERT INTO action_plan (council_id, title, first_year, last_year, created_at, "
                                 "updated_at) VALUES (:council, :title, 2025, 2029, :now, :now) RETURNING id"),
                  {{QStringLiteral("council"), councilId}, {QStringLiteral("title"), title}});
}

qint64 insertAxis(Database& db, qint64 planId, const QString& title, int position)
{
    return insert(
        db,
        QStringLiteral("INSERT INTO axis (plan_id, position, title, created_at, updated_at) "
                       "VALUES (:plan, :position, :title, :now, :now) RETURNING id"),
        {{QStringLiteral("plan"), planId}, {QStringLiteral("position"), position}, {QStringLiteral("title"), title}});
}

qint64 insertSheet(Database& db, qint64 axisId, const QString& code, const QString& title)
{
    const qint64 id = insert(db,
                  QStringLiteral("INSERT INTO action_sheet (axis_id, code, title, created_at, updated_at) "
                                 "VALUES (:axis, :code, :title, :now, :now) RETURNING id"),
                  {{QStringLiteral("axis"), axisId}, {QStringLiteral("code"), code}, {QStringLiteral("title"), title}});
    // Raw rows bypass the repositories: index them as a repository would.
    REQUIRE(SearchIndex(db).refresh(SearchKind::ActionSheet, id).ok());
    return id;
}

int countRows(Database& db, const QString& table, const QString& where)
{
    return scalar(db, QStringLiteral("SELECT COUNT(*) FROM ") + table +
                          (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where))
        .toInt();
}

QVariant scalar(Database& db, const QString& statement)
{
    QSqlQuery query(db.connection());
    INFO(statement.toStdString());
    REQUIRE(query.exec(statement));
    REQUIRE(query.next());
    return query.value(0);
}

void exec(Database& db, const QString& statement)
{
    QSqlQuery query(db.connection());
    const bool ok = query.exec(statement);
    INFO(statement.toStdString() << ": " << query.lastError().text().toStdString());
    REQUIRE(ok);
}

} // namespace maillage::test::fixtures
