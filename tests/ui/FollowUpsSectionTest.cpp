// SPDX-License-Identifier: EUPL-1.2
// The follow-ups section on the demo council, the dashboard link to it and the workspace shortcuts.
#include "core/demo/DemoCouncil.h"
#include "core/storage/SqlQuery.h"
#include "tests/support/Catch.h"
#include "tests/support/TestDatabase.h"
#include "tests/ui/UiFixture.h"
#include "ui/dashboard/DashboardWidget.h"
#include "ui/followups/FollowUpTableModel.h"
#include "ui/followups/FollowUpsView.h"
#include "ui/main/MainWindow.h"
#include "ui/documents/DocumentExportDialog.h"
#include "ui/meetings/MeetingActionDialog.h"
#include "ui/meetings/MeetingsWidget.h"

#include <QAction>
#include <QApplication>
#include <QBrush>
#include <QComboBox>
#include <QFont>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace maillage;
using maillage::ui::FollowUpsView;
using maillage::ui::FollowUpTableModel;
using maillage::ui::MainWindow;

namespace {

const QDate demoDay(2026, 6, 15);

struct FollowUpsWindow {
    test::TestDatabase fx;
    Database& db = fx.db();
    MainWindow window;
    FollowUpsView* followUps = nullptr;
    QTableView* table = nullptr;
    FollowUpTableModel* model = nullptr;

    FollowUpsWindow()
    {
        QSettings().clear();
        REQUIRE(demo::generateDemoCouncil(db, demoDay).ok());
        window.start(fx.url());
        qobject_cast<ui::DashboardWidget*>(window.section(MainWindow::Dashboard))->setToday(demoDay);
        followUps = qobject_cast<FollowUpsView*>(window.section(MainWindow::FollowUps));
        REQUIRE(followUps);
        followUps->setToday(demoDay);
        window.showSection(MainWindow::FollowUps);
        table = followUps->findChild<QTableView*>(QStringLiteral("followUpsTable"));
        REQUIRE(table);
        model = followUps->model();
    }
    int sqlCount(const QString& where, const QVariantMap& binds = {})
    {
        QVariantMap all = binds;
        if (where.contains(QStringLiteral(":today")))
            all.insert(QStringLiteral(":today"), sql::fromDate(demoDay));
        return test::countSql(db,
                              QStringLiteral("SELECT COUNT(*) FROM follow_up f JOIN meeting m ON m.id = f.meeting_id "
                                             "WHERE ")
                                  + where,
                              all);
    }
    QString countLabel() const { return followUps->findChild<QLabel*>(QStringLiteral("followUpCount"))->text(); }
};

const QString openWhere = QStringLiteral("f.status IN ('open', 'in_progress')");
const QString overdueWhere = QStringLiteral("f.status IN ('open', 'in_progress') AND f.due_on < :today");

} // namespace

TEST_CASE("The follow-ups section lists what SQL counts for each filter", "[ui][followups]")
{
    FollowUpsWindow w;
    CHECK(w.window.section(MainWindow::FollowUps)->isVisibleTo(&w.window));
    const struct {
        FollowUpsView::Show show;
        QString where;
    } cases[] = {{FollowUpsView::ShowOpen, openWhere},
                 {FollowUpsView::ShowOverdue, overdueWhere},
                 {FollowUpsView::ShowDone, QStringLiteral("f.status IN ('done', 'dropped')")},
                 {FollowUpsView::ShowAll, QStringLiteral("1 = 1")}};
    for (const auto& c : cases) {
        w.followUps->setShow(c.show);
        const int expected = w.sqlCount(c.where);
        CHECK(expected > 0);
        CHECK(w.model->rowCount() == expected);
        CHECK(w.countLabel().startsWith(QString::number(expected) + u' '));
    }

    auto* owner = w.followUps->findChild<QComboBox*>(QStringLiteral("followUpOwner"));
    REQUIRE(owner->count() > 1);
    owner->setCurrentIndex(1);
    CHECK(w.model->rowCount()
          == w.sqlCount(QStringLiteral("f.owner_contact_id = :o"), {{QStringLiteral(":o"), owner->currentData()}}));
    owner->setCurrentIndex(0);

    auto* instance = w.followUps->findChild<QComboBox*>(QStringLiteral("followUpInstance"));
    REQUIRE(instance->count() > 1);
    instance->setCurrentIndex(1);
    CHECK(w.model->rowCount()
          == w.sqlCount(QStringLiteral("m.instance_id = :i"), {{QStringLiteral(":i"), instance->currentData()}}));
    for (int row = 0; row < w.model->rowCount(); ++row)
        CHECK(w.model->index(row, FollowUpTableModel::MeetingColumn).data().toString().startsWith(instance->currentText()));
    instance->setCurrentIndex(0);

    auto* search = w.followUps->findChild<QLineEdit*>(QStringLiteral("followUpSearch"));
    const QString text = w.model->index(0, FollowUpTableModel::TextColumn).data().toString();
    search->setText(text.toUpper());
    CHECK(w.model->rowCount() >= 1);
    CHECK(w.model->rowCount() < w.sqlCount(QStringLiteral("1 = 1")));
    for (int row = 0; row < w.model->rowCount(); ++row)
        CHECK(w.model->index(row, FollowUpTableModel::TextColumn).data().toString().compare(text, Qt::CaseInsensitive)
              == 0);
}

TEST_CASE("Overdue follow-ups stand out; marking one done through the list persists", "[ui][followups]")
{
    FollowUpsWindow w;
    w.followUps->setShow(FollowUpsView::ShowAll);
    int overdue = 0;
    for (int row = 0; row < w.model->rowCount(); ++row) {
        const QModelIndex due = w.model->index(row, FollowUpTableModel::DueColumn);
        const bool late = due.data(FollowUpTableModel::OverdueRole).toBool();
        overdue += late ? 1 : 0;
        CHECK(due.data(Qt::FontRole).value<QFont>().bold() == late);
        const QVariant color = due.data(Qt::ForegroundRole);
        CHECK((late && color.value<QBrush>().color().red() > 150 && color.value<QBrush>().color().green() < 80)
              == late);
    }
    CHECK(overdue == w.sqlCount(overdueWhere));
    CHECK(w.countLabel().contains(QStringLiteral("%1 overdue").arg(overdue)));

    w.followUps->setShow(FollowUpsView::ShowOverdue);
    REQUIRE(w.model->rowCount() > 0);
    const qint64 id = w.model->index(0, 0).data(FollowUpTableModel::IdRole).toLongLong();
    const QModelIndex status = w.model->index(0, FollowUpTableModel::StatusColumn);
    CHECK(status.flags().testFlag(Qt::ItemIsEditable));
    CHECK_FALSE(w.model->index(0, FollowUpTableModel::TextColumn).flags().testFlag(Qt::ItemIsEditable));

    // Through the in-place editor, as a double-click would open it.
    w.table->setCurrentIndex(status);
    w.table->edit(status);
    auto* editor = w.table->findChild<QComboBox*>(QStringLiteral("followUpStatusEditor"));
    REQUIRE(editor);
    const int done = editor->findData(QStringLiteral("done"));
    editor->setCurrentIndex(done);
    emit editor->activated(done);
    const QVariantMap bind{{QStringLiteral(":id"), id}};
    CHECK(test::countSql(w.db, QStringLiteral("SELECT COUNT(*) FROM follow_up WHERE id = :id AND status = 'done'"), bind)
          == 1);
    {
        // Scoped: an unfinished SELECT would keep this connection on an old snapshot.
        SqlQuery doneOn(w.db, QStringLiteral("SELECT done_on FROM follow_up WHERE id = :id"));
        doneOn.bind(QStringLiteral(":id"), id);
        REQUIRE(doneOn.exec(QStringLiteral("done_on")).ok());
        REQUIRE(doneOn.next());
        CHECK(doneOn.date(QStringLiteral("done_on")) == QDate::currentDate());
    }
    CHECK_FALSE(w.model->index(0, FollowUpTableModel::DueColumn).data(FollowUpTableModel::OverdueRole).toBool());
    CHECK_FALSE(w.model->index(0, FollowUpTableModel::DueColumn).data(Qt::FontRole).value<QFont>().bold());

    // The due date too, and a second change on the same row needs no reload (the version follows).
    const QDate later(2026, 9, 30);
    REQUIRE(w.model->setData(w.model->index(0, FollowUpTableModel::DueColumn), later));
    CHECK(test::countSql(w.db, QStringLiteral("SELECT COUNT(*) FROM follow_up WHERE id = :id AND due_on = '2026-09-30'"),
                         bind)
          == 1);
    w.window.section(MainWindow::FollowUps)->refresh();
    CHECK(w.model->rowCount() == w.sqlCount(overdueWhere));
}

TEST_CASE("The dashboard's overdue follow-ups open the follow-ups section filtered on them", "[ui][followups]")
{
    FollowUpsWindow w;
    w.followUps->setShow(FollowUpsView::ShowAll);
    w.followUps->findChild<QLineEdit*>(QStringLiteral("followUpSearch"))->setText(QStringLiteral("zzz"));
    w.window.showSection(MainWindow::Dashboard);
    auto* overdue = w.window.findChild<QTableWidget*>(QStringLiteral("overdueTable"));
    REQUIRE(overdue);
    REQUIRE(overdue->rowCount() > 0);
    emit overdue->cellClicked(0, 0);
    CHECK(w.window.currentSection() == MainWindow::FollowUps);
    CHECK(w.followUps->findChild<QComboBox*>(QStringLiteral("followUpShow"))->currentData().toInt()
          == FollowUpsView::ShowOverdue);
    CHECK(w.followUps->searchBox()->text().isEmpty());
    CHECK(w.model->rowCount() == w.sqlCount(overdueWhere));
}

TEST_CASE("F5 refreshes the section, Ctrl+F goes to its search box, Ctrl+N and Ctrl+P in Meetings",
          "[ui][shortcuts]")
{
    FollowUpsWindow w;
    w.window.show();
    w.window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&w.window));

    w.followUps->setShow(FollowUpsView::ShowOpen);
    const int before = w.model->rowCount();
    const qint64 meeting = test::countSql(w.db, QStringLiteral("SELECT MIN(id) FROM meeting"));
    test::insertRow(w.db, QStringLiteral("follow_up"),
                    {{QStringLiteral("meeting_id"), meeting}, {QStringLiteral("text"), QStringLiteral("Relancer la mairie")},
                     {QStringLiteral("status"), QStringLiteral("open")}});
    CHECK(w.model->rowCount() == before);
    QTest::keyClick(&w.window, Qt::Key_F5);
    CHECK(w.model->rowCount() == before + 1);

    QTest::keyClick(&w.window, Qt::Key_F, Qt::ControlModifier);
    CHECK(QApplication::focusWidget() == w.followUps->searchBox());

    auto* newMeeting = w.window.findChild<QAction*>(QStringLiteral("newMeetingShortcut"));
    REQUIRE(newMeeting);
    CHECK_FALSE(newMeeting->isEnabled());
    w.window.showSection(MainWindow::Meetings);
    CHECK(newMeeting->isEnabled());
    CHECK(newMeeting->shortcut() == QKeySequence(QKeySequence::New));
    bool asked = false;
    QTimer::singleShot(0, [&asked] {
        auto* dialog = qobject_cast<ui::MeetingActionDialog*>(QApplication::activeModalWidget());
        asked = dialog && dialog->findChild<QComboBox*>(QStringLiteral("meetingActionInstance"))->count() > 1;
        if (dialog)
            dialog->reject();
    });
    QTest::keyClick(&w.window, Qt::Key_N, Qt::ControlModifier);
    CHECK(asked);

    // Ctrl+P: the documents of the selected meeting.
    auto* meetings = qobject_cast<ui::MeetingsWidget*>(w.window.section(MainWindow::Meetings));
    meetings->findChild<QTableView*>(QStringLiteral("meetingsTable"))->selectRow(0);
    REQUIRE(meetings->currentMeetingId() > 0);
    w.window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&w.window));
    bool documents = false;
    QTimer::singleShot(0, [&documents] {
        auto* dialog = qobject_cast<ui::DocumentExportDialog*>(QApplication::activeModalWidget());
        documents = dialog != nullptr;
        if (QWidget* modal = QApplication::activeModalWidget())
            modal->close(); // whatever opened, do not hang the suite
    });
    QTest::keyClick(&w.window, Qt::Key_P, Qt::ControlModifier);
    CHECK(documents);
    w.window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&w.window));
    QTest::keyClick(&w.window, Qt::Key_F, Qt::ControlModifier);
    REQUIRE(QApplication::focusWidget());
    CHECK(QApplication::focusWidget()->objectName() == QStringLiteral("meetingSearch"));
    w.window.close();
}
