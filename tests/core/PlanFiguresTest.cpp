// SPDX-License-Identifier: EUPL-1.2
#include "core/plan/PlanFigures.h"
#include "core/plan/PlanPresets.h"
#include "tests/support/Catch.h"

using namespace maillage;
using namespace maillage::plan;

namespace {

ActionSheet sheetWith(SheetStatus status, int milestones, int reached)
{
    ActionSheet sheet;
    sheet.status = status;
    for (int i = 0; i < milestones; ++i) {
        Milestone m;
        m.title = QStringLiteral("m%1").arg(i);
        if (i < reached)
            m.doneOn = QDate(2025, 3, 1 + i);
        sheet.milestones.push_back(m);
    }
    return sheet;
}

BudgetLine line(const QString& funder, int year, qint64 planned, qint64 obtained, qint64 spent)
{
    BudgetLine b;
    b.funder = funder;
    b.year = year;
    b.plannedCents = planned;
    b.obtainedCents = obtained;
    b.spentCents = spent;
    return b;
}

IndicatorValue value(const QString& period, double v)
{
    IndicatorValue iv;
    iv.period = period;
    iv.value = v;
    return iv;
}

} // namespace

TEST_CASE("Progress of fiches, axes and plans", "[plan]")
{
    CHECK(sheetProgress(sheetWith(SheetStatus::InProgress, 4, 1)) == Approx(0.25));
    CHECK(sheetProgress(sheetWith(SheetStatus::InProgress, 0, 0)) == Approx(0.5));
    CHECK(sheetProgress(sheetWith(SheetStatus::Planned, 0, 0)) == Approx(0.0));
    CHECK(sheetProgress(sheetWith(SheetStatus::Done, 3, 1)) == Approx(1.0));
    CHECK(sheetProgress(sheetWith(SheetStatus::Suspended, 2, 1)) == Approx(0.5));

    // 0.25 + 1 + 0.5 over three fiches; the abandoned one does not count.
    const std::vector<ActionSheet> sheets = {
        sheetWith(SheetStatus::InProgress, 4, 1), sheetWith(SheetStatus::Done, 0, 0),
        sheetWith(SheetStatus::InProgress, 0, 0), sheetWith(SheetStatus::Abandoned, 2, 0)};
    REQUIRE(meanProgress(sheets).has_value());
    CHECK(*meanProgress(sheets) == Approx(1.75 / 3.0));
    CHECK_FALSE(meanProgress({sheetWith(SheetStatus::Abandoned, 0, 0)}).has_value());
    CHECK_FALSE(meanProgress({}).has_value());
}

TEST_CASE("Budget totals by funder and year", "[plan]")
{
    ActionSheet a;
    a.budget = {line(QStringLiteral("FIR/ARS"), 2025, 1000000, 800000, 750000),
                line(QStringLiteral("Commune"), 2025, 500000, 500000, 120000),
                line(QStringLiteral("FIR/ARS"), 2026, 1000000, 0, 0)};
    ActionSheet b;
    b.budget = {line(QStringLiteral("Commune "), 2026, 250050, 250050, 10000)};
    const BudgetTotals totals = budgetTotals(std::vector<ActionSheet>{a, b});
    CHECK(totals.total == Amounts{2750050, 1550050, 880000});
    CHECK(totals.byFunder.at(QStringLiteral("FIR/ARS")) == Amounts{2000000, 800000, 750000});
    CHECK(totals.byFunder.at(QStringLiteral("Commune")) == Amounts{750050, 750050, 130000});
    CHECK(totals.byYear.at(2025) == Amounts{1500000, 1300000, 870000});
    CHECK(totals.byYear.at(2026) == Amounts{1250050, 250050, 10000});
    CHECK(totals.byFunderAndYear.at({QStringLiteral("Commune"), 2026}) == Amounts{250050, 250050, 10000});
    CHECK(totals.byFunder.size() == 2);
}

TEST_CASE("Indicator progress: cumulative and snapshot", "[plan]")
{
    Indicator counted;
    counted.name = QStringLiteral("Personnes formées");
    counted.cumulative = true;
    counted.target = 120;
    counted.values = {value(QStringLiteral("2026"), 40), value(QStringLiteral("2025"), 20)};
    IndicatorStanding s = indicatorStanding(counted);
    CHECK(*s.current == Approx(60));
    CHECK(*s.period == QStringLiteral("2026"));
    CHECK(*s.ratio == Approx(0.5));
    CHECK(*indicatorStanding(counted, 2025).current == Approx(20));

    Indicator rate;
    rate.name = QStringLiteral("Délai moyen");
    rate.baseline = 90;
    rate.target = 30; // a decrease: from 90 days to 30
    rate.values = {value(QStringLiteral("2025-S1"), 80), value(QStringLiteral("2025"), 60),
                   value(QStringLiteral("2025-T1"), 85)};
    s = indicatorStanding(rate);
    CHECK(*s.current == Approx(60));
    CHECK(*s.ratio == Approx(0.5));

    Indicator noTarget;
    noTarget.values = {value(QStringLiteral("2025"), 3)};
    CHECK_FALSE(indicatorStanding(noTarget).ratio.has_value());
    CHECK_FALSE(indicatorStanding(Indicator{}).current.has_value());
}

TEST_CASE("Periods and amounts", "[plan]")
{
    CHECK(periodYear(QStringLiteral("2025")) == 2025);
    CHECK(periodYear(QStringLiteral("2025-S2")) == 2025);
    CHECK(periodYear(QStringLiteral("2025-T3")) == 2025);
    CHECK(periodYear(QStringLiteral("2025-T5")) == 0);
    CHECK(periodYear(QStringLiteral("deux mille")) == 0);
    CHECK(periodRange(QStringLiteral("2025-T3")) == std::pair{QDate(2025, 7, 1), QDate(2025, 9, 30)});
    CHECK(periodRange(QStringLiteral("2025-S2")) == std::pair{QDate(2025, 7, 1), QDate(2025, 12, 31)});
    CHECK(periodRange(QStringLiteral("2024")) == std::pair{QDate(2024, 1, 1), QDate(2024, 12, 31)});

    const QLocale fr(QLocale::French, QLocale::France);
    CHECK(parseAmount(QStringLiteral("1 234,50"), fr) == 123450);
    CHECK(parseAmount(QStringLiteral("1234.5 €"), fr) == 123450);
    CHECK(parseAmount(QStringLiteral("12 000"), fr) == 1200000);
    CHECK(parseAmount(QString(), fr) == 0);
    CHECK_FALSE(parseAmount(QStringLiteral("douze"), fr).has_value());
    CHECK_FALSE(parseAmount(QStringLiteral("-5"), fr).has_value());
    CHECK_FALSE(parseAmount(QStringLiteral("12abc"), fr).has_value());
}

TEST_CASE("Plan presets", "[plan]")
{
    const std::vector<Axis> clsm = presetAxes(Preset::Clsm);
    const std::vector<Axis> ptsm = presetAxes(Preset::Ptsm);
    CHECK(clsm.size() == 5);
    REQUIRE(ptsm.size() == 6);
    CHECK(presetAxes(Preset::Blank).empty());
    CHECK(ptsm.front().position == 1);
    CHECK(ptsm.back().code == QStringLiteral("6"));
    CHECK(ptsm.back().description.contains(QStringLiteral("R. 3224-10")));
    for (const Axis& axis : ptsm)
        CHECK_FALSE(axis.title.isEmpty());
}
