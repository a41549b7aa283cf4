// SPDX-License-Identifier: EUPL-1.2
#include "core/plan/PlanCreation.h"
#include "core/storage/ActionPlanRepository.h"
#include "tests/storage/ActivityFixtures.h"
#include "tests/support/Catch.h"
#include "tests/support/TestDatabase.h"

using namespace maillage;
namespace fx = maillage::test::fixtures;

namespace {

struct LockWorld
{
    test::TestDatabase tdb;
    Database& db = tdb.db();
    qint64 council = fx::insertCouncil(db);
    ActionPlanRepository repo{db};
    ActionPlan plan;
    Axis axis;
    ActionSheet sheet;

    LockWorld()
    {
        plan.councilId = council;
        plan.title = QStringLiteral("Feuille de route 2025–2027");
        plan.firstYear = 2025;
        plan.lastYear = 2027;
        REQUIRE(repo.createPlan(plan).ok());
        axis.planId = plan.id;
        axis.title = QStringLiteral("Prévenir");
        REQUIRE(repo.createAxis(axis).ok());
        sheet.axisId = axis.id;
        sheet.code = QStringLiteral("1.1");
        sheet.title = QStringLiteral("Former aux PSSM");
        Indicator indicator;
        indicator.name = QStringLiteral("Personnes formées");
        indicator.cumulative = true;
        indicator.computedSource = ComputedSource::PeopleTrained;
        indicator.values.push_back(value(QStringLiteral("2025"), 12));
        indicator.values.back().breakdown = QStringLiteral("{\"sex\":{\"F\":8,\"M\":4}}");
        sheet.indicators.push_back(indicator);
        REQUIRE(repo.createSheet(sheet).ok());
    }
    static IndicatorValue value(const QString& period, double v)
    {
        IndicatorValue iv;
        iv.period = period;
        iv.value = v;
        return iv;
    }
};

} // namespace

TEST_CASE("Schema 6 fields of fiches and indicators round-trip", "[db][plan]")
{
    LockWorld w;
    ActionSheet other;
    other.axisId = w.axis.id;
    other.title = QStringLiteral("Suite");
    other.carriedFromId = w.sheet.id;
    REQUIRE(w.repo.createSheet(other).ok());
    const ActionSheet read = w.repo.getSheet(other.id).value();
    CHECK(read.carriedFromId == w.sheet.id);
    const ActionSheet first = w.repo.getSheet(w.sheet.id).value();
    REQUIRE(first.indicators.size() == 1);
    CHECK(first.indicators[0].computedSource == ComputedSource::PeopleTrained);
    CHECK(first.indicators[0].cumulative);
    REQUIRE(first.indicators[0].values.size() == 1);
    CHECK(first.indicators[0].values[0].breakdown == QStringLiteral("{\"sex\":{\"F\":8,\"M\":4}}"));

    ActionSheet bad = first;
    bad.indicators[0].values[0].breakdown = QStringLiteral("{not json");
    const Status status = w.repo.updateSheet(bad);
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().message.contains(QStringLiteral("breakdown")));
}

TEST_CASE("Indicator values outside the plan's years are refused", "[db][plan]")
{
    LockWorld w;
    ActionSheet sheet = w.repo.getSheet(w.sheet.id).value();
    sheet.indicators[0].values.push_back(LockWorld::value(QStringLiteral("2031-S1"), 3));
    const Status status = w.repo.updateSheet(sheet);
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().kind == Error::Kind::Invalid);
    CHECK(status.error().message.contains(QStringLiteral("2031-S1")));
    CHECK(status.error().message.contains(QStringLiteral("outside the plan (2025–2027)")));
    CHECK(fx::countRows(w.db, QStringLiteral("indicator_value")) == 1);

    sheet.indicators[0].values.back().period = QStringLiteral("2027-T4");
    CHECK(w.repo.updateSheet(sheet).ok());

    ActionSheet backwards = w.repo.getSheet(w.sheet.id).value();
    backwards.startsOn = QDate(2026, 5, 1);
    backwards.endsOn = QDate(2026, 4, 1);
    const Status dates = w.repo.updateSheet(backwards);
    REQUIRE_FALSE(dates.ok());
    CHECK(dates.error().message.contains(QStringLiteral("must not be before")));
}

TEST_CASE("A locked year keeps its values until it is unlocked", "[db][plan]")
{
    LockWorld w;
    REQUIRE(w.repo.lockYear(w.plan.id, 2025).ok());
    REQUIRE(w.repo.lockYear(w.plan.id, 2025).ok()); // twice is harmless
    CHECK(w.repo.lockedYears(w.plan.id).value() == QList<int>{2025});
    const Status outside = w.repo.lockYear(w.plan.id, 2030);
    REQUIRE_FALSE(outside.ok());
    CHECK(outside.error().message.contains(QStringLiteral("outside the plan")));

    ActionSheet sheet = w.repo.getSheet(w.sheet.id).value();
    // Other fields and other years still save.
    sheet.title = QStringLiteral("Former aux premiers secours en santé mentale");
    sheet.indicators[0].values.push_back(LockWorld::value(QStringLiteral("2026"), 20));
    REQUIRE(w.repo.updateSheet(sheet).ok());

    ActionSheet changed = w.repo.getSheet(w.sheet.id).value();
    changed.indicators[0].values[0].value = 13;
    Status status = w.repo.updateSheet(changed);
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().message.contains(QStringLiteral("The year 2025 is locked")));

    ActionSheet removed = w.repo.getSheet(w.sheet.id).value();
    removed.indicators.clear();
    CHECK_FALSE(w.repo.updateSheet(removed).ok());

    ActionSheet added = w.repo.getSheet(w.sheet.id).value();
    added.indicators[0].values.push_back(LockWorld::value(QStringLiteral("2025-S2"), 5));
    CHECK_FALSE(w.repo.updateSheet(added).ok());
    CHECK(w.repo.getSheet(w.sheet.id).value().indicators[0].values.size() == 2);

    REQUIRE(w.repo.unlockYear(w.plan.id, 2025).ok());
    CHECK(w.repo.lockedYears(w.plan.id).value().isEmpty());
    REQUIRE(w.repo.updateSheet(changed).ok());
    CHECK(w.repo.getSheet(w.sheet.id).value().indicators[0].values[0].value == Approx(13));
}

TEST_CASE("Meetings linked to a fiche, and what is left when it is deleted", "[db][plan]")
{
    LockWorld w;
    const qint64 instance = fx::insertInstance(w.db, w.council, QStringLiteral("Comité de pilotage"));
    auto meeting = [&](const QString& startsAt, const QString& notes) {
        fx::exec(w.db, QStringLiteral("INSERT INTO meeting (instance_id, title, starts_at, status, notes, created_at, "
                                      "updated_at) VALUES (%1, 'Copil', '%2', 'held', '%3', '2025-01-01T00:00:00', "
                                      "'2025-01-01T00:00:00')")
                           .arg(instance)
                           .arg(startsAt, notes));
        return fx::scalar(w.db, QStringLiteral("SELECT MAX(id) FROM meeting")).toLongLong();
    };
    const qint64 m1 = meeting(QStringLiteral("2025-03-04T18:00:00"), QString());
    const qint64 m2 = meeting(QStringLiteral("2025-01-10T09:00:00"), QStringLiteral("Ordre du jour chargé"));
    const qint64 unrelated = meeting(QStringLiteral("2025-02-01T09:00:00"), QString());
    REQUIRE(w.repo.linkMeeting(w.sheet.id, m1).ok());
    REQUIRE(w.repo.linkMeeting(w.sheet.id, m2).ok());
    REQUIRE(w.repo.linkMeeting(w.sheet.id, m2).ok());
    fx::exec(w.db, QStringLiteral("INSERT INTO follow_up (meeting_id, text, status, action_sheet_id, created_at, "
                                  "updated_at) VALUES (%1, 'Relancer la mairie', 'open', %2, 'x', 'x')")
                       .arg(m1)
                       .arg(w.sheet.id));
    fx::exec(w.db, QStringLiteral("INSERT INTO event (council_id, kind, title, starts_on, participant_count, "
                                  "action_sheet_id, created_at, updated_at) VALUES (%1, 'pssm', 'PSSM standard', "
                                  "'2025-05-12', 14, %2, 'x', 'x')")
                       .arg(w.council)
                       .arg(w.sheet.id));

    const SheetLinks links = w.repo.linksOf(w.sheet.id).value();
    REQUIRE(links.meetings.size() == 2);
    CHECK(links.meetings[0].meetingId == m2); // by date
    CHECK(links.meetings[0].instanceName == QStringLiteral("Comité de pilotage"));
    REQUIRE(links.followUps.size() == 1);
    CHECK(links.followUps[0].text == QStringLiteral("Relancer la mairie"));
    REQUIRE(links.events.size() == 1);
    CHECK(links.events[0].participants == 14);

    REQUIRE(w.repo.unlinkMeeting(w.sheet.id, m1).ok());
    CHECK(w.repo.linksOf(w.sheet.id).value().meetings.size() == 1);
    REQUIRE(w.repo.linkMeeting(w.sheet.id, m1).ok());

    REQUIRE(w.repo.removeSheet(w.sheet.id).ok());
    CHECK(fx::countRows(w.db, QStringLiteral("action_sheet")) == 0);
    CHECK(fx::countRows(w.db, QStringLiteral("action_sheet_meeting")) == 0);
    const QString trace = QStringLiteral("Fiche action 1.1 « Former aux PSSM » (deleted)");
    CHECK(fx::scalar(w.db, QStringLiteral("SELECT notes FROM meeting WHERE id = %1").arg(m1)).toString() == trace);
    CHECK(fx::scalar(w.db, QStringLiteral("SELECT notes FROM meeting WHERE id = %1").arg(m2)).toString() ==
          QStringLiteral("Ordre du jour chargé\n") + trace);
    CHECK(fx::scalar(w.db, QStringLiteral("SELECT notes FROM meeting WHERE id = %1").arg(unrelated))
              .toString()
              .isEmpty());
    CHECK(fx::countRows(w.db, QStringLiteral("follow_up"), QStringLiteral("action_sheet_id IS NULL")) == 1);
}
