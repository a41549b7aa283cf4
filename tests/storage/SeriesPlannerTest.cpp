// SPDX-License-Identifier: EUPL-1.2
#include "core/meetings/SeriesPlanner.h"
#include "core/storage/CouncilRepository.h"
#include "core/storage/InstanceRepository.h"
#include "core/storage/MeetingRepository.h"
#include "core/storage/MeetingSeriesRepository.h"
#include "tests/storage/RepositoryChecks.h"
#include "tests/support/TestDatabase.h"

#include "tests/support/Catch.h"

#include <QSqlQuery>

using namespace maillage;
using maillage::calendar::HolidayPolicy;
using maillage::test::rowCount;

namespace {

calendar::RecurrenceRule rule(const char* text)
{
    auto parsed = calendar::RecurrenceRule::parse(QString::fromLatin1(text));
    REQUIRE(parsed.ok());
    return parsed.value();
}

Instance makeInstance(Database& db)
{
    Council council;
    council.name = QStringLiteral("CLSM de Strasbourg");
    REQUIRE_OK(CouncilRepository(db).create(council));
    Instance instance;
    instance.councilId = council.id;
    instance.kind = InstanceKind::SteeringCommittee;
    instance.name = QStringLiteral("COPIL");
    instance.usualPlace = QStringLiteral("Hôtel de ville, salle 2");
    REQUIRE_OK(InstanceRepository(db).create(instance));
    return instance;
}

QStringList actualDates(const std::vector<PlannedDate>& dates)
{
    QStringList out;
    for (const PlannedDate& date : dates)
        out << (date.skipped ? QStringLiteral("-") : date.actual.toString(Qt::ISODate));
    return out;
}

/// The start dates of the series' meetings, read with plain SQL.
// Six meetings on the 2nd Tuesday of the month from January 2026.
SeriesPlan sixSecondTuesdays(Database& db)
{
    SeriesPlan plan;
    plan.instance = makeInstance(db);
    plan.rule = rule("FREQ=MONTHLY;BYDAY=2TU;COUNT=6");
    plan.start = QDate(2026, 1, 1);
    return plan;
}

QStringList storedDates(Database& db, qint64 seriesId)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT starts_at FROM meeting WHERE series_id = :id ORDER BY starts_at"));
    query.bindValue(QStringLiteral(":id"), seriesId);
    REQUIRE(query.exec());
    QStringList out;
    while (query.next())
        out << query.value(0).toString().left(10);
    return out;
}

} // namespace

TEST_CASE("A monthly series on the 2nd Tuesday except August, 2026-2027", "[db][calendar]")
{
    test::TestDatabase fx;
    SeriesPlan plan;
    plan.instance = makeInstance(fx.db());
    plan.rule = rule("FREQ=MONTHLY;BYMONTH=1,2,3,4,5,6,7,9,10,11,12;BYDAY=2TU;UNTIL=20271231");
    plan.start = QDate(2026, 1, 1);
    plan.time = QTime(9, 30);
    plan.durationMinutes = 90;
    const QStringList expected{"2026-01-13", "2026-02-10", "2026-03-10", "2026-04-14", "2026-05-12", "2026-06-09",
                               "2026-07-15", "2026-09-08", "2026-10-13", "2026-11-10", "2026-12-08", "2027-01-12",
                               "2027-02-09", "2027-03-09", "2027-04-13", "2027-05-11", "2027-06-08", "2027-07-13",
                               "2027-09-14", "2027-10-12", "2027-11-09", "2027-12-14"};
    const auto dates = SeriesPlanner::preview(plan);
    CHECK(actualDates(dates) == expected); // 14 July 2026 is a Tuesday: moved to the 15th
    REQUIRE(dates.size() == 22);
    CHECK(dates[6].moved);
    CHECK(dates[6].planned == QDate(2026, 7, 14));
    CHECK(dates[6].reason == QStringLiteral("Bastille Day"));
    CHECK_FALSE(dates[5].moved);

    auto series = SeriesPlanner(fx.db()).create(plan);
    INFO(series.error().fullText().toStdString());
    REQUIRE(series.ok());
    CHECK(series->occurrenceCount == 22);
    CHECK(series->endsOn == QDate(2027, 12, 14));
    CHECK(storedDates(fx.db(), series->id) == expected);
    auto stored = MeetingSeriesRepository(fx.db()).get(series->id);
    REQUIRE(stored.ok());
    CHECK(stored->rule == plan.rule.toString());
    CHECK(stored->holidayPolicy == QStringLiteral("next_working_day"));

    MeetingFilter filter;
    filter.instanceId = plan.instance.id;
    auto meetings = MeetingRepository(fx.db()).list(filter);
    REQUIRE(meetings.ok());
    REQUIRE(meetings->size() == 22);
    const Meeting& july = meetings->at(6);
    CHECK(july.status == MeetingStatus::Planned);
    CHECK(july.place == QStringLiteral("Hôtel de ville, salle 2"));
    CHECK(july.seriesId == series->id);
    CHECK(july.startsAt == QDateTime(QDate(2026, 7, 15), QTime(9, 30)));
    CHECK(july.endsAt == QDateTime(QDate(2026, 7, 15), QTime(11, 0)));
    CHECK(july.title == SeriesPlanner::meetingTitle(QStringLiteral("COPIL"), QDate(2026, 7, 15)));
    CHECK(SeriesPlanner::meetingTitle(QStringLiteral("COPIL"), QDate(2026, 5, 12), QLocale(QLocale::French))
          == QStringLiteral("COPIL – mai 2026"));
}

TEST_CASE("Ascension 2026 moves or skips the 2nd Thursday of May", "[calendar]")
{
    SeriesPlan plan;
    plan.rule = rule("FREQ=MONTHLY;BYDAY=2TH;COUNT=3");
    plan.start = QDate(2026, 4, 1);
    auto dates = SeriesPlanner::preview(plan);
    CHECK(actualDates(dates) == QStringList{"2026-04-09", "2026-05-15", "2026-06-11"});
    REQUIRE(dates.size() == 3);
    CHECK(dates[1].moved);
    CHECK(dates[1].planned == QDate(2026, 5, 14));
    CHECK(dates[1].reason == QStringLiteral("Ascension Day"));

    plan.policy = HolidayPolicy::Skip;
    dates = SeriesPlanner::preview(plan);
    CHECK(actualDates(dates) == QStringList{"2026-04-09", "-", "2026-06-11"});
    CHECK(dates[1].skipped);
    CHECK(dates[1].reason == QStringLiteral("Ascension Day"));

    plan.policy = HolidayPolicy::Keep;
    CHECK(actualDates(SeriesPlanner::preview(plan)) == QStringList{"2026-04-09", "2026-05-14", "2026-06-11"});
}

TEST_CASE("Good Friday is a holiday only in Alsace-Moselle", "[calendar]")
{
    SeriesPlan plan;
    plan.rule = rule("FREQ=MONTHLY;BYDAY=1FR;COUNT=3");
    plan.start = QDate(2026, 3, 1);
    // 1 May is Labour Day everywhere.
    CHECK(actualDates(SeriesPlanner::preview(plan)) == QStringList{"2026-03-06", "2026-04-03", "2026-05-04"});
    plan.alsaceMoselle = true;
    const auto dates = SeriesPlanner::preview(plan);
    // Good Friday 3 April, then Easter Monday 6 April: the next working day is Tuesday 7 April.
    CHECK(actualDates(dates) == QStringList{"2026-03-06", "2026-04-07", "2026-05-04"});
    REQUIRE(dates.size() == 3);
    CHECK(dates[1].reason == QStringLiteral("Good Friday"));
    CHECK(dates[2].reason == QStringLiteral("Labour Day"));
}

TEST_CASE("Re-planning a series from a date keeps held meetings and replaces future planned ones", "[db]")
{
    test::TestDatabase fx;
    const SeriesPlan plan = sixSecondTuesdays(fx.db());
    SeriesPlanner planner(fx.db());
    auto series = planner.create(plan);
    REQUIRE(series.ok());
    CHECK(storedDates(fx.db(), series->id)
          == QStringList{"2026-01-13", "2026-02-10", "2026-03-10", "2026-04-14", "2026-05-12", "2026-06-09"});

    MeetingRepository meetings(fx.db());
    MeetingFilter filter;
    filter.instanceId = plan.instance.id;
    auto all = meetings.list(filter);
    REQUIRE(all.ok());
    REQUIRE(all->size() == 6);
    Meeting january = all->at(0);
    january.status = MeetingStatus::Held;
    REQUIRE_OK(meetings.update(january));
    Meeting march = all->at(2); // held although after the re-planning date: never touched
    march.status = MeetingStatus::Held;
    REQUIRE_OK(meetings.update(march));
    Meeting april = all->at(3); // planned, but its agenda is being prepared: kept
    april.agenda.push_back(AgendaItem{});
    april.agenda.back().title = QStringLiteral("Bilan de la SISM");
    REQUIRE_OK(meetings.update(april));

    SeriesPlan next = plan;
    next.rule = rule("FREQ=MONTHLY;BYDAY=3WE;UNTIL=20260630");
    next.start = QDate(2026, 2, 1);
    auto replanned = planner.replanFrom(series->id, QDate(2026, 2, 1), next, QDate(2026, 1, 20));
    INFO(replanned.error().fullText().toStdString());
    REQUIRE(replanned.ok());
    CHECK(storedDates(fx.db(), series->id)
          == QStringList{"2026-01-13", "2026-02-18", "2026-03-10", "2026-03-18", "2026-04-14", "2026-04-15",
                         "2026-05-20", "2026-06-17"});
    CHECK(replanned->occurrenceCount == 8);
    CHECK(replanned->rule == next.rule.toString());
    CHECK(replanned->id == series->id);
    auto kept = meetings.get(march.id);
    REQUIRE(kept.ok());
    CHECK(kept->status == MeetingStatus::Held);
    CHECK(kept->seriesId == series->id);
    CHECK(meetings.get(april.id).ok());
    CHECK_FALSE(meetings.get(all->at(1).id).ok()); // 10 February, planned and empty: replaced
    CHECK(rowCount(fx.db(), QStringLiteral("meeting")) == 8);

    SECTION("this occurrence only")
    {
        REQUIRE_OK(planner.detach(april.id));
        auto detached = meetings.get(april.id);
        REQUIRE(detached.ok());
        CHECK(detached->seriesId == 0);
        CHECK(detached->startsAt.date() == QDate(2026, 4, 14));
        CHECK(MeetingSeriesRepository(fx.db()).get(series->id)->occurrenceCount == 7);
        CHECK(storedDates(fx.db(), series->id).size() == 7);
    }
}

TEST_CASE("A series is created whole or not at all", "[db]")
{
    if (test::TestDatabase::usingPostgres())
        return; // the failure is injected with a SQLite trigger
    test::TestDatabase fx;
    const SeriesPlan plan = sixSecondTuesdays(fx.db());
    SeriesPlanner planner(fx.db());
    QSqlQuery trigger(fx.db().connection());
    REQUIRE(trigger.exec(QStringLiteral("CREATE TEMP TRIGGER refuse_june BEFORE INSERT ON meeting "
                                        "WHEN NEW.starts_at LIKE '2026-06%' BEGIN SELECT RAISE(ABORT, 'refused'); END")));
    auto failed = planner.create(plan);
    CHECK_FALSE(failed.ok());
    CHECK_FALSE(failed.error().message.isEmpty());
    CHECK(rowCount(fx.db(), QStringLiteral("meeting")) == 0);
    CHECK(rowCount(fx.db(), QStringLiteral("meeting_series")) == 0);

    REQUIRE(trigger.exec(QStringLiteral("DROP TRIGGER refuse_june")));
    auto series = planner.create(plan);
    REQUIRE(series.ok());
    REQUIRE(trigger.exec(QStringLiteral("CREATE TEMP TRIGGER refuse_june BEFORE INSERT ON meeting "
                                        "WHEN NEW.starts_at LIKE '2026-06%' BEGIN SELECT RAISE(ABORT, 'refused'); END")));
    SeriesPlan next = plan;
    next.rule = rule("FREQ=MONTHLY;BYDAY=3WE;UNTIL=20260630");
    CHECK_FALSE(planner.replanFrom(series->id, QDate(2026, 3, 1), next, QDate(2026, 1, 1)).ok());
    CHECK(storedDates(fx.db(), series->id)
          == QStringList{"2026-01-13", "2026-02-10", "2026-03-10", "2026-04-14", "2026-05-12", "2026-06-09"});
    CHECK(MeetingSeriesRepository(fx.db()).get(series->id)->rule == plan.rule.toString());

    SeriesPlan nothing = plan;
    nothing.rule = rule("FREQ=MONTHLY;BYMONTHDAY=31;BYMONTH=2;COUNT=3");
    nothing.horizon = QDate(2026, 12, 31);
    CHECK(planner.create(nothing).error().kind == Error::Kind::Invalid);
}

TEST_CASE("Re-planning never touches the past, and can be undone", "[db]")
{
    test::TestDatabase fx;
    const SeriesPlan plan = sixSecondTuesdays(fx.db());
    SeriesPlanner planner(fx.db());
    auto series = planner.create(plan);
    REQUIRE(series.ok());
    const QStringList original{"2026-01-13", "2026-02-10", "2026-03-10", "2026-04-14", "2026-05-12", "2026-06-09"};
    REQUIRE(storedDates(fx.db(), series->id) == original);
    MeetingRepository meetings(fx.db());
    MeetingFilter filter;
    filter.instanceId = plan.instance.id;
    const qint64 february = meetings.list(filter)->at(1).id;

    // Asked from 1 February while today is 1 April: February and March stay, though planned and empty.
    SeriesPlan next = plan;
    next.rule = rule("FREQ=MONTHLY;BYDAY=3WE;UNTIL=20260630");
    ReplanRecord record;
    auto replanned = planner.replanFrom(series->id, QDate(2026, 2, 1), next, QDate(2026, 4, 1), &record);
    REQUIRE(replanned.ok());
    CHECK(storedDates(fx.db(), series->id)
          == QStringList{"2026-01-13", "2026-02-10", "2026-03-10", "2026-04-15", "2026-05-20", "2026-06-17"});
    CHECK(meetings.get(february).ok());
    CHECK(record.removed.size() == 3);
    CHECK(record.created.size() == 3);
    CHECK(record.before.rule == plan.rule.toString());

    REQUIRE_OK(planner.undoReplan(record));
    CHECK(storedDates(fx.db(), series->id) == original);
    auto restored = MeetingSeriesRepository(fx.db()).get(series->id);
    REQUIRE(restored.ok());
    CHECK(restored->rule == plan.rule.toString());
    CHECK(restored->occurrenceCount == 6);
    CHECK(rowCount(fx.db(), QStringLiteral("meeting")) == 6);

    // Redo is the same re-planning again.
    REQUIRE(planner.replanFrom(series->id, QDate(2026, 2, 1), next, QDate(2026, 4, 1), &record).ok());
    CHECK(storedDates(fx.db(), series->id).last() == QStringLiteral("2026-06-17"));

    SECTION("detach and attach again")
    {
        REQUIRE_OK(planner.detach(february));
        CHECK(storedDates(fx.db(), series->id).size() == 5);
        REQUIRE_OK(planner.attach(february, series->id));
        CHECK(storedDates(fx.db(), series->id).size() == 6);
        CHECK(MeetingSeriesRepository(fx.db()).get(series->id)->occurrenceCount == 6);
    }
}

TEST_CASE("A series adds no second meeting on a day the instance already meets", "[db]")
{
    test::TestDatabase fx;
    const SeriesPlan plan = sixSecondTuesdays(fx.db());
    Meeting byHand;
    byHand.instanceId = plan.instance.id;
    byHand.title = QStringLiteral("Réunion exceptionnelle");
    byHand.startsAt = QDateTime(QDate(2026, 3, 10), QTime(9, 30));
    byHand.endsAt = byHand.startsAt.addSecs(3600);
    REQUIRE_OK(MeetingRepository(fx.db()).create(byHand));
    auto series = SeriesPlanner(fx.db()).create(plan);
    REQUIRE(series.ok());
    CHECK(storedDates(fx.db(), series->id)
          == QStringList{"2026-01-13", "2026-02-10", "2026-04-14", "2026-05-12", "2026-06-09"});
    CHECK(series->occurrenceCount == 5);
    CHECK(rowCount(fx.db(), QStringLiteral("meeting")) == 6);
}
