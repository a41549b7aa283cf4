// SPDX-License-Identifier: EUPL-1.2
#include "core/demo/DemoCouncil.h"
#include "core/meetings/MeetingPreparation.h"
#include "core/storage/InstanceRepository.h"
#include "core/storage/MeetingRepository.h"
#include "tests/support/Catch.h"
#include "tests/support/TestDatabase.h"
#include "tests/ui/ConflictUi.h"
#include "ui/meetings/editor/AgendaModel.h"
#include "ui/meetings/editor/AgendaWidget.h"
#include "ui/meetings/editor/AttendanceWidget.h"
#include "ui/meetings/editor/MeetingEditState.h"
#include "ui/meetings/editor/MeetingEditorDialog.h"
#include "ui/meetings/editor/MinutesEditorWidget.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextEdit>
#include <QTimer>

using namespace maillage;

namespace {

/// The demo instance with a quorum and the most members.
qint64 instanceWithQuorum(Database& db)
{
    REQUIRE(demo::generateDemoCouncil(db, QDate(2026, 6, 15)).ok());
    auto instances = InstanceRepository(db).list();
    REQUIRE(instances.ok());
    qint64 best = 0;
    size_t most = 0;
    for (const Instance& instance : instances.value()) {
        auto members = InstanceRepository(db).membersOn(instance.id, QDate(2026, 9, 8));
        REQUIRE(members.ok());
        if (instance.quorum > 0 && members->size() > most) {
            best = instance.id;
            most = members->size();
        }
    }
    if (best == 0) // no quorum in the demo: any instance with members will do
        for (const Instance& instance : instances.value())
            if (InstanceRepository(db).membersOn(instance.id, QDate(2026, 9, 8))->size() > 2)
                best = instance.id;
    REQUIRE(best > 0);
    return best;
}

QStringList titles(const Meeting& meeting)
{
    QStringList list;
    for (const AgendaItem& item : meeting.agenda)
        list << item.title;
    return list;
}

void choose(QComboBox* combo, const QVariant& data)
{
    const int index = combo->findData(data);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
    emit combo->activated(index);
}

} // namespace

TEST_CASE("The meeting editor prepares, records, undoes and saves a meeting", "[ui][meetings]")
{
    test::TestDatabase fixture;
    Database& db = fixture.db();
    const qint64 instanceId = instanceWithQuorum(db);
    auto draft = MeetingPreparation::newMeeting(db, instanceId, QDateTime(QDate(2026, 9, 8), QTime(14, 0)));
    REQUIRE(draft.ok());
    REQUIRE(draft->attendance.size() >= 2);

    MeetingEditorDialog dialog(db, draft.value(), nullptr);
    dialog.show();
    dialog.activateWindow();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto* agenda = dialog.findChild<AgendaWidget*>(QStringLiteral("agendaWidget"));
    auto* attendance = dialog.findChild<AttendanceWidget*>(QStringLiteral("attendanceWidget"));
    auto* minutes = dialog.findChild<MinutesEditorWidget*>(QStringLiteral("minutesEditor"));
    REQUIRE(agenda);
    REQUIRE(attendance);
    REQUIRE(minutes);
    REQUIRE(attendance->table()->rowCount() == int(draft->attendance.size()));

    // Attendance: one excused, one represented by a colleague.
    choose(attendance->statusCombo(0), codeOf(AttendanceStatus::Excused));
    choose(attendance->statusCombo(1), codeOf(AttendanceStatus::Represented));
    REQUIRE(attendance->whoCombo(1)->isEnabled());
    const qint64 standIn = draft->attendance.back().contactId;
    choose(attendance->whoCombo(1), standIn);
    CHECK(dialog.meeting().attendance[0].status == AttendanceStatus::Excused);
    CHECK(dialog.meeting().attendance[1].representedByContactId == standIn);
    if (auto* quorum = dialog.findChild<QLabel*>(QStringLiteral("quorumLabel")); quorum)
        CHECK(quorum->text().contains(QStringLiteral("excused")));

    // Minutes of the first item, with a word in bold.
    minutes->items()->setCurrentRow(0);
    QTextEdit* text = minutes->textEdit();
    text->setFocus();
    QTest::keyClicks(text, QStringLiteral("Compte rendu "));
    minutes->boldAction()->trigger();
    QTest::keyClicks(text, QStringLiteral("approuve")); // QTest types ASCII only
    minutes->boldAction()->trigger();
    QTest::keyClicks(text, QStringLiteral(" sans remarque."));
    minutes->addDecision(QStringLiteral("Le compte rendu est approuvé"));
    const QString html = dialog.meeting().agenda[0].minutesHtml;
    CHECK(html.contains(QStringLiteral("font-weight:700")));
    CHECK(html.contains(QStringLiteral("approuve")));

    // Reorder: drag the first item below the second, then the arrows.
    const QStringList before = titles(dialog.meeting());
    AgendaModel* model = agenda->model();
    std::unique_ptr<QMimeData> dragged(model->mimeData({model->index(0, 0)}));
    model->dropMimeData(dragged.get(), Qt::MoveAction, 2, 0, {});
    QStringList expected = before;
    expected.move(0, 1);
    CHECK(titles(dialog.meeting()) == expected);
    agenda->selectRow(2);
    dialog.findChild<QPushButton*>(QStringLiteral("itemUpButton"))->click();
    expected.move(2, 1);
    CHECK(titles(dialog.meeting()) == expected);
    CHECK(agenda->currentRow() == 1);

    // Undo the arrow with Ctrl+Z in the minutes text (the editor's stack, not the text's), redo with Ctrl+Shift+Z.
    text->setFocus();
    QTest::keyClick(text, Qt::Key_Z, Qt::ControlModifier);
    QStringList afterDrag = before;
    afterDrag.move(0, 1);
    CHECK(titles(dialog.meeting()) == afterDrag);
    QTest::keyClick(text, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(titles(dialog.meeting()) == expected);
    // Undo several steps with the action, then redo them.
    QAction* undo = dialog.findChild<QAction*>(QStringLiteral("undoAction"));
    QAction* redo = dialog.findChild<QAction*>(QStringLiteral("redoAction"));
    undo->trigger();
    undo->trigger();
    CHECK(titles(dialog.meeting()) == before);
    redo->trigger();
    redo->trigger();
    CHECK(titles(dialog.meeting()) == expected);

    // Ctrl+S saves.
    QTest::keyClick(&dialog, Qt::Key_S, Qt::ControlModifier);
    const qint64 id = dialog.meeting().id;
    REQUIRE(id > 0);
    CHECK(dialog.savedOnce());
    CHECK(dialog.state()->undoStack()->isClean());

    fixture.reopen();
    auto stored = MeetingRepository(fixture.db()).get(id);
    REQUIRE(stored.ok());
    CHECK(titles(stored.value()) == expected);
    const AgendaItem& approval = *std::find_if(stored->agenda.begin(), stored->agenda.end(),
                                               [](const AgendaItem& i) { return i.kind == AgendaItemKind::Approval; });
    CHECK(approval.minutesHtml.contains(QStringLiteral("font-weight:700")));
    CHECK(approval.minutesHtml.contains(QStringLiteral("sans remarque")));
    REQUIRE(stored->decisions.size() == 1);
    CHECK(stored->decisions[0].agendaItemId == approval.id);
    CHECK(stored->attendance[0].status == AttendanceStatus::Excused);
    CHECK(stored->attendance[1].status == AttendanceStatus::Represented);
    CHECK(stored->attendance[1].representedByContactId == standIn);
    dialog.close();
}

TEST_CASE("A stale save in the meeting editor shows both versions and saves the chosen ones", "[ui][meetings]")
{
    test::TestDatabase fixture;
    Database& db = fixture.db();
    const qint64 instanceId = instanceWithQuorum(db);
    auto draft = MeetingPreparation::newMeeting(db, instanceId, QDateTime(QDate(2026, 9, 8), QTime(14, 0)));
    REQUIRE(draft.ok());
    Meeting meeting = draft.value();
    REQUIRE(MeetingPreparation::saveMeeting(db, meeting).ok());

    MeetingEditorDialog dialog(db, meeting, nullptr);
    // Someone else saves the meeting meanwhile.
    Meeting theirs = meeting;
    theirs.place = QStringLiteral("Mairie annexe");
    REQUIRE(MeetingRepository(db).update(theirs).ok());

    auto* title = dialog.findChild<QLineEdit*>(QStringLiteral("titleEdit"));
    REQUIRE(title);
    title->setFocus();
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("COPIL de rentree"));
    test::ShownConflict shown;
    test::onNextModal<ui::ConflictDialog>([&](ui::ConflictDialog* conflict) {
        shown = test::shownConflict(conflict);
        conflict->reject();
    });
    Status status = dialog.save();
    CHECK_FALSE(status.ok());
    CHECK(status.error().kind == Error::Kind::Conflict);
    CHECK(shown.labels == QStringList{QStringLiteral("Title"), QStringLiteral("Place")});
    CHECK(shown.mine.contains(QStringLiteral("COPIL de rentree")));
    CHECK(shown.theirs.contains(QStringLiteral("Mairie annexe")));
    CHECK(dialog.meeting().title == QStringLiteral("COPIL de rentree"));
    CHECK(title->text() == QStringLiteral("COPIL de rentree"));
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("editorMessage"))->text().contains(QStringLiteral("meanwhile")));
    CHECK(MeetingRepository(db).get(meeting.id)->title == meeting.title);

    // The proposed merge keeps my title and their place.
    test::onNextModal<ui::ConflictDialog>([](ui::ConflictDialog* conflict) { conflict->mergeButton()->click(); });
    REQUIRE(dialog.save().ok());
    auto stored = MeetingRepository(db).get(meeting.id);
    CHECK(stored->title == QStringLiteral("COPIL de rentree"));
    CHECK(stored->place == QStringLiteral("Mairie annexe"));
    CHECK(dialog.meeting().place == QStringLiteral("Mairie annexe")); // the editor shows what was saved
    dialog.close();
}

TEST_CASE("The editor saves a new meeting, then opens its documents", "[ui][meetings][documents]")
{
    test::TestDatabase fixture;
    Database& db = fixture.db();
    const qint64 instance = instanceWithQuorum(db);
    auto draft = MeetingPreparation::newMeeting(db, instance, QDateTime(QDate(2026, 9, 8), QTime(14, 0)));
    REQUIRE(draft.ok());
    MeetingEditorDialog dialog(db, draft.value(), nullptr);
    QString opened; // the dialog lives on openDocuments()'s stack: note its class while it is up
    QTimer::singleShot(0, [&opened] {
        if (QWidget* modal = QApplication::activeModalWidget()) {
            opened = QString::fromLatin1(modal->metaObject()->className());
            modal->close();
        }
    });
    auto* action = dialog.findChild<QAction*>(QStringLiteral("documentsAction"));
    REQUIRE(action);
    action->trigger();
    CHECK(opened == QStringLiteral("maillage::ui::DocumentExportDialog"));
    CHECK(dialog.state()->meeting().id > 0); // saved first, so the documents show what is stored
}
