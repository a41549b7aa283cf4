// SPDX-License-Identifier: EUPL-1.2
// Two users on one database (two connections to the same SQLite file, or to the PostgreSQL server):
// the second save meets the version check, the comparison says who changed what, the chosen record
// saves over the current version; and each one's watcher notices the other's writes, not its own.
#include "core/storage/ChangeJournal.h"
#include "core/storage/ContactRepository.h"
#include "core/storage/Database.h"
#include "core/sync/ChangeWatcher.h"
#include "core/sync/FieldComparison.h"
#include "tests/support/Catch.h"
#include "tests/support/TestDatabase.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

#include <functional>

using namespace maillage;

namespace {

std::unique_ptr<Database> secondConnection(test::TestDatabase& fx, const QString& user)
{
    auto opened = Database::open(fx.url());
    REQUIRE(opened.ok());
    std::unique_ptr<Database> db = std::move(opened.value());
    REQUIRE(journal::install(*db, user).ok());
    return db;
}

qint64 storedContact(Database& db)
{
    Contact contact;
    contact.firstName = QStringLiteral("Jeanne");
    contact.lastName = QStringLiteral("Martin");
    contact.email = QStringLiteral("jeanne.martin@ville.fr");
    REQUIRE(ContactRepository(db).create(contact).ok());
    return contact.id;
}

// Runs the event loop until done() or the time is up.
bool waitFor(const std::function<bool()>& done, int milliseconds)
{
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < milliseconds) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(10);
    }
    return done();
}

} // namespace

TEST_CASE("The second save of a record meets the version check and the chosen merge saves", "[db][sync]")
{
    test::TestDatabase fx;
    REQUIRE(journal::install(fx.db(), QStringLiteral("alice")).ok());
    auto other = secondConnection(fx, QStringLiteral("bruno"));
    const qint64 id = storedContact(fx.db());

    auto base = ContactRepository(fx.db()).get(id);
    REQUIRE(base.ok());
    auto theirsOpened = ContactRepository(*other).get(id);
    REQUIRE(theirsOpened.ok());

    Contact theirs = theirsOpened.value();
    theirs.email = QStringLiteral("jeanne@mairie.fr");
    theirs.phone = QStringLiteral("03 20 00 00 00");
    REQUIRE(ContactRepository(*other).update(theirs).ok());

    Contact mine = base.value();
    mine.email = QStringLiteral("j.martin@ville.fr");
    mine.jobTitle = QStringLiteral("Adjointe à la santé");
    const Status refused = ContactRepository(fx.db()).update(mine);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == Error::Kind::Conflict);
    auto stored = ContactRepository(fx.db()).get(id);
    REQUIRE(stored.ok());
    CHECK(stored->email == theirs.email); // nothing overwritten

    sync::Comparison comparison = sync::compare(base.value(), mine, stored.value());
    sync::attribute(fx.db(), comparison);
    CHECK(comparison.lastChangedBy == QStringLiteral("bruno"));
    REQUIRE(comparison.differences.size() == 3); // email (both), phone (theirs), job title (mine)
    for (const sync::FieldDifference& difference : comparison.differences) {
        if (difference.changedByThem) {
            CHECK(difference.changedBy == QStringLiteral("bruno"));
            CHECK(difference.changedAt.isValid());
        } else {
            CHECK(difference.changedBy.isEmpty());
        }
    }

    sync::Choices choices = sync::proposedChoices(comparison);
    choices[QStringLiteral("email")] = sync::Side::Theirs;
    Contact merged = sync::apply(mine, stored.value(), choices);
    REQUIRE(ContactRepository(fx.db()).update(merged).ok());
    auto final = ContactRepository(*other).get(id);
    REQUIRE(final.ok());
    CHECK(final->email == QStringLiteral("jeanne@mairie.fr"));
    CHECK(final->phone == QStringLiteral("03 20 00 00 00"));
    CHECK(final->jobTitle == QStringLiteral("Adjointe à la santé"));
    CHECK(final->version == stored->version + 1);
}

TEST_CASE("The watcher notices another connection's writes and not its own", "[db][sync]")
{
    test::TestDatabase fx;
    REQUIRE(journal::install(fx.db(), QStringLiteral("alice")).ok());
    auto other = secondConnection(fx, QStringLiteral("bruno"));
    sync::ChangeWatcher watcher(fx.db());
    QList<QStringList> spy;
    QObject::connect(&watcher, &sync::ChangeWatcher::changedElsewhere, [&](const QStringList& t) { spy << t; });
    watcher.setInterval(50);
    watcher.start();
    CHECK(watcher.isActive());
    CHECK_FALSE(watcher.poll()); // nothing yet

    storedContact(fx.db()); // our own write
    CHECK_FALSE(watcher.poll());
    CHECK(spy.isEmpty());

    storedContact(*other);
    REQUIRE(waitFor([&] { return !spy.isEmpty(); }, 3000)); // the timer looks by itself
    REQUIRE(spy.size() == 1);
    CHECK(spy.front() == QStringList{QStringLiteral("contact")});
    CHECK_FALSE(watcher.poll()); // seen once

    watcher.stop();
    storedContact(*other);
    CHECK_FALSE(waitFor([&] { return spy.size() > 1; }, 300));
    CHECK(watcher.poll()); // a manual look still sees it
    CHECK(spy.size() == 2);
}

TEST_CASE("Own writes are told apart on SQLite always, on PostgreSQL only by a name of one's own", "[db][sync]")
{
    test::TestDatabase fx;
    REQUIRE(journal::install(fx.db()).ok()); // no personal name: the system user, or the role
    auto other = secondConnection(fx, QString()); // the same role on PostgreSQL
    sync::ChangeWatcher watcher(fx.db());
    watcher.start();
    storedContact(fx.db());
    // SQLite knows which connection committed; PostgreSQL cannot tell two sessions of one role apart,
    // so it rather shows its own change again than miss someone else's.
    CHECK(watcher.poll() == test::TestDatabase::usingPostgres());
    REQUIRE(journal::install(fx.db(), QStringLiteral("alice")).ok());
    storedContact(fx.db());
    CHECK_FALSE(watcher.poll());
    storedContact(*other);
    CHECK(watcher.poll());
}
