// SPDX-License-Identifier: EUPL-1.2
// The cellule register's create, edit and delete undone and redone (Ctrl+Z / Ctrl+Shift+Z actions).
#include "core/demo/DemoCouncil.h"
#include "core/storage/CouncilRepository.h"
#include "core/storage/SituationRepository.h"
#include "tests/support/Catch.h"
#include "tests/support/TestDatabase.h"
#include "ui/situations/SituationDialog.h"
#include "ui/situations/SituationsWidget.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QUndoStack>

using namespace maillage;
using maillage::ui::SituationDialog;
using maillage::ui::SituationsWidget;

namespace {

int situationCount(Database& db)
{
    return int(SituationRepository(db).list({}).value().size());
}

SituationDialog* openDialog(SituationsWidget& view)
{
    for (SituationDialog* dialog : view.findChildren<SituationDialog*>())
        if (dialog->isVisible())
            return dialog;
    FAIL("no situation dialog is open");
    return nullptr;
}

void clickOk(SituationDialog* dialog)
{
    dialog->findChild<QDialogButtonBox*>(QStringLiteral("situationButtons"))->button(QDialogButtonBox::Ok)->click();
}

} // namespace

TEST_CASE("The cellule register undoes and redoes create, edit and delete", "[ui][situations]")
{
    QSettings().clear();
    test::TestDatabase fx;
    Database& db = fx.db();
    REQUIRE(demo::generateDemoCouncil(db, QDate(2026, 6, 15)).ok());
    SituationsWidget view;
    view.resize(1100, 700);
    view.setDatabase(&db);
    view.show();
    if (!view.registerEnabled())
        REQUIRE(view.setRegisterEnabled(true));
    const int before = situationCount(db);
    auto* undo = view.findChild<QAction*>(QStringLiteral("undoSituation"));
    auto* redo = view.findChild<QAction*>(QStringLiteral("redoSituation"));
    REQUIRE(undo);
    REQUIRE(redo);
    CHECK(undo->shortcut() == QKeySequence(QKeySequence::Undo));
    CHECK(redo->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));
    CHECK_FALSE(undo->isEnabled());

    // Create, undo, redo: the redone situation keeps its pseudonym.
    view.newSituation();
    SituationDialog* dialog = openDialog(view);
    const QString pseudonym = dialog->situation().pseudonym;
    dialog->findChild<QComboBox*>(QStringLiteral("situationSector"))->setCurrentText(QStringLiteral("CMP adultes"));
    clickOk(dialog);
    CHECK(situationCount(db) == before + 1);
    const qint64 created = view.selectedId();
    REQUIRE(created > 0);
    CHECK(SituationRepository(db).get(created)->pseudonym == pseudonym);
    undo->trigger();
    CHECK(situationCount(db) == before);
    CHECK(view.table()->rowCount() == before);
    redo->trigger();
    CHECK(situationCount(db) == before + 1);
    const qint64 again = view.currentId(created);
    CHECK(SituationRepository(db).get(again)->pseudonym == pseudonym);
    CHECK(SituationRepository(db).get(again)->referralSector == QStringLiteral("CMP adultes"));

    // Edit, undo restores the sector.
    view.selectSituation(again);
    REQUIRE(view.selectedId() == again);
    view.editSelected();
    dialog = openDialog(view);
    dialog->findChild<QComboBox*>(QStringLiteral("situationSector"))->setCurrentText(QStringLiteral("CCAS"));
    clickOk(dialog);
    CHECK(SituationRepository(db).get(again)->referralSector == QStringLiteral("CCAS"));
    view.undoStack()->undo();
    CHECK(SituationRepository(db).get(again)->referralSector == QStringLiteral("CMP adultes"));
    view.undoStack()->redo();
    CHECK(SituationRepository(db).get(again)->referralSector == QStringLiteral("CCAS"));

    // Delete, undo: back under a new id with its fields, and the edit before it still undoes.
    view.selectSituation(again);
    view.deleteSelected();
    CHECK(situationCount(db) == before);
    view.undoStack()->undo();
    CHECK(situationCount(db) == before + 1);
    const qint64 restored = view.currentId(again);
    CHECK(SituationRepository(db).get(restored)->pseudonym == pseudonym);
    view.undoStack()->undo(); // the edit, reaching the restored row
    CHECK(SituationRepository(db).get(restored)->referralSector == QStringLiteral("CMP adultes"));
    view.undoStack()->undo(); // the creation
    CHECK(situationCount(db) == before);
}
