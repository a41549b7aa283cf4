// SPDX-License-Identifier: EUPL-1.2
// The events section driven offscreen: the year's list by month, the editor, create/duplicate/delete with undo.
#include "core/demo/DemoCouncil.h"
#include "core/storage/EventRepository.h"
#include "tests/support/Catch.h"
#include "tests/support/TestDatabase.h"
#include "ui/events/EventDialog.h"
#include "ui/events/EventsWidget.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTreeWidget>
#include <QUndoStack>

using namespace maillage;
using maillage::ui::EventDialog;
using maillage::ui::EventsWidget;

namespace {

int eventCount(Database& db, int year)
{
    EventFilter filter;
    filter.year = year;
    return EventRepository(db).count(filter);
}

EventDialog* openDialog(EventsWidget& view)
{
    // Closed dialogs wait for the event loop to be deleted: take the open one.
    for (EventDialog* dialog : view.findChildren<EventDialog*>())
        if (dialog->isVisible())
            return dialog;
    FAIL("no event dialog is open");
    return nullptr;
}

void clickOk(EventDialog* dialog)
{
    auto* buttons = dialog->findChild<QDialogButtonBox*>(QStringLiteral("eventButtons"));
    buttons->button(QDialogButtonBox::Ok)->click();
}

} // namespace

TEST_CASE("The events section edits every field and undoes create, duplicate and delete", "[ui][events]")
{
    QSettings().clear();
    test::TestDatabase fx;
    Database& db = fx.db();
    REQUIRE(demo::generateDemoCouncil(db, QDate(2026, 6, 15)).ok());
    EventsWidget view;
    view.resize(1000, 600);
    view.setDatabase(&db);
    auto* year = view.findChild<QComboBox*>(QStringLiteral("eventYear"));
    year->setCurrentIndex(year->findData(2025));
    REQUIRE(view.shownYear() == 2025);
    auto* tree = view.findChild<QTreeWidget*>(QStringLiteral("eventsTree"));
    const int before = eventCount(db, 2025);
    REQUIRE(before > 0);
    int shown = 0;
    for (int m = 0; m < tree->topLevelItemCount(); ++m)
        shown += tree->topLevelItem(m)->childCount();
    CHECK(shown == before); // grouped by month, every event once

    // A PSSM training with its end before its start is refused with a message, then fixed.
    view.newEvent();
    EventDialog* dialog = openDialog(view);
    auto* kind = dialog->findChild<QComboBox*>(QStringLiteral("eventKind"));
    kind->setCurrentIndex(kind->findData(QStringLiteral("pssm")));
    dialog->findChild<QLineEdit*>(QStringLiteral("eventTitle"))->setText(QStringLiteral("PSSM standard — session 9"));
    dialog->findChild<QDateEdit*>(QStringLiteral("eventStart"))->setDate(QDate(2025, 11, 20));
    dialog->findChild<QDateEdit*>(QStringLiteral("eventEnd"))->setDate(QDate(2025, 11, 18));
    dialog->findChild<QComboBox*>(QStringLiteral("eventModule"))->setCurrentText(QStringLiteral("Jeunes"));
    dialog->findChild<QLineEdit*>(QStringLiteral("eventTrainers"))->setText(QStringLiteral("Deux formateurs"));
    dialog->findChild<QSpinBox*>(QStringLiteral("eventTrained"))->setValue(14);
    clickOk(dialog);
    auto* problems = dialog->findChild<QLabel*>(QStringLiteral("eventProblems"));
    CHECK(dialog->isVisible());
    CHECK_FALSE(problems->text().isEmpty());
    CHECK(eventCount(db, 2025) == before);
    dialog->findChild<QDateEdit*>(QStringLiteral("eventEnd"))->setDate(QDate(2025, 11, 21));
    clickOk(dialog);
    CHECK(eventCount(db, 2025) == before + 1);
    const qint64 created = view.selectedId();
    REQUIRE(created > 0);
    auto stored = EventRepository(db).get(created);
    REQUIRE(stored.ok());
    CHECK(stored->kind == EventKind::PssmTraining);
    CHECK(stored->trainingModule == QStringLiteral("Jeunes"));
    CHECK(stored->peopleTrained == 14);
    CHECK(stored->endsOn == QDate(2025, 11, 21));

    // Undo and redo the creation.
    view.undoStack()->undo();
    CHECK(eventCount(db, 2025) == before);
    view.undoStack()->redo();
    CHECK(eventCount(db, 2025) == before + 1);

    // Duplicate, then delete the copy and undo the delete.
    view.duplicateSelected();
    CHECK(eventCount(db, 2025) == before + 2);
    const qint64 copy = view.selectedId();
    CHECK(EventRepository(db).get(copy)->title.contains(QStringLiteral("PSSM standard — session 9")));
    view.deleteSelected();
    CHECK(eventCount(db, 2025) == before + 1);
    view.undoStack()->undo();
    CHECK(eventCount(db, 2025) == before + 2);
    // Undoing the duplicate reaches the re-created copy under its new id.
    view.undoStack()->undo();
    CHECK(eventCount(db, 2025) == before + 1);

    // Edit: a SISM gets the year's theme offered; undo restores the old values.
    view.selectEvent(view.currentId(created)); // re-created by the redo under a new id
    REQUIRE(view.selectedId() == view.currentId(created));
    view.editSelected();
    dialog = openDialog(view);
    kind = dialog->findChild<QComboBox*>(QStringLiteral("eventKind"));
    kind->setCurrentIndex(kind->findData(QStringLiteral("sism")));
    CHECK(dialog->findChild<QLineEdit*>(QStringLiteral("eventTheme"))->text() ==
          Event::sismNationalTheme(2025));
    clickOk(dialog);
    CHECK(EventRepository(db).get(view.currentId(created))->kind == EventKind::Sism);
    view.undoStack()->undo();
    CHECK(EventRepository(db).get(view.currentId(created))->kind == EventKind::PssmTraining);
}
