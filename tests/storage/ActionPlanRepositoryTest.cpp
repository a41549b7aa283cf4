// SPDX-License-Identifier: EUPL-1.2
#include "core/storage/ActionPlanRepository.h"
#include "tests/storage/ActivityFixtures.h"
#include "tests/support/Catch.h"
#include "tests/support/TestDatabase.h"

using namespace maillage;
namespace fx = maillage::test::fixtures;

namespace {

struct PlanWorld
{
    test::TestDatabase tdb;
    Database& db = tdb.db();
    qint64 council = fx::insertCouncil(db);
    qint64 otherCouncil = fx::insertCouncil(db, QStringLiteral("Autre CLSM"));
    qint64 mairie = fx::insertOrganisation(db, QStringLiteral("Mairie de Sète"));
    qint64 ars = fx::insertOrganisation(db, QStringLiteral("ARS Occitanie"), QStringLiteral("ARS"));
    ActionPlanRepository repo{db};
    ActionPlan plan;
    Axis axis1;
    Axis axis2;

    PlanWorld()
    {
        plan.councilId = council;
        plan.title = QStringLiteral("Feuille de route 2025-2029");
        plan.firstYear = 2025;
        plan.lastYear = 2029;
        REQUIRE(repo.createPlan(plan).ok());
        axis2 = makeAxis(2, QStringLiteral("Prévenir et promouvoir"));
        axis1 = makeAxis(1, QStringLiteral("Observer"));
    }
    Axis makeAxis(int position, const QString& title)
    {
        Axis a;
        a.planId = plan.id;
        a.position = position;
        a.code = QString::number(position);
        a.title = title;
        REQUIRE(repo.createAxis(a).ok());
        return a;
    }
    ActionSheet sheet(qint64 axisId, const QString& code, const QString& title,
                      SheetStatus status = SheetStatus::Planned)
    {
        ActionSheet s;
        s.axisId = axisId;
        s.code = code;
        s.title = title;
        s.status = status;
        const Status created = repo.createSheet(s);
        INFO(created.error().fullText().toStdString());
        REQUIRE(created.ok());
        return s;
    }
};

ActionSheet fullSheet(const PlanWorld& w)
{
    ActionSheet s;
    s.axisId = w.axis1.id;
    s.code = QStringLiteral("1.2");
    s.title = QStringLiteral("Former aux premiers secours en santé mentale");
    s.context = QStringLiteral("Peu de professionnels formés");
    s.generalObjective = QStringLiteral("Mieux repérer");
    s.specificObjectives = QStringLiteral("Former 60 personnes\nCréer un réseau");
    s.leadOrganisationId = w.mairie;
    s.targetPublic = QStringLiteral("Agents d'accueil");
    s.expectedReach = 60;
    s.territory = QStringLiteral("Sète agglopôle");
    s.startsOn = QDate(2025, 1, 1);
    s.endsOn = QDate(2026, 12, 31);
    s.status = SheetStatus::InProgress;
    ActionPartner funder;
    funder.organisationId = w.ars;
    funder.role = PartnerRole::Funder;
    ActionPartner relay;
    relay.organisationId = w.mairie;
    relay.role = PartnerRole::Relay;
    s.partners = {funder, relay};
    StatusChange started;
    started.status = SheetStatus::InProgress;
    started.changedOn = QDate(2025, 2, 1);
    started.comment = QStringLiteral("Lancement");
    s.history = {started};
    Milestone late;
    late.title = QStringLiteral("Bilan");
    late.dueOn = QDate(2026, 6, 30);
    Milestone early;
    early.title = QStringLiteral("Première session");
    early.dueOn = QDate(2025, 3, 15);
    early.doneOn = QDate(2025, 3, 20);
    s.milestones = {late, early};
    BudgetLine fir;
    fir.funder = QStringLiteral("FIR/ARS");
    fir.year = 2025;
    fir.plannedCents = 500000;
    fir.obtainedCents = 450000;
    fir.spentCents = 123456;
    s.budget = {fir};
    Indicator trained;
    trained.name = QStringLiteral("Personnes formées");
    trained.kind = IndicatorKind::Outcome;
    trained.unit = QStringLiteral("personnes");
    trained.dataSource = QStringLiteral("Feuilles d'émargement");
    trained.baseline = 0.0;
    trained.target = 60.0;
    IndicatorValue v2025;
    v2025.period = QStringLiteral("2025");
    v2025.value = 24;
    v2025.target = 30.0;
    IndicatorValue v2026;
    v2026.period = QStringLiteral("2026-S1");
    v2026.value = 12.5;
    trained.values = {v2026, v2025};
    Indicator sessions;
    sessions.name = QStringLiteral("Sessions");
    s.indicators = {trained, sessions};
    return s;
}

QStringList codes(const Result<std::vector<ActionSheet>>& sheets)
{
    REQUIRE(sheets.ok());
    QStringList out;
    for (const ActionSheet& s : sheets.value())
        out << s.code;
    return out;
}

} // namespace

TEST_CASE("Action plans and axes are created, read, updated, listed and removed", "[db][actionplan]")
{
    PlanWorld w;
    ActionPlan loaded = w.repo.getPlan(w.plan.id).value();
    CHECK(loaded.councilId == w.council);
    CHECK(loaded.title == w.plan.title);
    CHECK(loaded.firstYear == 2025);
    CHECK(loaded.lastYear == 2029);
    CHECK(loaded.version == 1);

    ActionPlan older;
    older.councilId = w.council;
    older.title = QStringLiteral("Ancien plan");
    older.firstYear = 2019;
    older.lastYear = 2023;
    REQUIRE(w.repo.createPlan(older).ok());
    ActionPlan foreign = older;
    foreign.councilId = w.otherCouncil;
    REQUIRE(w.repo.createPlan(foreign).ok());
    auto plans = w.repo.listPlans(w.council);
    REQUIRE(plans.ok());
    REQUIRE(plans->size() == 2);
    CHECK(plans->at(0).id == w.plan.id);
    CHECK(plans->at(1).id == older.id);
    CHECK(w.repo.listPlans()->size() == 3);

    auto axes = w.repo.listAxes(w.plan.id);
    REQUIRE(axes.ok());
    REQUIRE(axes->size() == 2);
    CHECK(axes->at(0).title == QStringLiteral("Observer"));
    CHECK(axes->at(1).title == QStringLiteral("Prévenir et promouvoir"));
    Axis axis = w.repo.getAxis(w.axis2.id).value();
    CHECK(axis.code == QStringLiteral("2"));
    axis.position = 0;
    axis.description = QStringLiteral("Promotion de la santé mentale");
    REQUIRE(w.repo.updateAxis(axis).ok());
    CHECK(w.repo.listAxes(w.plan.id)->front().id == w.axis2.id);
    CHECK(w.repo.getAxis(w.axis2.id)->description == QStringLiteral("Promotion de la santé mentale"));

    ActionPlan stale = loaded;
    loaded.title = QStringLiteral("Feuille de route révisée");
    REQUIRE(w.repo.updatePlan(loaded).ok());
    stale.lastYear = 2030;
    CHECK(w.repo.updatePlan(stale).error().kind == Error::Kind::Conflict);
    CHECK(w.repo.getPlan(w.plan.id)->lastYear == 2029);

    ActionPlan invalid;
    invalid.councilId = w.council;
    invalid.firstYear = 2025;
    invalid.lastYear = 2020;
    const Status refused = w.repo.createPlan(invalid);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == Error::Kind::Invalid);
    CHECK(refused.error().message.contains(QStringLiteral("Plan title")));
    CHECK(refused.error().message.contains(QStringLiteral("Last year")));
    Axis orphan;
    orphan.planId = 9999;
    orphan.title = QStringLiteral("Sans plan");
    CHECK(w.repo.createAxis(orphan).error().kind == Error::Kind::Constraint);

    REQUIRE(w.repo.removePlan(older.id).ok());
    CHECK(w.repo.getPlan(older.id).error().kind == Error::Kind::NotFound);
}

TEST_CASE("An action sheet is saved whole and read back with every field and child", "[db][actionplan]")
{
    PlanWorld w;
    ActionSheet s = fullSheet(w);
    const Status created = w.repo.createSheet(s);
    INFO(created.error().fullText().toStdString());
    REQUIRE(created.ok());
    CHECK(s.indicators[0].values[0].id > 0);
    CHECK(s.history.size() == 1); // the caller gave a history: no automatic entry

    w.tdb.reopen();
    ActionPlanRepository repo(w.tdb.db());
    const ActionSheet l = repo.getSheet(s.id).value();
    CHECK(l.axisId == w.axis1.id);
    CHECK(l.code == QStringLiteral("1.2"));
    CHECK(l.title == s.title);
    CHECK(l.context == s.context);
    CHECK(l.generalObjective == s.generalObjective);
    CHECK(l.specificObjectives == s.specificObjectives);
    CHECK(l.leadOrganisationId == w.mairie);
    CHECK(l.targetPublic == s.targetPublic);
    CHECK(l.expectedReach == 60);
    CHECK(l.territory == s.territory);
    CHECK(l.startsOn == QDate(2025, 1, 1));
    CHECK(l.endsOn == QDate(2026, 12, 31));
    CHECK(l.status == SheetStatus::InProgress);
    REQUIRE(l.partners.size() == 2);
    CHECK(l.partners[0].organisationId == w.ars);
    CHECK(l.partners[0].role == PartnerRole::Funder);
    CHECK(l.partners[1].role == PartnerRole::Relay);
    REQUIRE(l.history.size() == 1);
    CHECK(l.history[0].status == SheetStatus::InProgress);
    CHECK(l.history[0].changedOn == QDate(2025, 2, 1));
    CHECK(l.history[0].comment == QStringLiteral("Lancement"));
    REQUIRE(l.milestones.size() == 2);
    CHECK(l.milestones[0].title == QStringLiteral("Première session")); // by due date
    CHECK(l.milestones[0].doneOn == QDate(2025, 3, 20));
    CHECK(l.milestones[1].dueOn == QDate(2026, 6, 30));
    REQUIRE(l.budget.size() == 1);
    CHECK(l.budget[0].funder == QStringLiteral("FIR/ARS"));
    CHECK(l.budget[0].year == 2025);
    CHECK(l.budget[0].plannedCents == 500000);
    CHECK(l.budget[0].obtainedCents == 450000);
    CHECK(l.budget[0].spentCents == 123456);
    REQUIRE(l.indicators.size() == 2);
    const Indicator& trained = l.indicators[0];
    CHECK(trained.name == QStringLiteral("Personnes formées"));
    CHECK(trained.kind == IndicatorKind::Outcome);
    CHECK(trained.unit == QStringLiteral("personnes"));
    CHECK(trained.dataSource == QStringLiteral("Feuilles d'émargement"));
    CHECK(trained.baseline == std::optional<double>(0.0));
    CHECK(trained.target == std::optional<double>(60.0));
    REQUIRE(trained.values.size() == 2);
    CHECK(trained.values[0].period == QStringLiteral("2025"));
    CHECK(trained.values[0].value == 24.0);
    CHECK(trained.values[0].target == std::optional<double>(30.0));
    CHECK(trained.values[1].period == QStringLiteral("2026-S1"));
    CHECK(trained.values[1].value == 12.5);
    CHECK_FALSE(trained.values[1].target.has_value());
    CHECK(l.indicators[1].values.empty());
    CHECK_FALSE(l.indicators[1].baseline.has_value());
}

TEST_CASE("A status change is appended to the sheet's history", "[db][actionplan]")
{
    PlanWorld w;
    ActionSheet s = w.sheet(w.axis1.id, QStringLiteral("1.1"), QStringLiteral("Diagnostic"));
    REQUIRE(s.history.size() == 1); // the initial status is recorded
    CHECK(s.history[0].status == SheetStatus::Planned);
    CHECK(s.history[0].changedOn == QDate::currentDate());

    s.title = QStringLiteral("Diagnostic partagé"); // same status: no new entry
    REQUIRE(w.repo.updateSheet(s).ok());
    CHECK(w.repo.getSheet(s.id)->history.size() == 1);

    s.status = SheetStatus::InProgress;
    REQUIRE(w.repo.updateSheet(s).ok());
    ActionSheet l = w.repo.getSheet(s.id).value();
    REQUIRE(l.history.size() == 2);
    CHECK(l.history[1].status == SheetStatus::InProgress);
    CHECK(l.history[1].changedOn == QDate::currentDate());
    CHECK(l.history[0].id == s.history[0].id); // kept

    StatusChange noted; // the caller already noted the change, with a comment
    noted.status = SheetStatus::Suspended;
    noted.changedOn = QDate(2026, 1, 10);
    noted.comment = QStringLiteral("Départ de la coordinatrice");
    l.history.push_back(noted);
    l.status = SheetStatus::Suspended;
    REQUIRE(w.repo.updateSheet(l).ok());
    const ActionSheet again = w.repo.getSheet(s.id).value();
    REQUIRE(again.history.size() == 3);
    int suspended = 0;
    for (const StatusChange& change : again.history)
        if (change.status == SheetStatus::Suspended) {
            ++suspended;
            CHECK(change.comment == QStringLiteral("Départ de la coordinatrice"));
            CHECK(change.changedOn == QDate(2026, 1, 10));
        }
    CHECK(suspended == 1);
}

TEST_CASE("Action sheets are listed by plan, axis, status and text, sorted by code, title or status",
          "[db][actionplan]")
{
    PlanWorld w;
    w.sheet(w.axis2.id, QStringLiteral("2.1"), QStringLiteral("Semaines d'information"), SheetStatus::Done);
    w.sheet(w.axis1.id, QStringLiteral("1.2"), QStringLiteral("Annuaire des ressources"), SheetStatus::InProgress);
    w.sheet(w.axis1.id, QStringLiteral("1.1"), QStringLiteral("Observatoire local"));
    w.sheet(w.axis2.id, QStringLiteral("2.2"), QStringLiteral("Éducation à la santé"), SheetStatus::InProgress);
    ActionPlan other;
    other.councilId = w.otherCouncil;
    other.title = QStringLiteral("Autre");
    other.firstYear = 2025;
    other.lastYear = 2026;
    REQUIRE(w.repo.createPlan(other).ok());
    Axis foreignAxis;
    foreignAxis.planId = other.id;
    foreignAxis.title = QStringLiteral("Axe");
    REQUIRE(w.repo.createAxis(foreignAxis).ok());
    w.sheet(foreignAxis.id, QStringLiteral("9.9"), QStringLiteral("Ailleurs"));

    ActionSheetFilter f;
    f.planId = w.plan.id;
    CHECK(codes(w.repo.listSheets(f)) == QStringList{"1.1", "1.2", "2.1", "2.2"});
    CHECK(w.repo.countSheets(f) == 4);
    f.descending = true;
    CHECK(codes(w.repo.listSheets(f)) == QStringList{"2.2", "2.1", "1.2", "1.1"});
    f.descending = false;
    f.sort = ActionSheetSort::Title;
    CHECK(codes(w.repo.listSheets(f)) == QStringList{"1.2", "2.2", "1.1", "2.1"});
    f.sort = ActionSheetSort::Status;
    CHECK(codes(w.repo.listSheets(f)) == QStringList{"1.1", "1.2", "2.2", "2.1"});

    ActionSheetFilter byAxis;
    byAxis.axisId = w.axis2.id;
    CHECK(codes(w.repo.listSheets(byAxis)) == QStringList{"2.1", "2.2"});
    ActionSheetFilter byStatus;
    byStatus.status = SheetStatus::InProgress;
    CHECK(codes(w.repo.listSheets(byStatus)) == QStringList{"1.2", "2.2"});
    ActionSheetFilter byText;
    byText.text = QStringLiteral("EDUCATION");
    CHECK(codes(w.repo.listSheets(byText)) == QStringList{"2.2"});
    byText.text = QStringLiteral("9.9");
    CHECK(codes(w.repo.listSheets(byText)) == QStringList{"9.9"});
    ActionSheetFilter paged;
    paged.planId = w.plan.id;
    paged.limit = 2;
    paged.offset = 1;
    CHECK(codes(w.repo.listSheets(paged)) == QStringList{"1.2", "2.1"});
    CHECK(w.repo.listSheets(paged)->front().history.empty());
    paged.withDetails = true;
    CHECK(w.repo.listSheets(paged)->front().history.size() == 1);
}

TEST_CASE("Action sheet validation, references, conflicts and atomicity", "[db][actionplan]")
{
    PlanWorld w;
    ActionSheet s = fullSheet(w);
    SECTION("an invalid budget line refuses the whole sheet")
    {
        s.budget[0].funder.clear();
        const Status refused = w.repo.createSheet(s);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().kind == Error::Kind::Invalid);
        CHECK(refused.error().message.contains(QStringLiteral("Funder")));
        CHECK(fx::countRows(w.db, QStringLiteral("action_sheet")) == 0);
    }
    SECTION("an axis with sheets cannot be removed")
    {
        REQUIRE(w.repo.createSheet(s).ok());
        const Status refused = w.repo.removeAxis(w.axis1.id);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().kind == Error::Kind::Constraint);
        CHECK(w.repo.getAxis(w.axis1.id).ok());
        REQUIRE(w.repo.removeSheet(s.id).ok());
        CHECK(fx::countRows(w.db, QStringLiteral("indicator_value")) == 0);
        REQUIRE(w.repo.removeAxis(w.axis1.id).ok());
    }
    SECTION("a stale copy is refused")
    {
        REQUIRE(w.repo.createSheet(s).ok());
        ActionSheet stale = s;
        s.title = QStringLiteral("Nouveau titre");
        REQUIRE(w.repo.updateSheet(s).ok());
        stale.budget.clear();
        stale.status = SheetStatus::Done;
        CHECK(w.repo.updateSheet(stale).error().kind == Error::Kind::Conflict);
        const ActionSheet stored = w.repo.getSheet(s.id).value();
        CHECK(stored.title == QStringLiteral("Nouveau titre"));
        CHECK(stored.budget.size() == 1);
        CHECK(stored.history.size() == 1);
    }
    SECTION("a failure in the last child leaves everything as it was")
    {
        REQUIRE(w.repo.createSheet(s).ok());
        ActionSheet changed = s;
        changed.title = QStringLiteral("Ne doit pas rester");
        changed.status = SheetStatus::Done;
        changed.milestones.clear();
        IndicatorValue duplicate = changed.indicators[0].values[0];
        duplicate.id = 0; // same period twice: refused by UNIQUE (indicator_id, period)
        changed.indicators[0].values.push_back(duplicate);
        const Status failed = w.repo.updateSheet(changed);
        REQUIRE_FALSE(failed.ok());
        CHECK(failed.error().kind == Error::Kind::Constraint);
        CHECK(changed.history.size() == 1);
        const ActionSheet stored = w.repo.getSheet(s.id).value();
        CHECK(stored.title == s.title);
        CHECK(stored.status == SheetStatus::InProgress);
        CHECK(stored.version == 1);
        CHECK(stored.milestones.size() == 2);
        CHECK(stored.history.size() == 1);
        CHECK(stored.indicators[0].values.size() == 2);
    }
    SECTION("a partner that does not exist is refused")
    {
        s.partners[0].organisationId = 424242;
        CHECK(w.repo.createSheet(s).error().kind == Error::Kind::Constraint);
        CHECK(fx::countRows(w.db, QStringLiteral("action_sheet")) == 0);
        CHECK(fx::countRows(w.db, QStringLiteral("search_index")) == 2); // the two organisations only
    }
}
