// SPDX-License-Identifier: EUPL-1.2
// Computed indicators on a small fixture with known answers: what the data gives per period, what it was
// computed from, and that filling never overwrites a value entered by hand (unless asked) or a locked year.
#include "core/plan/ComputedValues.h"
#include "core/storage/ActionPlanRepository.h"
#include "core/storage/EventRepository.h"
#include "tests/storage/ActivityFixtures.h"
#include "tests/support/Catch.h"
#include "tests/support/TestDatabase.h"

using namespace maillage;
namespace fx = maillage::test::fixtures;

namespace {

struct ComputedWorld
{
    test::TestDatabase tdb;
    Database& db = tdb.db();
    qint64 council = fx::insertCouncil(db);
    ActionPlan plan;
    qint64 sheet = 0;
    qint64 otherSheet = 0;

    ComputedWorld()
    {
        plan.councilId = council;
        plan.title = QStringLiteral("Feuille de route 2024–2027");
        plan.firstYear = 2024;
        plan.lastYear = 2027;
        REQUIRE(ActionPlanRepository(db).createPlan(plan).ok());
        const qint64 axis = fx::insertAxis(db, plan.id, QStringLiteral("Prévenir"));
        sheet = fx::insertSheet(db, axis, QStringLiteral("1.1"), QStringLiteral("Former aux PSSM"));
        otherSheet = fx::insertSheet(db, axis, QStringLiteral("1.2"), QStringLiteral("SISM"));
        // The fiche's events: 2024 one training (7 trained); 2025 two trainings (12 and 9) and a SISM.
        event(EventKind::PssmTraining, QDate(2024, 6, 1), 8, 7, sheet);
        event(EventKind::PssmTraining, QDate(2025, 3, 10), 12, 12, sheet);
        event(EventKind::Sism, QDate(2025, 10, 5), 80, 0, sheet);
        event(EventKind::PssmTraining, QDate(2025, 11, 20), 10, 9, sheet);
        // Another fiche's event counts only council-wide.
        event(EventKind::Conference, QDate(2025, 5, 1), 30, 0, otherSheet);
    }

    void event(EventKind kind, const QDate& on, int participants, int trained, qint64 sheetId)
    {
        Event e;
        e.councilId = council;
        e.kind = kind;
        e.title = QStringLiteral("Événement du %1").arg(on.toString(Qt::ISODate));
        e.startsOn = on;
        e.endsOn = on;
        e.participantCount = participants;
        e.peopleTrained = trained;
        if (kind == EventKind::PssmTraining)
            e.trainingModule = QStringLiteral("Standard");
        e.actionSheetId = sheetId;
        REQUIRE(EventRepository(db).create(e).ok());
    }

    double figure(ComputedSource source, const QString& period, const QString& scope = {})
    {
        Indicator i;
        i.name = QStringLiteral("x");
        i.computedSource = source;
        i.computedScope = scope;
        auto figures = plan::ComputedValues::figures(db, i, sheet, {period}, {});
        REQUIRE(figures.ok());
        REQUIRE(figures->size() == 1);
        return figures->at(0).value;
    }
};

IndicatorValue valueOf(const QString& period, double v)
{
    IndicatorValue value;
    value.period = period;
    value.value = v;
    return value;
}

const IndicatorValue* find(const Indicator& indicator, const QString& period)
{
    for (const IndicatorValue& v : indicator.values)
        if (v.period == period)
            return &v;
    return nullptr;
}

} // namespace

TEST_CASE("Computed indicators give known answers per period", "[db][plan]")
{
    ComputedWorld w;
    CHECK(w.figure(ComputedSource::EventsHeld, QStringLiteral("2025")) == Approx(3));
    CHECK(w.figure(ComputedSource::Participants, QStringLiteral("2025")) == Approx(102));
    CHECK(w.figure(ComputedSource::PeopleTrained, QStringLiteral("2025")) == Approx(21));
    CHECK(w.figure(ComputedSource::PeopleTrained, QStringLiteral("2025-T4")) == Approx(9));
    CHECK(w.figure(ComputedSource::PeopleTrained, QStringLiteral("2025-S1")) == Approx(12));
    CHECK(w.figure(ComputedSource::PeopleTrained, QStringLiteral("2024")) == Approx(7));
    CHECK(w.figure(ComputedSource::Participants, QStringLiteral("2025"), QStringLiteral("council")) == Approx(132));
    CHECK(w.figure(ComputedSource::EventsHeld, QStringLiteral("2025"), QStringLiteral("council")) == Approx(4));
    {
        // A fiche not saved yet (id 0) counts the council's events when told the council.
        Indicator councilWide;
        councilWide.name = QStringLiteral("Événements");
        councilWide.computedSource = ComputedSource::EventsHeld;
        councilWide.computedScope = QStringLiteral("council");
        auto unsaved =
            plan::ComputedValues::figures(w.db, councilWide, 0, {QStringLiteral("2025")}, {}, w.plan.councilId);
        REQUIRE(unsaved.ok());
        CHECK(unsaved->at(0).value == Approx(4));
    }

    // What it was computed from is said in words, with the period's dates.
    Indicator trained;
    trained.name = QStringLiteral("Personnes formées");
    trained.computedSource = ComputedSource::PeopleTrained;
    auto figures = plan::ComputedValues::figures(w.db, trained, w.sheet, {QStringLiteral("2025-T4")}, {});
    REQUIRE(figures.ok());
    const QString from = figures->at(0).from;
    CHECK(from.contains(QStringLiteral("PSSM")));
    CHECK(from.contains(QStringLiteral("fiche")));
    CHECK(from.contains(QLocale().toString(QDate(2025, 10, 1), QLocale::ShortFormat)));
    CHECK(from.contains(QLocale().toString(QDate(2025, 12, 31), QLocale::ShortFormat)));

    // Meetings of an instance name the instance; without one the figure is refused with a message.
    Indicator meetings;
    meetings.name = QStringLiteral("Réunions du copil");
    meetings.computedSource = ComputedSource::MeetingsHeld;
    const qint64 instance = fx::insertInstance(w.db, w.council, QStringLiteral("Comité de pilotage"));
    meetings.computedScope = QStringLiteral("instance:%1").arg(instance);
    auto copil = plan::ComputedValues::figures(w.db, meetings, w.sheet, {QStringLiteral("2025")}, {});
    REQUIRE(copil.ok());
    CHECK(copil->at(0).value == Approx(0));
    CHECK(copil->at(0).from.contains(QStringLiteral("Comité de pilotage")));
    meetings.computedScope.clear();
    auto refused = plan::ComputedValues::figures(w.db, meetings, w.sheet, {QStringLiteral("2025")}, {});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("Réunions du copil")));
    // An unreadable period is refused, naming it.
    auto badPeriod = plan::ComputedValues::figures(w.db, trained, w.sheet, {QStringLiteral("l'an dernier")}, {});
    REQUIRE_FALSE(badPeriod.ok());
    CHECK(badPeriod.error().message.contains(QStringLiteral("l'an dernier")));
}

TEST_CASE("Every period of an indicator: its values and the plan's years up to today", "[db][plan]")
{
    ActionPlan plan;
    plan.firstYear = 2024;
    plan.lastYear = 2027;
    Indicator indicator;
    indicator.values = {valueOf(QStringLiteral("2025-S1"), 3), valueOf(QStringLiteral("2024"), 1)};
    CHECK(plan::ComputedValues::periodsOf(indicator, plan, QDate(2026, 6, 15)) ==
          QStringList{"2024", "2025-S1", "2025", "2026"});
    CHECK(plan::ComputedValues::periodsOf(Indicator{}, plan, QDate(2023, 1, 1)).isEmpty());
}

TEST_CASE("Computing fills empty periods, replaces a hand-entered value only when asked, never a locked year",
          "[db][plan]")
{
    ComputedWorld w;
    Indicator trained;
    trained.name = QStringLiteral("Personnes formées");
    trained.computedSource = ComputedSource::PeopleTrained;
    trained.values = {valueOf(QStringLiteral("2024"), 5)}; // entered by hand; the data gives 7
    const QStringList periods = {QStringLiteral("2024"), QStringLiteral("2025")};

    auto figures = plan::ComputedValues::figures(w.db, trained, w.sheet, periods, {});
    REQUIRE(figures.ok());
    REQUIRE(figures->size() == 2);
    CHECK(figures->at(0).differs());
    CHECK(figures->at(0).stored == Approx(5));
    CHECK_FALSE(figures->at(1).differs()); // nothing stored for 2025: nothing to differ from

    Indicator kept = trained;
    CHECK(plan::ComputedValues::apply(kept, figures.value(), false) == QStringList{"2025"});
    CHECK(find(kept, QStringLiteral("2024"))->value == Approx(5));
    CHECK(find(kept, QStringLiteral("2025"))->value == Approx(21));

    Indicator replaced = trained;
    CHECK(plan::ComputedValues::apply(replaced, figures.value(), true) == QStringList({"2024", "2025"}));
    CHECK(find(replaced, QStringLiteral("2024"))->value == Approx(7));
    // Computing again changes nothing.
    auto again = plan::ComputedValues::figures(w.db, replaced, w.sheet, periods, {});
    REQUIRE(again.ok());
    CHECK(plan::ComputedValues::apply(replaced, again.value(), true).isEmpty());

    // 2024 locked: neither its value nor a missing one is touched, even when replacing is agreed.
    auto locked = plan::ComputedValues::figures(w.db, trained, w.sheet, periods, {2024});
    REQUIRE(locked.ok());
    CHECK(locked->at(0).locked);
    CHECK_FALSE(locked->at(1).locked);
    Indicator lockedIndicator = trained;
    CHECK(plan::ComputedValues::apply(lockedIndicator, locked.value(), true) == QStringList{"2025"});
    CHECK(find(lockedIndicator, QStringLiteral("2024"))->value == Approx(5));
    Indicator empty;
    empty.computedSource = ComputedSource::PeopleTrained;
    CHECK(plan::ComputedValues::apply(empty, locked.value(), true) == QStringList{"2025"});
    CHECK(find(empty, QStringLiteral("2024")) == nullptr);
}
