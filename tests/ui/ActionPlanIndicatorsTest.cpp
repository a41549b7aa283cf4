// SPDX-License-Identifier: EUPL-1.2
// The indicators page offscreen: computing from the data only when asked (a value entered is kept unless the
// coordinator agrees, a locked year never changes) and the breakdown editor.
#include "core/demo/DemoCouncil.h"
#include "core/plan/Breakdown.h"
#include "core/plan/ComputedValues.h"
#include "core/storage/ActionPlanRepository.h"
#include "core/storage/SqlQuery.h"
#include "tests/support/Catch.h"
#include "tests/support/TestDatabase.h"
#include "ui/plan/BreakdownDialog.h"
#include "ui/plan/SheetIndicatorsPage.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>

using namespace maillage;
using maillage::ui::BreakdownDialog;
using maillage::ui::SheetIndicatorsPage;

namespace {

template <typename T> T* openChild(QWidget& parent, const QString& name)
{
    for (T* child : parent.findChildren<T*>(name))
        if (child->isVisible())
            return child;
    return nullptr;
}

QString cellText(QTableWidget* table, int row, int column)
{
    return table->item(row, column) ? table->item(row, column)->text() : QString();
}

} // namespace

TEST_CASE("Indicator values are computed from the data only when asked, and broken down in a table", "[ui][plan]")
{
    test::TestDatabase tdb;
    Database& db = tdb.db();
    REQUIRE(demo::generateDemoCouncil(db, QDate(2026, 6, 15)).ok());
    SqlQuery find(db, QStringLiteral("SELECT action_sheet_id FROM event WHERE kind = 'pssm' AND people_trained > 0 "
                                     "AND action_sheet_id IS NOT NULL AND starts_on LIKE '2025%' LIMIT 1"));
    REQUIRE(find.exec(QStringLiteral("test")).ok());
    REQUIRE(find.next());
    const qint64 sheetId = find.id(QStringLiteral("action_sheet_id"));
    ActionPlanRepository repo(db);
    const ActionSheet sheet = repo.getSheet(sheetId).value();
    SqlQuery planOf(db, QStringLiteral("SELECT plan_id FROM axis WHERE id = :axis"));
    planOf.bind(QStringLiteral(":axis"), sheet.axisId);
    REQUIRE(planOf.exec(QStringLiteral("test")).ok());
    REQUIRE(planOf.next());
    const ActionPlan plan = repo.getPlan(planOf.id(QStringLiteral("plan_id"))).value();
    REQUIRE(plan.covers(2025));
    REQUIRE(plan.covers(2026));

    Indicator trained;
    trained.name = QStringLiteral("Personnes formées");
    trained.computedSource = ComputedSource::PeopleTrained;
    IndicatorValue entered;
    entered.period = QStringLiteral("2025");
    entered.value = 999; // entered by hand
    trained.values.push_back(entered);
    const double expected =
        plan::ComputedValues::figures(db, trained, sheetId, {QStringLiteral("2025")}, {}).value().at(0).value;
    REQUIRE(expected > 0);

    SheetIndicatorsPage page(db, plan);
    page.resize(1100, 600);
    page.setIndicators({trained}, sheetId);
    page.show();
    QTableWidget* values = page.valuesTable();
    REQUIRE(values->rowCount() == 1);
    CHECK_FALSE(values->isColumnHidden(SheetIndicatorsPage::FromDataColumn));
    CHECK(cellText(values, 0, SheetIndicatorsPage::FromDataColumn).contains(QStringLiteral("value entered is kept")));

    // Asked to compute the selected period: the value entered differs, so it asks; "keep" keeps it.
    values->setCurrentCell(0, SheetIndicatorsPage::ValueColumn);
    page.computeFromData(false);
    auto* box = openChild<QMessageBox>(page, QStringLiteral("computeReplaceBox"));
    REQUIRE(box);
    CHECK(box->text().contains(QStringLiteral("999")));
    box->findChild<QPushButton*>(QStringLiteral("computeKeep"))->click();
    CHECK(page.indicators().at(0).values.at(0).value == Approx(999));
    CHECK(page.findChild<QLabel*>(QStringLiteral("indicatorMessage"))->text().contains(QStringLiteral("2025")));

    // Asked again, and agreed: the data's figure, shown with what it was computed from.
    values->setCurrentCell(0, SheetIndicatorsPage::ValueColumn);
    page.computeFromData(false);
    box = openChild<QMessageBox>(page, QStringLiteral("computeReplaceBox"));
    REQUIRE(box);
    box->findChild<QPushButton*>(QStringLiteral("computeReplace"))->click();
    CHECK(page.indicators().at(0).values.at(0).value == Approx(expected));
    CHECK(cellText(values, 0, SheetIndicatorsPage::FromDataColumn).startsWith(QStringLiteral("Computed:")));
    CHECK(cellText(values, 0, SheetIndicatorsPage::FromDataColumn).contains(QStringLiteral("PSSM")));

    // 2026 entered by hand and locked: computing every period leaves it as it is, without asking.
    {
        std::vector<Indicator> now = page.indicators();
        IndicatorValue locked;
        locked.period = QStringLiteral("2026");
        locked.value = 5;
        now[0].values.push_back(locked);
        page.setIndicators(now, sheetId);
    }
    REQUIRE(repo.lockYear(plan.id, 2026).ok());
    page.computeFromData(true);
    CHECK_FALSE(openChild<QMessageBox>(page, QStringLiteral("computeReplaceBox")));
    const auto shown = page.indicators(); // kept: a range-for over a member of a temporary dangles
    for (const IndicatorValue& v : shown.at(0).values)
        if (v.period == QStringLiteral("2026"))
            CHECK(v.value == Approx(5));
    CHECK(page.findChild<QLabel*>(QStringLiteral("indicatorMessage"))->text().contains(QStringLiteral("Locked")));

    // The breakdown of 2025 by sex: a bad number is refused naming the category, the sum is checked.
    int row2025 = -1;
    for (int r = 0; r < values->rowCount(); ++r)
        if (cellText(values, r, SheetIndicatorsPage::PeriodColumn) == QStringLiteral("2025"))
            row2025 = r;
    REQUIRE(row2025 >= 0);
    values->setCurrentCell(row2025, SheetIndicatorsPage::ValueColumn);
    page.editBreakdown();
    auto* dialog = openChild<BreakdownDialog>(page, QStringLiteral("breakdownDialog"));
    REQUIRE(dialog);
    REQUIRE(dialog->showDimension(QStringLiteral("sex")));
    QTableWidget* table = dialog->table();
    REQUIRE(table->rowCount() == 2);
    CHECK(table->item(0, 0)->text() == QStringLiteral("Women"));
    table->item(0, 1)->setText(QStringLiteral("douze"));
    table->item(1, 1)->setText(QStringLiteral("1"));
    dialog->findChild<QDialogButtonBox*>(QStringLiteral("breakdownButtons"))->button(QDialogButtonBox::Ok)->click();
    CHECK(dialog->isVisible());
    auto* problems = dialog->findChild<QLabel*>(QStringLiteral("breakdownProblems"));
    CHECK(problems->text().contains(QStringLiteral("“douze”")));
    CHECK(problems->text().contains(QStringLiteral("Women")));
    auto* sum = dialog->findChild<QLabel*>(QStringLiteral("breakdownSum"));
    table->item(0, 1)->setText(QString::number(expected + 2));
    CHECK(sum->property("differs").toBool());
    CHECK(sum->text().contains(QStringLiteral("differ by 3")));
    table->item(0, 1)->setText(QString::number(expected - 1));
    CHECK_FALSE(sum->property("differs").toBool());
    dialog->findChild<QDialogButtonBox*>(QStringLiteral("breakdownButtons"))->button(QDialogButtonBox::Ok)->click();
    CHECK_FALSE(dialog->isVisible());

    // Stored as the same JSON as before, shown in words.
    QString stored;
    const auto withBreakdown = page.indicators();
    for (const IndicatorValue& v : withBreakdown.at(0).values)
        if (v.period == QStringLiteral("2025"))
            stored = v.breakdown;
    auto parts = plan::Breakdown::parse(stored);
    REQUIRE(parts.ok());
    REQUIRE(parts->size() == 1);
    CHECK(parts->at(0).dimension == QStringLiteral("sex"));
    CHECK(parts->at(0).valueOf(QStringLiteral("F")) == Approx(expected - 1));
    CHECK(parts->at(0).valueOf(QStringLiteral("M")) == Approx(1));
    CHECK(cellText(values, row2025, SheetIndicatorsPage::BreakdownColumn).startsWith(QStringLiteral("Sex: Women")));
}
