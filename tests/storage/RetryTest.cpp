// SPDX-License-Identifier: EUPL-1.2
// Two clients writing the same rows at once: a deadlock or busy database is retried, nothing is lost.
#include "core/storage/Database.h"
#include "core/storage/Retry.h"
#include "core/storage/SqlQuery.h"
#include "core/storage/Transaction.h"
#include "tests/support/Catch.h"
#include "tests/support/TestDatabase.h"

#include <QSqlQuery>
#include <QThread>

#include <atomic>
#include <thread>

using namespace maillage;

namespace {

Status bump(Database& db, qint64 id)
{
    SqlQuery update(db, QStringLiteral("UPDATE sector SET position = position + 1 WHERE id = :id"));
    update.bind(QStringLiteral(":id"), id);
    return update.exec(QStringLiteral("bump"));
}

// One unit touching both rows, in the given order, slowly enough for the other client to interleave.
Status crossedUnit(Database& db, qint64 first, qint64 second)
{
    Transaction tx(db);
    if (!tx.ok())
        return tx.error();
    if (Status status = bump(db, first); !status.ok())
        return status;
    QThread::msleep(150);
    if (Status status = bump(db, second); !status.ok())
        return status;
    return tx.commit();
}

} // namespace

TEST_CASE("retryOnBusy runs a unit again only for Busy errors", "[db][retry]")
{
    test::TestDatabase fx;
    int calls = 0;
    Status status = retryOnBusy(fx.db(), [&] {
        return ++calls < 3 ? Status(Error{Error::Kind::Busy, QStringLiteral("busy"), {}}) : Status();
    });
    CHECK(status.ok());
    CHECK(calls == 3);
    calls = 0;
    status = retryOnBusy(fx.db(), [&] {
        ++calls;
        return Status(Error{Error::Kind::Conflict, QStringLiteral("changed by someone else"), {}});
    });
    CHECK_FALSE(status.ok());
    CHECK(calls == 1); // a version conflict needs the user, not a retry
}

TEST_CASE("Two clients crossing their writes both succeed, no update lost", "[db][retry]")
{
    test::TestDatabase fx;
    // On PostgreSQL the crossed order deadlocks and one unit is retried; SQLite serialises the writers
    // with BEGIN IMMEDIATE. Either way every unit must end committed.
    QSqlQuery seed(fx.db().connection());
    REQUIRE(seed.exec(QStringLiteral("INSERT INTO sector (code, label, position, created_at, updated_at) VALUES "
                                     "('a', 'A', 0, 'x', 'x'), ('b', 'B', 0, 'x', 'x')")));
    REQUIRE(seed.exec(QStringLiteral("SELECT MIN(id), MAX(id) FROM sector")));
    REQUIRE(seed.next());
    const qint64 a = seed.value(0).toLongLong();
    const qint64 b = seed.value(1).toLongLong();
    const QString url = fx.url();
    constexpr int Rounds = 3;
    std::atomic<int> failures{0};
    auto client = [&](bool forward) {
        auto db = Database::open(url);
        if (!db.ok()) {
            ++failures;
            return;
        }
        for (int round = 0; round < Rounds; ++round) {
            Status status = retryOnBusy(*db.value(), [&] {
                return forward ? crossedUnit(*db.value(), a, b) : crossedUnit(*db.value(), b, a);
            }, 8);
            if (!status.ok())
                ++failures;
        }
    };
    std::thread first(client, true);
    std::thread second(client, false);
    first.join();
    second.join();
    CHECK(failures == 0);
    REQUIRE(seed.exec(QStringLiteral("SELECT SUM(position) FROM sector")));
    REQUIRE(seed.next());
    CHECK(seed.value(0).toInt() == 2 * 2 * Rounds); // every committed bump is there
}
