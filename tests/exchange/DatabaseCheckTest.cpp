// SPDX-License-Identifier: EUPL-1.2
#include "core/storage/DatabaseCheck.h"
#include "tests/exchange/ArchiveFixture.h"
#include "tests/support/Catch.h"
#include "tests/support/TestDatabase.h"

#include <QSqlQuery>

using namespace maillage;

TEST_CASE("A healthy database passes the check", "[exchange][db]")
{
    test::TestDatabase fx;
    test::populate(fx.db());
    auto report = checkDatabase(fx.db());
    REQUIRE(report.ok());
    CHECK(report->healthy());
    CHECK(report->integrityProblems.isEmpty());
    CHECK(report->referenceProblems.isEmpty());
    CHECK(report->schemaVersion == Database::latestSchemaVersion());
    qint64 total = 0;
    for (const auto& entry : report->rowCounts)
        total += entry.second;
    CHECK(total == test::totalRows(fx.db()));
}

TEST_CASE("The check finds a record referring to one that does not exist", "[exchange][db]")
{
    test::TestDatabase fx;
    Database& db = fx.db();
    test::populate(db);
    if (db.engine() == Engine::Sqlite) {
        test::execSql(db, QStringLiteral("PRAGMA foreign_keys = OFF"));
    } else {
        // Needs a superuser; the tests' own server gives one.
        QSqlQuery query(db.connection());
        if (!query.exec(QStringLiteral("SET session_replication_role = replica"))) {
            WARN("cannot disable foreign keys on this PostgreSQL server: not checked");
            return;
        }
    }
    test::execSql(db, QStringLiteral("UPDATE meeting SET instance_id = 99 WHERE id = 3"));
    test::execSql(db, db.engine() == Engine::Sqlite ? QStringLiteral("PRAGMA foreign_keys = ON")
                                                    : QStringLiteral("SET session_replication_role = DEFAULT"));
    auto report = checkDatabase(db);
    REQUIRE(report.ok());
    CHECK_FALSE(report->healthy());
    REQUIRE(report->referenceProblems.size() == 1);
    CHECK(report->referenceProblems.front()
          == QLatin1String("meeting 3: instance_id refers to instance 99, which does not exist"));
}

TEST_CASE("The check reports an out-of-date schema", "[exchange][db]")
{
    test::TestDatabase fx(3);
    auto report = checkDatabase(fx.db());
    REQUIRE(report.ok());
    CHECK(report->schemaVersion == 3);
    CHECK_FALSE(report->healthy());
}
