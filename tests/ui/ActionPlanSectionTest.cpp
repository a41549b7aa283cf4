// SPDX-License-Identifier: EUPL-1.2
#include "core/demo/DemoCouncil.h"
#include "core/storage/ActionPlanRepository.h"
#include "tests/support/Catch.h"
#include "tests/support/TestDatabase.h"
#include "tests/ui/UiFixture.h"
#include "ui/main/MainWindow.h"
#include "ui/plan/ActionPlanWidget.h"
#include "ui/plan/NewPlanDialog.h"
#include "ui/plan/PlanTreeModel.h"
#include "ui/plan/SheetEditorDialog.h"
#include "ui/plan/SheetIndicatorsPage.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

#include <functional>

using namespace maillage;
using maillage::ui::ActionPlanWidget;
using maillage::ui::PlanTreeModel;

namespace {

template <typename Dialog, typename Answer> void whenModal(Answer answer)
{
    QTimer::singleShot(0, [answer] {
        auto* dialog = qobject_cast<Dialog*>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        answer(dialog);
    });
}

void setCell(QTableWidget* table, int row, int column, const QString& text)
{
    if (!table->item(row, column))
        table->setItem(row, column, new QTableWidgetItem);
    table->item(row, column)->setText(text);
}

int sheetCount(Database& db, qint64 planId)
{
    ActionSheetFilter filter;
    filter.planId = planId;
    return ActionPlanRepository(db).countSheets(filter);
}

} // namespace

TEST_CASE("The action plan section builds a plan from the PTSM preset, with undo and redo", "[ui][plan]")
{
    test::TestDatabase tdb;
    Database& db = tdb.db();
    REQUIRE(demo::generateDemoCouncil(db, QDate(2026, 6, 15)).ok());
    ActionPlanWidget section;
    section.resize(1200, 800);
    section.setDatabase(&db);
    REQUIRE(section.currentPlanId() > 0); // the demo plan
    CHECK(section.model()->rowCount() > 0);
    const QModelIndex firstSheet = section.model()->index(0, 0, section.model()->index(0, 0));
    REQUIRE(firstSheet.isValid());
    CHECK(section.model()
              ->index(0, PlanTreeModel::ProgressColumn, section.model()->index(0, 0))
              .data(PlanTreeModel::ProgressRole)
              .isValid());

    // A new plan from the PTSM preset, 2027–2031.
    whenModal<ui::NewPlanDialog>([](ui::NewPlanDialog* dialog) {
        dialog->findChild<QLineEdit*>(QStringLiteral("planTitle"))->setText(QStringLiteral("PTSM 2027–2031"));
        dialog->findChild<QSpinBox*>(QStringLiteral("planFirstYear"))->setValue(2027);
        dialog->findChild<QSpinBox*>(QStringLiteral("planLastYear"))->setValue(2026);
        dialog->accept(); // refused: the last year is before the first
        auto* problem = dialog->findChild<QLabel*>(QStringLiteral("planProblem"));
        CHECK(problem->isVisibleTo(dialog));
        CHECK(problem->text().contains(QStringLiteral("must not be before")));
        dialog->findChild<QSpinBox*>(QStringLiteral("planLastYear"))->setValue(2031);
        auto* preset = dialog->findChild<QComboBox*>(QStringLiteral("planPreset"));
        preset->setCurrentIndex(1); // CLSM, PTSM, blank
        dialog->accept();
    });
    section.newPlan();
    const qint64 planId = section.currentPlanId();
    REQUIRE(ActionPlanRepository(db).getPlan(planId).value().title == QStringLiteral("PTSM 2027–2031"));
    REQUIRE(section.model()->rowCount() == 6);
    CHECK(sheetCount(db, planId) == 0);

    // A fiche in the first priority, with a budget line and an indicator value.
    section.tree()->setCurrentIndex(section.model()->index(0, 0));
    whenModal<ui::SheetEditorDialog>([](ui::SheetEditorDialog* dialog) {
        dialog->findChild<QLineEdit*>(QStringLiteral("sheetTitle"))->setText(QStringLiteral("Repérage précoce"));
        auto* budget = dialog->findChild<QTableWidget*>(QStringLiteral("sheetBudget"));
        dialog->findChild<QPushButton*>(QStringLiteral("sheetBudgetAdd"))->click();
        REQUIRE(budget->rowCount() == 1);
        setCell(budget, 0, 0, QStringLiteral("FIR/ARS"));
        setCell(budget, 0, 1, QStringLiteral("2027"));
        setCell(budget, 0, 2, QStringLiteral("douze mille"));
        dialog->accept(); // refused: not a number
        auto* problems = dialog->findChild<QLabel*>(QStringLiteral("sheetProblems"));
        CHECK(problems->isVisibleTo(dialog));
        CHECK(problems->text().contains(QStringLiteral("“douze mille”")));
        CHECK(problems->text().contains(QStringLiteral("not a number")));
        setCell(budget, 0, 2, QStringLiteral("12000"));
        setCell(budget, 0, 3, QStringLiteral("10000,50"));
        CHECK(dialog->findChild<QLabel*>(QStringLiteral("sheetBudgetTotals"))
                  ->text()
                  .contains(QStringLiteral("FIR/ARS")));

        auto* indicators = dialog->findChild<ui::SheetIndicatorsPage*>();
        indicators->addIndicator();
        dialog->findChild<QLineEdit*>(QStringLiteral("indicatorName"))
            ->setText(QStringLiteral("Professionnels formés"));
        dialog->findChild<QLineEdit*>(QStringLiteral("indicatorTarget"))->setText(QStringLiteral("40"));
        dialog->findChild<QPushButton*>(QStringLiteral("indicatorValueAdd"))->click();
        QTableWidget* values = indicators->valuesTable();
        REQUIRE(values->rowCount() == 1);
        setCell(values, 0, 0, QStringLiteral("2035")); // outside the plan
        setCell(values, 0, 1, QStringLiteral("10"));
        dialog->accept();
        CHECK(problems->text().contains(QStringLiteral("outside the plan (2027–2031)")));
        setCell(values, 0, 0, QStringLiteral("2027"));
        dialog->accept();
    });
    section.newSheet();
    REQUIRE(sheetCount(db, planId) == 1);
    ActionSheetFilter filter;
    filter.planId = planId;
    filter.withDetails = true;
    ActionSheet saved = ActionPlanRepository(db).listSheets(filter).value().at(0);
    CHECK(saved.code == QStringLiteral("1.1"));
    REQUIRE(saved.budget.size() == 1);
    CHECK(saved.budget[0].plannedCents == 1200000);
    CHECK(saved.budget[0].obtainedCents == 1000050);
    REQUIRE(saved.indicators.size() == 1);
    REQUIRE(saved.indicators[0].values.size() == 1);
    CHECK(saved.indicators[0].values[0].value == Approx(10));
    REQUIRE(section.undoStack()->count() == 1);

    // Edit the title, then undo and redo the edit and the creation.
    section.tree()->setCurrentIndex(section.model()->indexOfSheet(saved.id));
    whenModal<ui::SheetEditorDialog>([](ui::SheetEditorDialog* dialog) {
        dialog->findChild<QLineEdit*>(QStringLiteral("sheetTitle"))->setText(QStringLiteral("Repérage et diagnostic"));
        dialog->accept();
    });
    section.editSelected();
    CHECK(ActionPlanRepository(db).getSheet(saved.id).value().title == QStringLiteral("Repérage et diagnostic"));
    section.undoStack()->undo();
    CHECK(ActionPlanRepository(db).getSheet(saved.id).value().title == QStringLiteral("Repérage précoce"));
    section.undoStack()->undo();
    CHECK(sheetCount(db, planId) == 0);
    CHECK(section.model()->rowCount(section.model()->index(0, 0)) == 0);
    section.undoStack()->redo();
    REQUIRE(sheetCount(db, planId) == 1);
    const ActionSheet again = ActionPlanRepository(db).listSheets(filter).value().at(0);
    CHECK(again.budget.size() == 1);
    CHECK(again.indicators.at(0).values.size() == 1);
    // The booklet and the fiche written from the section.
    {
        QTemporaryDir dir;
        CHECK(section.exportDocument(false, dir.filePath(QStringLiteral("booklet.pdf"))));
        CHECK(QFileInfo(dir.filePath(QStringLiteral("booklet.pdf"))).size() > 1000);
        section.tree()->setCurrentIndex(section.model()->indexOfSheet(again.id));
        CHECK(section.exportDocument(true, dir.filePath(QStringLiteral("fiche.odt"))));
        CHECK(QFileInfo::exists(dir.filePath(QStringLiteral("fiche.odt"))));
    }
    section.undoStack()->redo();
    CHECK(ActionPlanRepository(db).getSheet(again.id).value().title == QStringLiteral("Repérage et diagnostic"));

    // Delete it (asked), then undo the deletion.
    QString asked;
    section.setConfirmation([&asked](const QString& question) {
        asked = question;
        return true;
    });
    section.tree()->setCurrentIndex(section.model()->indexOfSheet(again.id));
    section.findChild<QAction*>(QStringLiteral("planDelete"))->trigger();
    CHECK(asked.contains(QStringLiteral("Repérage et diagnostic")));
    CHECK(sheetCount(db, planId) == 0);
    section.undoStack()->undo();
    CHECK(sheetCount(db, planId) == 1);
    CHECK(section.model()->rowCount(section.model()->index(0, 0)) == 1);
}

TEST_CASE("Ctrl+N is the new fiche in the action plan section, and only there", "[ui][plan]")
{
    test::TestDatabase tdb;
    test::fillCouncil(tdb.db(), QDate(2026, 6, 15));
    ui::MainWindow window;
    window.start(tdb.url());
    // An action's shortcut can fire when it sits in a menu or on a widget shown in the window; the
    // sections on hidden pages of the stack cannot. Two live holders would make Ctrl+N ambiguous.
    // A menu counts when the menu bar reaches it; a section's own popup menus do not.
    std::function<bool(QAction*)> live = [&window, &live](QAction* action) {
        for (QObject* object : action->associatedObjects()) {
            if (qobject_cast<QMenuBar*>(object))
                return true;
            if (auto* menu = qobject_cast<QMenu*>(object)) {
                if (live(menu->menuAction()))
                    return true;
            } else if (auto* widget = qobject_cast<QWidget*>(object); widget && widget->isVisibleTo(&window)) {
                return true;
            }
        }
        return false;
    };
    auto holders = [&window, &live] {
        QStringList names;
        for (QAction* action : window.findChildren<QAction*>())
            if (action->shortcuts().contains(QKeySequence(QKeySequence::New)) && live(action))
                names << action->objectName();
        return names;
    };
    window.showSection(ui::MainWindow::ActionPlan);
    CHECK(holders() == QStringList{QStringLiteral("planNewSheet")});
    window.showSection(ui::MainWindow::Partners);
    CHECK(holders() == QStringList{QStringLiteral("newPartnerAction")});
    window.showSection(ui::MainWindow::Dashboard);
    CHECK(holders() == QStringList{QStringLiteral("newDatabaseAction")}); // the File menu's "new database"
    window.close();
}
