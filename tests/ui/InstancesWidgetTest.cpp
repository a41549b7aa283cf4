// SPDX-License-Identifier: EUPL-1.2
#include "core/demo/DemoCouncil.h"
#include "core/storage/ContactRepository.h"
#include "core/storage/CouncilRepository.h"
#include "core/storage/InstanceRepository.h"
#include "core/storage/MeetingRepository.h"
#include "core/storage/OrganisationRepository.h"
#include "tests/support/Catch.h"
#include "tests/support/TestDatabase.h"
#include "ui/instances/InstanceEditorDialog.h"
#include "ui/instances/InstancesWidget.h"
#include "ui/instances/MemberDialog.h"
#include "ui/instances/RecurrenceEditor.h"
#include "ui/main/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QTimer>
#include <QUndoStack>

using namespace maillage;
using maillage::ui::MainWindow;

namespace {

const QDate kToday(2026, 6, 15);

/// Runs `answer` on the next modal dialog, while the caller's exec() waits.
template <typename Dialog, typename Answer>
void whenModal(Answer answer)
{
    QTimer::singleShot(0, [answer] {
        auto* dialog = qobject_cast<Dialog*>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        answer(dialog);
    });
}

QStringList column(const QTableWidget* table, int columnIndex)
{
    QStringList texts;
    for (int row = 0; row < table->rowCount(); ++row)
        texts << table->item(row, columnIndex)->text();
    return texts;
}

int rowOf(const QTableWidget* table, const QString& name)
{
    return int(column(table, 1).indexOf(name));
}

struct Window {
    test::TestDatabase fx;
    MainWindow window;
    ui::InstancesWidget* section = nullptr;
    QTableWidget* table = nullptr;

    Window()
    {
        QSettings().clear();
        const Status demo = demo::generateDemoCouncil(fx.db(), kToday);
        INFO(demo.error().fullText().toStdString());
        REQUIRE(demo.ok());
        window.start(fx.url());
        window.showSection(MainWindow::Instances);
        section = qobject_cast<ui::InstancesWidget*>(window.section(MainWindow::Instances));
        REQUIRE(section);
        table = section->findChild<QTableWidget*>(QStringLiteral("instancesTable"));
        REQUIRE(table);
    }
    QPushButton* button(const char* name) const
    {
        auto* found = section->findChild<QPushButton*>(QString::fromLatin1(name));
        REQUIRE(found);
        return found;
    }
};

} // namespace

TEST_CASE("The instances list shows every active instance with its cadence and members", "[ui]")
{
    Window w;
    InstanceRepository repository(w.fx.db());
    InstanceFilter active;
    active.active = true;
    auto instances = repository.list(active);
    REQUIRE(instances.ok());
    REQUIRE(w.table->rowCount() == int(instances->size()));
    REQUIRE(w.table->rowCount() > 0);
    for (const Instance& instance : instances.value()) {
        const int row = rowOf(w.table, instance.name);
        REQUIRE(row >= 0);
        CHECK(w.table->item(row, 0)->text() == labelOf(instance.kind));
        auto members = repository.membersOn(instance.id, QDate::currentDate());
        REQUIRE(members.ok());
        CHECK(w.table->item(row, 4)->text() == QString::number(members->size()));
        if (auto rule = calendar::RecurrenceRule::parse(instance.cadence); rule.ok())
            CHECK(w.table->item(row, 3)->text() == rule->describe());
    }
}

TEST_CASE("An instance is created with members in the editor, saved and reopened", "[ui]")
{
    Window w;
    auto contacts = ContactRepository(w.fx.db()).list();
    auto organisations = OrganisationRepository(w.fx.db()).list();
    REQUIRE((contacts.ok() && contacts->size() >= 2 && organisations.ok() && !organisations->empty()));
    const Contact chair = contacts->at(0);
    const Organisation association = organisations->at(0);

    whenModal<ui::InstanceEditorDialog>([&](ui::InstanceEditorDialog* editor) {
        editor->findChild<QLineEdit*>(QStringLiteral("nameEdit"))->setText(QStringLiteral("Groupe logement"));
        editor->findChild<QLineEdit*>(QStringLiteral("themeEdit"))->setText(QStringLiteral("Accès au logement"));
        editor->findChild<QLineEdit*>(QStringLiteral("placeEdit"))->setText(QStringLiteral("Maison des associations"));
        editor->recurrenceEditor()->setRuleText(QStringLiteral("FREQ=MONTHLY;BYMONTH=1,2,3,4,5,6,7,9,10,11,12;BYDAY=2TU"));
        // The chair, through the member dialog as a coordinator would.
        whenModal<ui::MemberDialog>([&](ui::MemberDialog* dialog) {
            auto* party = dialog->findChild<QComboBox*>(QStringLiteral("memberParty"));
            party->setCurrentIndex(party->findText(chair.displayName()));
            auto* role = dialog->findChild<QComboBox*>(QStringLiteral("memberRole"));
            role->setCurrentIndex(role->findData(int(MemberRole::Chair)));
            dialog->accept();
        });
        editor->findChild<QPushButton*>(QStringLiteral("addMemberButton"))->click();
        REQUIRE(editor->members().size() == 1);
        InstanceMember invited;
        invited.organisationId = association.id;
        invited.membership = Membership::Invited;
        invited.seat = Seat::Substitute;
        invited.validFrom = QDate(2026, 1, 1);
        editor->addMember(invited);
        REQUIRE(editor->members().size() == 2);

        // Undo and redo the member edits before saving.
        auto* undo = editor->findChild<QAction*>(QStringLiteral("undoMembersAction"));
        auto* redo = editor->findChild<QAction*>(QStringLiteral("redoMembersAction"));
        REQUIRE((undo && redo));
        CHECK(undo->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_Z));
        CHECK(redo->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));
        undo->trigger();
        CHECK(editor->members().size() == 1);
        redo->trigger();
        CHECK(editor->members().size() == 2);
        editor->removeMember(1);
        CHECK(editor->members().size() == 1);
        undo->trigger();
        auto* table = editor->findChild<QTableWidget*>(QStringLiteral("membersTable"));
        REQUIRE(table->rowCount() == 2);
        CHECK(table->item(1, 0)->text() == association.name);
        CHECK(editor->findChild<QLabel*>(QStringLiteral("chairsLabel"))->text() == chair.displayName());
        editor->findChild<QPushButton*>(QStringLiteral("saveInstanceButton"))->click();
    });
    w.button("newInstanceButton")->click();

    const int row = rowOf(w.table, QStringLiteral("Groupe logement"));
    REQUIRE(row >= 0);
    CHECK(w.table->item(row, 4)->text() == QStringLiteral("2"));
    CHECK(w.table->item(row, 3)->text().contains(QStringLiteral("except")));
    CHECK(w.section->currentInstanceId() > 0);
    auto saved = InstanceRepository(w.fx.db()).get(w.section->currentInstanceId());
    REQUIRE(saved.ok());
    CHECK(saved->name == QStringLiteral("Groupe logement"));
    CHECK(saved->cadence == QStringLiteral("FREQ=MONTHLY;BYMONTH=1,2,3,4,5,6,7,9,10,11,12;BYDAY=2TU"));
    REQUIRE(saved->members.size() == 2);
    CHECK(saved->members[0].contactId == chair.id);
    CHECK(saved->members[0].role == MemberRole::Chair);
    CHECK(saved->members[1].organisationId == association.id);
    CHECK(saved->members[1].seat == Seat::Substitute);

    // Reopened: the members are there; a change made elsewhere meanwhile is reported, not overwritten.
    whenModal<ui::InstanceEditorDialog>([&](ui::InstanceEditorDialog* editor) {
        auto* table = editor->findChild<QTableWidget*>(QStringLiteral("membersTable"));
        REQUIRE(table->rowCount() == 2);
        CHECK(table->item(0, 0)->text() == chair.displayName());
        CHECK(table->item(1, 2)->text() == QStringLiteral("Invited"));
        Instance meanwhile = InstanceRepository(w.fx.db()).get(saved->id).value();
        meanwhile.theme = QStringLiteral("Changed elsewhere");
        REQUIRE(InstanceRepository(w.fx.db()).update(meanwhile).ok());
        editor->findChild<QPushButton*>(QStringLiteral("saveInstanceButton"))->click();
        auto* error = editor->findChild<QMessageBox*>(QStringLiteral("instanceSaveError"));
        REQUIRE(error);
        CHECK(error->text().contains(QStringLiteral("again")));
        CHECK(editor->isVisible());
        error->close();
        editor->reject();
    });
    w.button("editInstanceButton")->click();
    CHECK(InstanceRepository(w.fx.db()).get(saved->id)->theme == QStringLiteral("Changed elsewhere"));
}

TEST_CASE("An instance with meetings is archived instead of deleted; one without is deleted", "[ui]")
{
    Window w;
    MeetingRepository meetings(w.fx.db());
    const int before = meetings.count();
    REQUIRE(before > 0);
    qint64 withMeetings = 0;
    for (int row = 0; row < w.table->rowCount() && !withMeetings; ++row) {
        const qint64 id = w.table->item(row, 0)->data(Qt::UserRole).toLongLong();
        MeetingFilter filter;
        filter.instanceId = id;
        if (meetings.count(filter) > 0)
            withMeetings = id;
    }
    REQUIRE(withMeetings);
    const QString name = InstanceRepository(w.fx.db()).get(withMeetings)->name;
    const int rows = w.table->rowCount();
    w.section->selectInstance(withMeetings);
    whenModal<QMessageBox>([](QMessageBox* box) {
        CHECK(box->objectName() == QStringLiteral("deleteInstanceQuestion"));
        auto* archive = box->findChild<QPushButton*>(QStringLiteral("archiveInstanceButton"));
        REQUIRE(archive);
        CHECK_FALSE(box->findChild<QPushButton*>(QStringLiteral("confirmDeleteButton")));
        archive->click();
    });
    w.button("deleteInstanceButton")->click();
    auto archived = InstanceRepository(w.fx.db()).get(withMeetings);
    REQUIRE(archived.ok());
    CHECK_FALSE(archived->active);
    CHECK(meetings.count() == before);
    CHECK(w.table->rowCount() == rows - 1);
    CHECK(rowOf(w.table, name) == -1);
    w.section->findChild<QCheckBox*>(QStringLiteral("showArchivedCheck"))->setChecked(true);
    const int row = rowOf(w.table, name);
    REQUIRE(row >= 0);
    CHECK(w.table->item(row, 5)->text() == QStringLiteral("Archived"));

    Instance empty;
    empty.councilId = archived->councilId;
    empty.name = QStringLiteral("Groupe sans réunion");
    REQUIRE(InstanceRepository(w.fx.db()).create(empty).ok());
    w.section->refresh();
    w.section->selectInstance(empty.id);
    whenModal<QMessageBox>([](QMessageBox* box) {
        auto* remove = box->findChild<QPushButton*>(QStringLiteral("confirmDeleteButton"));
        REQUIRE(remove);
        remove->click();
    });
    w.button("deleteInstanceButton")->click();
    CHECK_FALSE(InstanceRepository(w.fx.db()).get(empty.id).ok());
    CHECK(meetings.count() == before);
}
