// SPDX-License-Identifier: EUPL-1.2
#include "core/demo/DemoCouncil.h"
#include "core/plan/ComputedValues.h"
#include "core/plan/PlanCreation.h"
#include "core/plan/PlanFigures.h"
#include "core/storage/ActionPlanComputed.h"
#include "core/storage/ActionPlanRepository.h"
#include "core/storage/SqlQuery.h"
#include "tests/storage/ActivityFixtures.h"
#include "tests/support/Catch.h"
#include "tests/support/TestDatabase.h"

#include <QSet>

using namespace maillage;
namespace fx = maillage::test::fixtures;

TEST_CASE("A new plan from the PTSM preset carries the unfinished fiches over", "[db][plan]")
{
    test::TestDatabase tdb;
    Database& db = tdb.db();
    const qint64 council = fx::insertCouncil(db);
    const qint64 org = fx::insertOrganisation(db, QStringLiteral("Mairie"));
    ActionPlanRepository repo(db);
    plan::PlanCreation creation(db);

    plan::NewPlan first{council, QStringLiteral("Feuille de route 2021–2024"), 2021, 2024, plan::Preset::Clsm, 0};
    const qint64 oldPlan = creation.create(first).value();
    const std::vector<Axis> oldAxes = repo.listAxes(oldPlan).value();
    REQUIRE(oldAxes.size() == 5);
    Axis own;
    own.planId = oldPlan;
    own.code = QStringLiteral("6");
    own.position = 6;
    own.title = QStringLiteral("Axe local");
    REQUIRE(repo.createAxis(own).ok());

    auto makeSheet = [&](qint64 axisId, const QString& code, SheetStatus status) {
        ActionSheet s;
        s.axisId = axisId;
        s.code = code;
        s.title = QStringLiteral("Fiche ") + code;
        s.status = status;
        s.leadOrganisationId = org;
        s.startsOn = QDate(2022, 1, 1);
        s.endsOn = QDate(2024, 12, 31);
        Milestone reached{};
        reached.title = QStringLiteral("Lancement");
        reached.doneOn = QDate(2022, 2, 1);
        Milestone open{};
        open.title = QStringLiteral("Bilan");
        s.milestones = {reached, open};
        BudgetLine old{};
        old.funder = QStringLiteral("Commune");
        old.year = 2024;
        old.plannedCents = 100000;
        BudgetLine next{};
        next.funder = QStringLiteral("FIR/ARS");
        next.year = 2025;
        next.plannedCents = 200000;
        s.budget = {old, next};
        Indicator i;
        i.name = QStringLiteral("Réunions");
        IndicatorValue v;
        v.period = QStringLiteral("2023");
        v.value = 4;
        i.values = {v};
        s.indicators = {i};
        REQUIRE(repo.createSheet(s).ok());
        return s;
    };
    const ActionSheet inProgress = makeSheet(oldAxes[0].id, QStringLiteral("1.1"), SheetStatus::InProgress);
    makeSheet(oldAxes[1].id, QStringLiteral("2.1"), SheetStatus::Done);
    makeSheet(oldAxes[1].id, QStringLiteral("2.2"), SheetStatus::Abandoned);
    const ActionSheet suspended = makeSheet(own.id, QStringLiteral("6.1"), SheetStatus::Suspended);

    plan::NewPlan second{council, QStringLiteral("Feuille de route 2025–2029"), 2025, 2029, plan::Preset::Ptsm,
                         oldPlan};
    Result<qint64> created = creation.create(second);
    REQUIRE(created.ok());
    const std::vector<Axis> newAxes = repo.listAxes(created.value()).value();
    // The six PTSM priorities, then a copy of the old local axis, whose title matches none.
    REQUIRE(newAxes.size() == 8);
    CHECK(newAxes.back().title == QStringLiteral("Axe local"));

    ActionSheetFilter filter;
    filter.planId = created.value();
    filter.withDetails = true;
    const std::vector<ActionSheet> carried = repo.listSheets(filter).value();
    REQUIRE(carried.size() == 2);
    QSet<qint64> from;
    for (const ActionSheet& s : carried) {
        from.insert(s.carriedFromId);
        REQUIRE(s.history.size() == 1);
        CHECK(s.history[0].comment.contains(QStringLiteral("Feuille de route 2021–2024")));
        REQUIRE(s.milestones.size() == 1);
        CHECK(s.milestones[0].title == QStringLiteral("Bilan"));
        REQUIRE(s.budget.size() == 1);
        CHECK(s.budget[0].year == 2025);
        REQUIRE(s.indicators.size() == 1);
        CHECK(s.indicators[0].values.empty());
        CHECK(s.startsOn == QDate(2025, 1, 1));
        CHECK(s.endsOn == QDate(2029, 12, 31));
        CHECK(s.leadOrganisationId == org);
    }
    CHECK(from == QSet<qint64>{inProgress.id, suspended.id});
    const ActionSheet old = repo.getSheet(inProgress.id).value();
    CHECK(old.status == SheetStatus::InProgress);
    CHECK(old.history.back().comment.contains(QStringLiteral("Feuille de route 2025–2029")));
    // Nothing carried from the old fiches that were done or abandoned.
    CHECK(fx::countRows(db, QStringLiteral("action_sheet")) == 6);
}

TEST_CASE("A plan with a bad period is not created at all", "[db][plan]")
{
    test::TestDatabase tdb;
    Database& db = tdb.db();
    const qint64 council = fx::insertCouncil(db);
    plan::NewPlan backwards{council, QStringLiteral("À l'envers"), 2027, 2024, plan::Preset::Ptsm, 0};
    const Result<qint64> created = plan::PlanCreation(db).create(backwards);
    REQUIRE_FALSE(created.ok());
    CHECK(created.error().message.contains(QStringLiteral("must not be before")));
    CHECK(fx::countRows(db, QStringLiteral("axis")) == 0);
}

namespace {

struct EventRow
{
    qint64 sheet;
    QString kind;
    QDate on;
    int participants;
    int trained;
};

} // namespace

TEST_CASE("Computed indicators agree with the demo council's data", "[db][plan]")
{
    test::TestDatabase tdb;
    Database& db = tdb.db();
    REQUIRE(demo::generateDemoCouncil(db, QDate(2026, 6, 15)).ok());
    const QDate today = QDate::currentDate();

    // Read the raw rows and count in C++, apart from the SQL under test.
    std::vector<EventRow> events;
    SqlQuery rows(db, QStringLiteral("SELECT action_sheet_id, kind, starts_on, participant_count, people_trained "
                                     "FROM event"));
    REQUIRE(rows.exec(QStringLiteral("test")).ok());
    while (rows.next())
        events.push_back({rows.id(QStringLiteral("action_sheet_id")), rows.text(QStringLiteral("kind")),
                          rows.date(QStringLiteral("starts_on")), rows.integer(QStringLiteral("participant_count")),
                          rows.integer(QStringLiteral("people_trained"))});
    qint64 pssmSheet = 0;
    for (const EventRow& e : events)
        if (e.kind == QLatin1String("pssm") && e.sheet > 0 && e.trained > 0)
            pssmSheet = e.sheet;
    REQUIRE(pssmSheet > 0);

    ActionPlanComputed computed(db);
    for (int year : {2025, 2026}) {
        const QDate from(year, 1, 1);
        const QDate to(year, 12, 31);
        int held = 0;
        int participants = 0;
        int trained = 0;
        for (const EventRow& e : events)
            if (e.sheet == pssmSheet && e.on >= from && e.on <= to && e.on <= today) {
                ++held;
                participants += e.participants;
                if (e.kind == QLatin1String("pssm"))
                    trained += e.trained;
            }
        Indicator i;
        i.name = QStringLiteral("x");
        i.computedSource = ComputedSource::EventsHeld;
        CHECK(computed.compute(i, pssmSheet, from, to).value() == Approx(held));
        i.computedSource = ComputedSource::Participants;
        CHECK(computed.compute(i, pssmSheet, from, to).value() == Approx(participants));
        i.computedSource = ComputedSource::PeopleTrained;
        CHECK(computed.compute(i, pssmSheet, from, to).value() == Approx(trained));
        if (year == 2025)
            CHECK(trained > 0);
    }

    // Meetings held by the instance with the most meetings, per year.
    const qint64 instance =
        fx::scalar(db, QStringLiteral("SELECT instance_id FROM meeting GROUP BY instance_id ORDER BY COUNT(*) DESC, "
                                      "instance_id LIMIT 1"))
            .toLongLong();
    SqlQuery meetings(db, QStringLiteral("SELECT starts_at, status FROM meeting WHERE instance_id = :i"));
    meetings.bind(QStringLiteral(":i"), instance);
    REQUIRE(meetings.exec(QStringLiteral("test")).ok());
    int held2025 = 0;
    while (meetings.next()) {
        const QDate on = meetings.dateTime(QStringLiteral("starts_at")).date();
        if (on.year() == 2025 && meetings.text(QStringLiteral("status")) == QLatin1String("held"))
            ++held2025;
    }
    CHECK(held2025 > 0);
    Indicator copil;
    copil.name = QStringLiteral("Réunions du copil");
    copil.computedSource = ComputedSource::MeetingsHeld;
    copil.computedScope = QStringLiteral("instance:%1").arg(instance);
    CHECK(computed.compute(copil, pssmSheet, QDate(2025, 1, 1), QDate(2025, 12, 31)).value() == Approx(held2025));
    copil.computedScope.clear();
    CHECK_FALSE(computed.compute(copil, pssmSheet, QDate(2025, 1, 1), QDate(2025, 12, 31)).ok());

    // Partners mobilised: link two meetings of that instance, count the organisations by hand.
    ActionPlanRepository repo(db);
    SqlQuery two(db, QStringLiteral("SELECT id FROM meeting WHERE instance_id = :i AND status = 'held' AND "
                                    "starts_at >= '2025-01-01' AND starts_at < '2026-01-01' ORDER BY id LIMIT 2"));
    two.bind(QStringLiteral(":i"), instance);
    REQUIRE(two.exec(QStringLiteral("test")).ok());
    QSet<qint64> orgs;
    while (two.next()) {
        const qint64 meetingId = two.id(QStringLiteral("id"));
        REQUIRE(repo.linkMeeting(pssmSheet, meetingId).ok());
        SqlQuery present(db, QStringLiteral("SELECT organisation_id, status FROM attendance WHERE meeting_id = :m"));
        present.bind(QStringLiteral(":m"), meetingId);
        REQUIRE(present.exec(QStringLiteral("test")).ok());
        while (present.next()) {
            const QString status = present.text(QStringLiteral("status"));
            if (present.id(QStringLiteral("organisation_id")) > 0 &&
                (status == QLatin1String("present") || status == QLatin1String("represented")))
                orgs.insert(present.id(QStringLiteral("organisation_id")));
        }
    }
    SqlQuery partners(db, QStringLiteral("SELECT ep.organisation_id, e.starts_on FROM event_partner ep JOIN event e "
                                         "ON e.id = ep.event_id WHERE e.action_sheet_id = :s"));
    partners.bind(QStringLiteral(":s"), pssmSheet);
    REQUIRE(partners.exec(QStringLiteral("test")).ok());
    while (partners.next())
        if (partners.date(QStringLiteral("starts_on")).year() == 2025)
            orgs.insert(partners.id(QStringLiteral("organisation_id")));
    Indicator mobilised;
    mobilised.name = QStringLiteral("Partenaires mobilisés");
    mobilised.computedSource = ComputedSource::PartnersMobilised;
    CHECK(orgs.size() > 0);
    CHECK(computed.compute(mobilised, pssmSheet, QDate(2025, 1, 1), QDate(2025, 12, 31)).value() ==
          Approx(orgs.size()));

    // Filling the values of a fiche puts the figure in the year's period, with what it came from.
    ActionSheet sheet = repo.getSheet(pssmSheet).value();
    Indicator trainedIndicator;
    trainedIndicator.name = QStringLiteral("Personnes formées");
    trainedIndicator.computedSource = ComputedSource::PeopleTrained;
    trainedIndicator.cumulative = true;
    auto figures = plan::ComputedValues::figures(db, trainedIndicator, pssmSheet, {QStringLiteral("2025")}, {});
    REQUIRE(figures.ok());
    REQUIRE(figures->size() == 1);
    CHECK(figures->at(0).from.contains(QStringLiteral("PSSM")));
    CHECK(plan::ComputedValues::apply(trainedIndicator, figures.value(), false) == QStringList{"2025"});
    sheet.indicators.push_back(trainedIndicator);
    const IndicatorValue& filled = sheet.indicators.back().values.at(0);
    CHECK(filled.period == QStringLiteral("2025"));
    CHECK(filled.value ==
          Approx(computed.compute(trainedIndicator, pssmSheet, QDate(2025, 1, 1), QDate(2025, 12, 31)).value()));
    REQUIRE(repo.updateSheet(sheet).ok());
}
