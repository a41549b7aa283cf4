// SPDX-License-Identifier: EUPL-1.2
// Undo and redo in the instances view: create, edit (with members), archive and delete.
#include "core/demo/DemoCouncil.h"
#include "core/storage/ContactRepository.h"
#include "core/storage/InstanceRepository.h"
#include "core/storage/MeetingRepository.h"
#include "tests/support/Catch.h"
#include "tests/support/TestDatabase.h"
#include "ui/instances/InstanceEditorDialog.h"
#include "ui/instances/InstancesWidget.h"
#include "ui/main/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <optional>

using namespace maillage;
using maillage::ui::MainWindow;

namespace {

template <typename Dialog, typename Answer>
void whenModal(Answer answer)
{
    QTimer::singleShot(0, [answer] {
        auto* dialog = qobject_cast<Dialog*>(QApplication::activeModalWidget());
        CHECK(dialog); // no REQUIRE: nothing may throw through the event loop
        if (dialog)
            answer(dialog);
    });
}

/// The stored instance called name, or nothing.
std::optional<Instance> byName(Database& db, const QString& name)
{
    auto list = InstanceRepository(db).list();
    REQUIRE(list.ok());
    for (const Instance& instance : list.value())
        if (instance.name == name)
            return InstanceRepository(db).get(instance.id).value();
    return std::nullopt;
}

struct Window {
    test::TestDatabase fx;
    Database& db = fx.db();
    MainWindow window;
    ui::InstancesWidget* section = nullptr;
    QAction* undo = nullptr;
    QAction* redo = nullptr;

    Window()
    {
        QSettings().clear();
        REQUIRE(demo::generateDemoCouncil(db, QDate(2026, 6, 15)).ok());
        window.start(fx.url());
        window.showSection(MainWindow::Instances);
        section = qobject_cast<ui::InstancesWidget*>(window.section(MainWindow::Instances));
        REQUIRE(section);
        undo = section->findChild<QAction*>(QStringLiteral("instancesUndoAction"));
        redo = section->findChild<QAction*>(QStringLiteral("instancesRedoAction"));
        REQUIRE((undo && redo));
    }
    QPushButton* button(const char* name) const { return section->findChild<QPushButton*>(QString::fromLatin1(name)); }
};

} // namespace

TEST_CASE("Creating and editing an instance can be undone and redone", "[ui]")
{
    Window w;
    CHECK(w.undo->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Z)));
    CHECK(w.redo->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));
    CHECK_FALSE(w.undo->isEnabled());
    auto contacts = ContactRepository(w.db).list();
    REQUIRE((contacts.ok() && contacts->size() >= 2));

    whenModal<ui::InstanceEditorDialog>([&](ui::InstanceEditorDialog* editor) {
        editor->findChild<QLineEdit*>(QStringLiteral("nameEdit"))->setText(QStringLiteral("Groupe logement"));
        editor->findChild<QLineEdit*>(QStringLiteral("themeEdit"))->setText(QStringLiteral("Accès au logement"));
        InstanceMember member;
        member.contactId = contacts->at(0).id;
        member.role = MemberRole::Chair;
        editor->addMember(member);
        editor->findChild<QPushButton*>(QStringLiteral("saveInstanceButton"))->click();
    });
    w.button("newInstanceButton")->click();
    REQUIRE(byName(w.db, QStringLiteral("Groupe logement")));
    REQUIRE(w.section->undoStack()->count() == 1);
    CHECK(w.undo->text().contains(QStringLiteral("Groupe logement")));

    w.undo->trigger();
    CHECK_FALSE(byName(w.db, QStringLiteral("Groupe logement")));
    w.redo->trigger();
    auto created = byName(w.db, QStringLiteral("Groupe logement"));
    REQUIRE(created);
    REQUIRE(created->members.size() == 1);
    CHECK(created->members[0].role == MemberRole::Chair);

    // Edit the recreated instance: a new theme, a second member, the chair removed.
    w.section->selectInstance(created->id);
    whenModal<ui::InstanceEditorDialog>([&](ui::InstanceEditorDialog* editor) {
        editor->findChild<QLineEdit*>(QStringLiteral("themeEdit"))->setText(QStringLiteral("Logement d’abord"));
        InstanceMember member;
        member.contactId = contacts->at(1).id;
        editor->addMember(member);
        editor->removeMember(0);
        editor->findChild<QPushButton*>(QStringLiteral("saveInstanceButton"))->click();
    });
    w.button("editInstanceButton")->click();
    auto edited = byName(w.db, QStringLiteral("Groupe logement"));
    REQUIRE(edited);
    CHECK(edited->theme == QStringLiteral("Logement d’abord"));
    REQUIRE(edited->members.size() == 1);
    CHECK(edited->members[0].contactId == contacts->at(1).id);

    // Ctrl+Z in the section undoes the edit: theme and members as they were.
    w.window.show();
    w.window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&w.window));
    w.section->setFocus();
    QTest::keyClick(w.section, Qt::Key_Z, Qt::ControlModifier);
    auto undone = byName(w.db, QStringLiteral("Groupe logement"));
    REQUIRE(undone);
    CHECK(undone->theme == QStringLiteral("Accès au logement"));
    REQUIRE(undone->members.size() == 1);
    CHECK(undone->members[0].contactId == contacts->at(0).id);
    CHECK(undone->members[0].role == MemberRole::Chair);
    // Ctrl+Shift+Z redoes it.
    QTest::keyClick(w.section, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    auto redone = byName(w.db, QStringLiteral("Groupe logement"));
    REQUIRE(redone);
    CHECK(redone->theme == QStringLiteral("Logement d’abord"));
    REQUIRE(redone->members.size() == 1);
    CHECK(redone->members[0].contactId == contacts->at(1).id);

    // Undo both: the edit, then the creation (of the instance recreated by the redo: same one, new id).
    w.undo->trigger();
    w.undo->trigger();
    CHECK_FALSE(byName(w.db, QStringLiteral("Groupe logement")));
    w.redo->trigger();
    w.redo->trigger();
    auto again = byName(w.db, QStringLiteral("Groupe logement"));
    REQUIRE(again);
    CHECK(again->theme == QStringLiteral("Logement d’abord"));
    CHECK(w.window.findChildren<QMessageBox*>(QStringLiteral("instanceError")).isEmpty());
}

TEST_CASE("Archiving and deleting an instance can be undone", "[ui]")
{
    Window w;
    MeetingRepository meetings(w.db);
    auto all = InstanceRepository(w.db).list();
    REQUIRE(all.ok());
    qint64 withMeetings = 0;
    for (const Instance& instance : all.value()) {
        MeetingFilter filter;
        filter.instanceId = instance.id;
        if (instance.active && meetings.count(filter) > 0) {
            withMeetings = instance.id;
            break;
        }
    }
    REQUIRE(withMeetings > 0);
    w.section->selectInstance(withMeetings);
    whenModal<QMessageBox>([](QMessageBox* box) {
        if (auto* archive = box->findChild<QPushButton*>(QStringLiteral("archiveInstanceButton")))
            archive->click();
    });
    w.button("deleteInstanceButton")->click();
    REQUIRE_FALSE(InstanceRepository(w.db).get(withMeetings)->active);
    w.undo->trigger();
    CHECK(InstanceRepository(w.db).get(withMeetings)->active);
    w.redo->trigger();
    CHECK_FALSE(InstanceRepository(w.db).get(withMeetings)->active);

    // An instance without meetings, with a member, deleted then brought back whole.
    Instance lone;
    lone.councilId = InstanceRepository(w.db).get(withMeetings)->councilId;
    lone.name = QStringLiteral("Groupe sans réunion");
    InstanceMember member;
    member.contactId = ContactRepository(w.db).list()->at(0).id;
    member.seat = Seat::Substitute;
    lone.members.push_back(member);
    REQUIRE(InstanceRepository(w.db).create(lone).ok());
    w.section->refresh();
    w.section->selectInstance(lone.id);
    whenModal<QMessageBox>([](QMessageBox* box) {
        if (auto* remove = box->findChild<QPushButton*>(QStringLiteral("confirmDeleteButton")))
            remove->click();
    });
    w.button("deleteInstanceButton")->click();
    CHECK_FALSE(InstanceRepository(w.db).get(lone.id).ok());
    CHECK(w.undo->text().contains(QStringLiteral("Groupe sans réunion")));
    w.undo->trigger();
    auto back = byName(w.db, QStringLiteral("Groupe sans réunion"));
    REQUIRE(back);
    REQUIRE(back->members.size() == 1);
    CHECK(back->members[0].seat == Seat::Substitute);
    w.redo->trigger();
    CHECK_FALSE(byName(w.db, QStringLiteral("Groupe sans réunion")));
    // Undo all: the deletion, then the archiving.
    w.undo->trigger();
    w.undo->trigger();
    CHECK(byName(w.db, QStringLiteral("Groupe sans réunion")));
    CHECK(InstanceRepository(w.db).get(withMeetings)->active);
}
