// SPDX-License-Identifier: EUPL-1.2
// The cellule's register: purge after the retention period with a fixed date, its log, and small counts hidden.
#include "core/situations/SituationPurge.h"
#include "core/situations/SituationStatistics.h"
#include "core/storage/CouncilRepository.h"
#include "core/storage/SituationRepository.h"
#include "core/storage/SqlQuery.h"
#include "tests/support/Catch.h"
#include "tests/support/TestDatabase.h"

using namespace maillage;

namespace {

qint64 makeCouncil(Database& db)
{
    Council council;
    council.name = QStringLiteral("CLSM de Bellerive");
    council.shortName = QStringLiteral("CLSM Bellerive");
    council.createdOn = QDate(2018, 1, 1);
    council.situationsEnabled = true;
    REQUIRE(CouncilRepository(db).create(council).ok());
    return council.id;
}

Situation situation(qint64 councilId, int number, const QDate& opened, const QDate& lastContact)
{
    Situation s;
    s.councilId = councilId;
    s.pseudonym = Situation::makePseudonym(opened.year(), number);
    s.openedOn = opened;
    s.lastContactOn = lastContact;
    s.reviewDates = {opened.addDays(10)};
    return s;
}

int situationCount(Database& db)
{
    SqlQuery query(db, QStringLiteral("SELECT COUNT(*) AS n FROM situation"));
    REQUIRE(query.exec(QStringLiteral("count")).ok());
    REQUIRE(query.next());
    return query.integer(QStringLiteral("n"));
}

} // namespace

TEST_CASE("Situations are purged two years after the last contact, and the purge is logged", "[db][situations]")
{
    test::TestDatabase fx;
    Database& db = fx.db();
    const qint64 council = makeCouncil(db);
    SituationRepository repository(db);
    Situation old = situation(council, 1, QDate(2023, 11, 2), QDate(2024, 3, 1));
    Situation recent = situation(council, 2, QDate(2024, 1, 15), QDate(2024, 7, 1));
    Situation noContact = situation(council, 1, QDate(2025, 1, 10), QDate());
    for (Situation* s : {&old, &recent, &noContact})
        REQUIRE(repository.create(*s).ok());

    const QDate today(2026, 6, 15);
    REQUIRE(repository.retentionYears(council).value() == 2);
    auto first = SituationPurge::run(db, council, today);
    REQUIRE(first.ok());
    CHECK(first->purged == 1); // last contact 2024-03-01 is before 2024-06-15
    CHECK(first->rule.contains(QStringLiteral("2024-06-15")));
    CHECK(situationCount(db) == 2);
    CHECK_FALSE(repository.get(old.id).ok());
    auto log = repository.purgeLog(council);
    REQUIRE(log.ok());
    REQUIRE(log->size() == 1);
    CHECK(log->front().count == 1);
    CHECK(log->front().purgedOn == today);
    CHECK(log->front().rule == first->rule);

    SECTION("a run that deletes nothing is logged only on demand")
    {
        REQUIRE(SituationPurge::run(db, council, today).value().purged == 0);
        CHECK(repository.purgeLog(council)->size() == 1);
        REQUIRE(SituationPurge::run(db, council, today, true).value().purged == 0);
        CHECK(repository.purgeLog(council)->size() == 2);
    }
    SECTION("the retention period comes from the council's settings")
    {
        REQUIRE(repository.setRetentionYears(council, 1).ok());
        CHECK(repository.retentionYears(council).value() == 1);
        CHECK_FALSE(repository.setRetentionYears(council, 0).ok());
        // One year: everything whose last contact (or opening) is before 2025-06-15 goes.
        auto second = SituationPurge::runAll(db, today);
        REQUIRE(second.ok());
        CHECK(second.value() == 2);
        CHECK(situationCount(db) == 0);
        SqlQuery reviews(db, QStringLiteral("SELECT COUNT(*) AS n FROM situation_review"));
        REQUIRE(reviews.exec(QStringLiteral("count")).ok());
        REQUIRE(reviews.next());
        CHECK(reviews.integer(QStringLiteral("n")) == 0);
    }
    SECTION("a year later the second one goes too")
    {
        auto later = SituationPurge::run(db, council, QDate(2026, 7, 2));
        REQUIRE(later.ok());
        CHECK(later->purged == 1);
        CHECK(repository.get(noContact.id).ok());
    }
}

TEST_CASE("Quarterly statistics of the cellule hide counts under five", "[situations]")
{
    std::vector<Situation> situations;
    for (int i = 0; i < 6; ++i) {
        Situation s = situation(1, i + 1, QDate(2026, 2, 1 + i), QDate());
        s.categories = {QStringLiteral("Rupture de soins")};
        s.referralSector = QStringLiteral("CCAS");
        situations.push_back(s);
    }
    for (int i = 0; i < 2; ++i) {
        Situation s = situation(1, 7 + i, QDate(2026, 5, 3), QDate());
        s.categories = {QStringLiteral("Isolement social")};
        s.closedOn = QDate(2026, 8, 1);
        situations.push_back(s);
    }
    situations.push_back(situation(1, 1, QDate(2025, 12, 1), QDate())); // another year
    const SituationStatistics stats = SituationStatistics::compute(situations, 2026);
    CHECK(stats.opened == std::array<int, 4>{6, 2, 0, 0});
    CHECK(stats.closed == std::array<int, 4>{0, 0, 2, 0});
    CHECK(stats.byCategory.value(QStringLiteral("Rupture de soins"))[0] == 6);
    CHECK(SituationStatistics::shown(stats.opened[0]) == QStringLiteral("6"));
    CHECK(SituationStatistics::shown(stats.opened[1]) == QStringLiteral("< 5"));
    CHECK(SituationStatistics::shown(stats.opened[2]) == QStringLiteral("0"));
    CHECK(SituationStatistics::shown(4) == QStringLiteral("< 5"));
    CHECK(SituationStatistics::shown(5) == QStringLiteral("5"));
}
