// SPDX-License-Identifier: EUPL-1.2
#include "core/storage/Database.h"
#include "core/storage/Migrations.h"
#include "core/storage/Transaction.h"
#include "core/storage/SqlQuery.h"
#include "tests/support/TestDatabase.h"

#include "tests/support/Catch.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace maillage;

namespace {

QString pragma(Database& db, const QString& name)
{
    QSqlQuery query(db.connection());
    query.exec(QStringLiteral("PRAGMA ") + name);
    query.next();
    return query.value(0).toString();
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return file.readAll();
}

} // namespace

TEST_CASE("A new SQLite database is created with Maillage's settings", "[db]")
{
    if (test::TestDatabase::usingPostgres())
        SUCCEED("SQLite-only");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/folder/new.sqlite"));
    auto opened = Database::open(path);
    REQUIRE(opened.ok());
    Database& db = *opened.value();
    CHECK(db.schemaVersion() == Database::latestSchemaVersion());
    CHECK(pragma(db, QStringLiteral("foreign_keys")) == QLatin1String("1"));
    CHECK(pragma(db, QStringLiteral("journal_mode")) == QLatin1String("wal"));
    CHECK(pragma(db, QStringLiteral("synchronous")) == QLatin1String("2")); // FULL
    CHECK(pragma(db, QStringLiteral("secure_delete")) == QLatin1String("1"));
    CHECK(pragma(db, QStringLiteral("application_id")).toInt() == Database::ApplicationId);
    CHECK(pragma(db, QStringLiteral("user_version")).toInt() == Database::latestSchemaVersion());
    CHECK((QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther)) == 0);
}

TEST_CASE("Files that are not Maillage databases are refused and left untouched", "[db]")
{
    QTemporaryDir dir;
    SECTION("text file")
    {
        const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        const QByteArray before = fileBytes(path);
        auto opened = Database::open(path);
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().kind == Error::Kind::Unsupported);
        CHECK(opened.error().message.contains(QLatin1String("not a Maillage database")));
        CHECK(fileBytes(path) == before);
    }
    SECTION("truncated database")
    {
        const QString path = dir.filePath(QStringLiteral("cut.sqlite"));
        {
            auto opened = Database::open(path);
            REQUIRE(opened.ok());
        }
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadWrite));
        const QByteArray head = file.read(300);
        file.resize(0);
        file.write(head);
        file.close();
        const QByteArray before = fileBytes(path);
        auto opened = Database::open(path);
        REQUIRE_FALSE(opened.ok());
        CHECK(fileBytes(path) == before);
    }
    SECTION("another program's SQLite file")
    {
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            other.setDatabaseName(path);
            REQUIRE(other.open());
            QSqlQuery(other).exec(QStringLiteral("CREATE TABLE t (x INTEGER)"));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        const QByteArray before = fileBytes(path);
        auto opened = Database::open(path);
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().message.contains(QLatin1String("another program")));
        CHECK(fileBytes(path) == before);
    }
    SECTION("missing file without creation")
    {
        auto opened = Database::open(dir.filePath(QStringLiteral("none.sqlite")), OpenOptions{false, true});
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().kind == Error::Kind::NotFound);
        CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("none.sqlite"))));
    }
}

TEST_CASE("A database from a newer Maillage is refused, never downgraded", "[db][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.sqlite"));
    {
        auto opened = Database::open(path);
        REQUIRE(opened.ok());
        QSqlQuery(opened.value()->connection()).exec(QStringLiteral("PRAGMA user_version = 999"));
    }
    auto opened = Database::open(path);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().kind == Error::Kind::Unsupported);
    CHECK(opened.error().message.contains(QLatin1String("newer version")));
}

TEST_CASE("Migrations apply from every earlier version with a backup first", "[db][migration]")
{
    const int latest = Database::latestSchemaVersion();
    REQUIRE(latest >= 4);
    for (int from = 1; from < latest; ++from) {
        DYNAMIC_SECTION("from schema " << from)
        {
            if (test::TestDatabase::usingPostgres()) {
                test::TestDatabase fixture(from);
                CHECK(fixture->schemaVersion() == from);
                REQUIRE(fixture->migrateTo(latest).ok());
                CHECK(fixture->schemaVersion() == latest);
                continue;
            }
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("old.sqlite"));
            {
                auto opened = Database::open(path, OpenOptions{true, false});
                REQUIRE(opened.ok());
                REQUIRE(opened.value()->migrateTo(from).ok());
                SqlQuery insert(*opened.value(),
                                QStringLiteral("INSERT INTO council (name, created_at, updated_at) VALUES "
                                               "('CLSM de Test', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z')"));
                REQUIRE(insert.exec(QStringLiteral("insert")).ok());
            }
            auto opened = Database::open(path);
            REQUIRE(opened.ok());
            CHECK(opened.value()->schemaVersion() == latest);
            CHECK_FALSE(opened.value()->migrationBackupPath().isEmpty());
            CHECK(QFile::exists(opened.value()->migrationBackupPath()));
            QSqlQuery count(opened.value()->connection());
            count.exec(QStringLiteral("SELECT name FROM council"));
            REQUIRE(count.next());
            CHECK(count.value(0).toString() == QLatin1String("CLSM de Test"));
        }
    }
}

TEST_CASE("A transaction rolls back unless committed, and nests as savepoints", "[db]")
{
    test::TestDatabase fixture;
    Database& db = fixture.db();
    auto countCouncils = [&db] {
        QSqlQuery query(db.connection());
        query.exec(QStringLiteral("SELECT count(*) FROM council"));
        query.next();
        return query.value(0).toInt();
    };
    const QString insert = QStringLiteral(
        "INSERT INTO council (name, created_at, updated_at) VALUES ('X', '2024-01-01', '2024-01-01')");
    {
        Transaction tx(db);
        REQUIRE(tx.ok());
        REQUIRE(SqlQuery(db, insert).exec(QStringLiteral("insert")).ok());
    }
    CHECK(countCouncils() == 0);
    {
        Transaction outer(db);
        REQUIRE(SqlQuery(db, insert).exec(QStringLiteral("insert")).ok());
        {
            Transaction inner(db);
            REQUIRE(inner.ok());
            REQUIRE(SqlQuery(db, insert).exec(QStringLiteral("insert")).ok());
        } // inner rolled back
        REQUIRE(outer.commit().ok());
    }
    CHECK(countCouncils() == 1);
}

TEST_CASE("Migration scripts split into whole statements", "[migration]")
{
    const QStringList parts = migrations::splitStatements(QStringLiteral(
        "-- comment\nCREATE TABLE a (x INTEGER);\nCREATE TRIGGER t AFTER INSERT ON a BEGIN\n  DELETE FROM a;\n  "
        "INSERT INTO a VALUES (1);\nEND;\nCREATE INDEX i ON a(x);\n"));
    REQUIRE(parts.size() == 3);
    CHECK(parts.at(1).startsWith(QLatin1String("CREATE TRIGGER")));
    CHECK(parts.at(1).endsWith(QLatin1String("END")));
}
