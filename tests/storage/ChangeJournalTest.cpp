// SPDX-License-Identifier: EUPL-1.2
// The change journal: written by the database for every table, names fields but never values.
#include "core/domain/Organisation.h"
#include "core/storage/ChangeJournal.h"
#include "core/storage/OrganisationRepository.h"
#include "core/storage/SqlQuery.h"
#include "core/storage/TableCatalog.h"
#include "tests/support/Catch.h"
#include "tests/support/TestDatabase.h"

#include <QSqlQuery>

using namespace maillage;

namespace {

qint64 journalRows(Database& db)
{
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(QStringLiteral("SELECT COUNT(*) FROM change_journal")));
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

} // namespace

TEST_CASE("The journal records who inserted, changed and deleted a record, and which fields", "[db][journal]")
{
    test::TestDatabase fx;
    Database& db = fx.db();
    REQUIRE(journal::install(db, QStringLiteral("zoe.coordinatrice")).ok());
    OrganisationRepository organisations(db);
    Organisation org;
    org.name = QStringLiteral("CMP Bellevue");
    org.commune = QStringLiteral("Saint-Étienne");
    REQUIRE(organisations.create(org).ok());
    org.phone = QStringLiteral("04 77 00 00 00");
    org.notes = QStringLiteral("Secret canary 7f3a");
    REQUIRE(organisations.update(org).ok());
    REQUIRE(organisations.remove(org.id).ok());

    auto entries = journal::entriesFor(db, QStringLiteral("organisation"), org.id);
    REQUIRE(entries.ok());
    REQUIRE(entries->size() == 3);
    const auto& inserted = entries->at(0);
    CHECK(inserted.action == QStringLiteral("insert"));
    CHECK(inserted.userName == QStringLiteral("zoe.coordinatrice"));
    CHECK(inserted.changedAt.isValid());
    CHECK(entries->at(1).action == QStringLiteral("update"));
    CHECK(entries->at(1).fields == QStringList{QStringLiteral("notes"), QStringLiteral("phone")});
    CHECK(entries->at(2).action == QStringLiteral("delete"));

    // Field names only: the values (possibly confidential) never reach the journal.
    QSqlQuery leak(db.connection());
    REQUIRE(leak.exec(QStringLiteral("SELECT COUNT(*) FROM change_journal WHERE fields LIKE '%canary%' "
                                     "OR user_name LIKE '%canary%'")));
    REQUIRE(leak.next());
    CHECK(leak.value(0).toInt() == 0);
}

TEST_CASE("An update that changes nothing leaves no entry, and a paused journal records nothing", "[db][journal]")
{
    test::TestDatabase fx;
    Database& db = fx.db();
    OrganisationRepository organisations(db);
    Organisation org;
    org.name = QStringLiteral("GEM L'Envol");
    REQUIRE(organisations.create(org).ok());
    const qint64 before = journalRows(db);
    REQUIRE(organisations.update(org).ok()); // version and updated_at change, nothing else
    CHECK(journalRows(db) == before);
    {
        journal::Pause pause(db);
        Organisation other;
        other.name = QStringLiteral("UNAFAM 42");
        REQUIRE(organisations.create(other).ok());
    }
    CHECK(journalRows(db) == before);
    Organisation third;
    third.name = QStringLiteral("Mairie");
    REQUIRE(organisations.create(third).ok());
    CHECK(journalRows(db) == before + 1);
}

TEST_CASE("Every table of the catalog but the journal's own is journaled", "[db][journal]")
{
    test::TestDatabase fx;
    Database& db = fx.db();
    const QStringList tables = journal::journaledTables();
    CHECK_FALSE(tables.contains(QStringLiteral("change_journal")));
    CHECK(tables.size() == int(TableCatalog::tables().size()) - 3);
    QSqlQuery query(db.connection());
    for (const QString& table : tables) {
        const QString statement =
            db.engine() == Engine::Sqlite
                ? QStringLiteral("SELECT COUNT(*) FROM temp.sqlite_master WHERE type = 'trigger' AND tbl_name = '%1'")
                      .arg(table)
                : QStringLiteral("SELECT COUNT(*) FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                                 "WHERE c.relname = '%1' AND t.tgname = 'journal'")
                      .arg(table);
        REQUIRE(query.exec(statement));
        REQUIRE(query.next());
        INFO(table.toStdString());
        CHECK(query.value(0).toInt() == (db.engine() == Engine::Sqlite ? 3 : 1));
    }
}

TEST_CASE("The journal forgets entries older than twelve months", "[db][journal]")
{
    test::TestDatabase fx;
    Database& db = fx.db();
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(QStringLiteral(
        "INSERT INTO change_journal (changed_at, user_name, entity, entity_id, action, fields, created_at, updated_at) "
        "VALUES ('2024-01-10T08:00:00.000Z', 'a', 'meeting', 1, 'update', 'title', 'x', 'x'), "
        "('2025-06-10T08:00:00.000Z', 'a', 'meeting', 1, 'update', 'place', 'x', 'x')")));
    auto purged = journal::purgeOlderThan(db, 12, QDateTime(QDate(2025, 11, 1), QTime(0, 0), Qt::UTC));
    REQUIRE(purged.ok());
    CHECK(purged.value() == 1);
    auto latest = journal::latest(db, 10);
    REQUIRE(latest.ok());
    REQUIRE(latest->size() == 1);
    CHECK(latest->front().fields == QStringList{QStringLiteral("place")});
}
