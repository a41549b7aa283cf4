// SPDX-License-Identifier: EUPL-1.2
// The meetings section on the demo council: ordering by header, duplicate, cancel and postpone.
#include "core/demo/DemoCouncil.h"
#include "core/models/MeetingListModel.h"
#include "core/storage/MeetingRepository.h"
#include "core/storage/SqlQuery.h"
#include "core/storage/SqliteFunctions.h"
#include "tests/support/Catch.h"
#include "tests/support/TestDatabase.h"
#include "tests/ui/UiFixture.h"
#include "ui/main/MainWindow.h"
#include "ui/meetings/MeetingActionDialog.h"
#include "ui/meetings/editor/MeetingEditorDialog.h"
#include "ui/meetings/MeetingsWidget.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTimer>

#include <functional>

using namespace maillage;
using maillage::ui::MainWindow;
using maillage::ui::MeetingActionDialog;
using maillage::ui::MeetingsWidget;
using maillage::MeetingEditorDialog;

namespace {

const QDate demoDay(2026, 6, 15);

/// Answers the next modal meeting dialog: answer fills its fields, then it is accepted.
void answerNextDialog(std::function<void(MeetingActionDialog*)> answer)
{
    QTimer::singleShot(0, [answer] {
        auto* dialog = qobject_cast<MeetingActionDialog*>(QApplication::activeModalWidget());
        CHECK(dialog);
        if (!dialog)
            return;
        answer(dialog);
        QPushButton* ok = dialog->findChild<QDialogButtonBox*>(QStringLiteral("meetingActionButtons"))
                              ->button(QDialogButtonBox::Ok);
        CHECK(ok->isEnabled());
        ok->click();
    });
}

QVariant scalar(Database& db, const QString& statement, const QVariantMap& binds = {})
{
    SqlQuery query(db, statement);
    for (auto it = binds.begin(); it != binds.end(); ++it)
        query.bind(it.key(), it.value());
    REQUIRE(query.exec(QStringLiteral("test query")).ok());
    REQUIRE(query.next());
    return query.value(0);
}

struct DemoWindow {
    test::TestDatabase fx;
    Database& db = fx.db();
    MainWindow window;
    MeetingsWidget* meetings = nullptr;
    QTableView* table = nullptr;
    QAbstractItemModel* model = nullptr;

    DemoWindow()
    {
        QSettings().clear();
        REQUIRE(demo::generateDemoCouncil(db, demoDay).ok());
        window.start(fx.url());
        window.showSection(MainWindow::Meetings);
        meetings = qobject_cast<MeetingsWidget*>(window.section(MainWindow::Meetings));
        REQUIRE(meetings);
        table = meetings->findChild<QTableView*>(QStringLiteral("meetingsTable"));
        REQUIRE(table);
        model = table->model();
    }
    void showStatus(const QString& code)
    {
        auto* status = meetings->findChild<QComboBox*>(QStringLiteral("meetingStatus"));
        status->setCurrentIndex(status->findData(code));
    }
    QString rawAt(int row, int column) const
    {
        return model->index(row, column).data(LazyTableModel::RawRole).toString();
    }
};

} // namespace

TEST_CASE("Clicking the date, instance or status header orders the meetings in the query", "[ui][meetings]")
{
    DemoWindow w;
    QHeaderView* header = w.table->horizontalHeader();
    const qint64 latest = scalar(w.db, QStringLiteral("SELECT id FROM meeting ORDER BY starts_at DESC, id DESC LIMIT 1"))
                              .toLongLong();
    CHECK(w.meetings->model()->idAt(0) == latest);

    header->setSortIndicator(MeetingListModel::DateColumn, Qt::AscendingOrder);
    CHECK(w.meetings->model()->idAt(0)
          == scalar(w.db, QStringLiteral("SELECT id FROM meeting ORDER BY starts_at, id LIMIT 1")).toLongLong());
    CHECK(w.model->rowCount() <= LazyTableModel::PageSize); // still lazy

    header->setSortIndicator(MeetingListModel::InstanceColumn, Qt::AscendingOrder);
    QStringList names;
    {
        SqlQuery query(w.db, QStringLiteral("SELECT DISTINCT i.name FROM instance i JOIN meeting m ON m.instance_id = i.id"));
        REQUIRE(query.exec(QStringLiteral("instances")).ok());
        while (query.next())
            names << query.value(0).toString();
    }
    std::sort(names.begin(), names.end(),
              [](const QString& a, const QString& b) { return sqlite::fold(a) < sqlite::fold(b); });
    REQUIRE(names.size() > 1);
    CHECK(w.rawAt(0, MeetingListModel::InstanceColumn) == names.first());
    header->setSortIndicator(MeetingListModel::InstanceColumn, Qt::DescendingOrder);
    CHECK(w.rawAt(0, MeetingListModel::InstanceColumn) == names.last());

    header->setSortIndicator(MeetingListModel::StatusColumn, Qt::AscendingOrder);
    CHECK(w.rawAt(0, MeetingListModel::StatusColumn) == QStringLiteral("planned"));
    header->setSortIndicator(MeetingListModel::StatusColumn, Qt::DescendingOrder);
    const bool anyCancelled =
        test::countSql(w.db, QStringLiteral("SELECT COUNT(*) FROM meeting WHERE status = 'cancelled'")) > 0;
    CHECK(w.rawAt(0, MeetingListModel::StatusColumn)
          == (anyCancelled ? QStringLiteral("cancelled") : QStringLiteral("postponed")));

    // The title is not an order of the query: the arrow and the rows stay where they were.
    const qint64 before = w.meetings->model()->idAt(0);
    header->setSortIndicator(MeetingListModel::TitleColumn, Qt::AscendingOrder);
    CHECK(header->sortIndicatorSection() == MeetingListModel::StatusColumn);
    CHECK(w.meetings->model()->idAt(0) == before);

    // A filter keeps the order.
    w.showStatus(QStringLiteral("held"));
    header->setSortIndicator(MeetingListModel::DateColumn, Qt::AscendingOrder);
    CHECK(w.meetings->model()->idAt(0)
          == scalar(w.db, QStringLiteral("SELECT id FROM meeting WHERE status = 'held' ORDER BY starts_at, id LIMIT 1"))
                 .toLongLong());
}

TEST_CASE("Duplicate makes a planned copy with the agenda and expected attendance, no minutes", "[ui][meetings]")
{
    DemoWindow w;
    w.showStatus(QStringLiteral("held"));
    REQUIRE(w.model->rowCount() > 0);
    w.table->selectRow(0);
    const qint64 sourceId = w.meetings->currentMeetingId();
    REQUIRE(sourceId > 0);
    CHECK(w.meetings->duplicateAction()->isEnabled());
    CHECK_FALSE(w.meetings->cancelAction()->isEnabled()); // held: nothing to cancel
    const QVariantMap source{{QStringLiteral(":id"), sourceId}};
    const int agenda = test::countSql(w.db, QStringLiteral("SELECT COUNT(*) FROM agenda_item WHERE meeting_id = :id"), source);
    const int expected = test::countSql(w.db, QStringLiteral("SELECT COUNT(*) FROM attendance WHERE meeting_id = :id"), source);
    REQUIRE(agenda > 0);
    const int meetingsBefore = test::countSql(w.db, QStringLiteral("SELECT COUNT(*) FROM meeting"));

    const QDateTime when(QDate(2026, 11, 17), QTime(14, 0));
    answerNextDialog([when](MeetingActionDialog* dialog) {
        dialog->findChild<QDateTimeEdit*>(QStringLiteral("meetingActionDateTime"))->setDateTime(when);
    });
    w.meetings->duplicateAction()->trigger();

    CHECK(test::countSql(w.db, QStringLiteral("SELECT COUNT(*) FROM meeting")) == meetingsBefore + 1);
    const qint64 copyId = scalar(w.db, QStringLiteral("SELECT MAX(id) FROM meeting")).toLongLong();
    const QVariantMap copy{{QStringLiteral(":id"), copyId}};
    Meeting stored = MeetingRepository(w.db).get(copyId).value();
    CHECK(stored.startsAt == when);
    CHECK(stored.status == MeetingStatus::Planned);
    CHECK(test::countSql(w.db, QStringLiteral("SELECT COUNT(*) FROM agenda_item WHERE meeting_id = :id"), copy) == agenda);
    CHECK(test::countSql(w.db, QStringLiteral("SELECT COUNT(*) FROM attendance WHERE meeting_id = :id"), copy) == expected);
    CHECK(test::countSql(w.db, QStringLiteral("SELECT COUNT(*) FROM agenda_item WHERE meeting_id = :id "
                                              "AND minutes_html <> ''"),
                         copy)
          == 0);
    CHECK(test::countSql(w.db, QStringLiteral("SELECT COUNT(*) FROM decision WHERE meeting_id = :id"), copy) == 0);
    CHECK(test::countSql(w.db, QStringLiteral("SELECT COUNT(*) FROM follow_up WHERE meeting_id = :id"), copy) == 0);
}

TEST_CASE("Cancel asks a reason and postpone a date; the database keeps the history", "[ui][meetings]")
{
    DemoWindow w;
    w.showStatus(QStringLiteral("planned"));
    REQUIRE(w.model->rowCount() > 1);

    SECTION("cancel")
    {
        w.table->selectRow(0);
        const qint64 id = w.meetings->currentMeetingId();
        REQUIRE(w.meetings->cancelAction()->isEnabled());
        answerNextDialog([](MeetingActionDialog* dialog) {
            auto* reason = dialog->findChild<QPlainTextEdit*>(QStringLiteral("meetingActionReason"));
            // No reason, no cancellation.
            CHECK_FALSE(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled());
            reason->setPlainText(QStringLiteral("Salle indisponible"));
        });
        w.meetings->cancelAction()->trigger();
        const QVariantMap bind{{QStringLiteral(":id"), id}};
        CHECK(scalar(w.db, QStringLiteral("SELECT status FROM meeting WHERE id = :id"), bind).toString()
              == QStringLiteral("cancelled"));
        CHECK(scalar(w.db, QStringLiteral("SELECT notes FROM meeting WHERE id = :id"), bind)
                  .toString()
                  .contains(QStringLiteral("Salle indisponible")));
    }
    SECTION("postpone")
    {
        w.table->selectRow(1);
        const qint64 id = w.meetings->currentMeetingId();
        REQUIRE(w.meetings->postponeAction()->isEnabled());
        const QDateTime when(QDate(2027, 1, 12), QTime(9, 30));
        answerNextDialog([when](MeetingActionDialog* dialog) {
            dialog->findChild<QDateTimeEdit*>(QStringLiteral("meetingActionDateTime"))->setDateTime(when);
        });
        w.meetings->postponeAction()->trigger();
        const QVariantMap bind{{QStringLiteral(":id"), id}};
        CHECK(scalar(w.db, QStringLiteral("SELECT status FROM meeting WHERE id = :id"), bind).toString()
              == QStringLiteral("postponed"));
        const qint64 next =
            scalar(w.db, QStringLiteral("SELECT postponed_to_meeting_id FROM meeting WHERE id = :id"), bind).toLongLong();
        REQUIRE(next > 0);
        CHECK(MeetingRepository(w.db).get(next)->startsAt == when);

        // The old meeting shows "Postponed → new date" and leads to the new one.
        w.showStatus(QString());
        REQUIRE(w.meetings->selectMeeting(id));
        const QString status =
            w.model->index(w.table->currentIndex().row(), MeetingListModel::StatusColumn).data().toString();
        CHECK(status.startsWith(QStringLiteral("Postponed → ")));
        CHECK(status.contains(QLocale().toString(when, QLocale::ShortFormat)));
        CHECK(w.meetings->openReplacementAction()->isEnabled());
        CHECK_FALSE(w.meetings->postponeAction()->isEnabled());
    }
}

namespace {

/// Waits for the meeting editor to be the modal window, hands it to check, then closes it.
void closeEditorWhenShown(std::function<void(MeetingEditorDialog*)> check, int attempts = 50)
{
    QTimer::singleShot(10, [check, attempts] {
        auto* editor = qobject_cast<MeetingEditorDialog*>(QApplication::activeModalWidget());
        if (!editor && attempts > 0) {
            closeEditorWhenShown(check, attempts - 1);
            return;
        }
        CHECK(editor);
        if (!editor)
            return;
        check(editor);
        editor->reject();
    });
}

} // namespace

TEST_CASE("Open and New meeting go to the meeting editor", "[ui][meetings]")
{
    DemoWindow w;
    w.table->selectRow(2);
    const qint64 id = w.meetings->currentMeetingId();
    qint64 opened = 0;
    closeEditorWhenShown([&opened](MeetingEditorDialog* editor) { opened = editor->meeting().id; });
    emit w.table->doubleClicked(w.model->index(2, 0));
    CHECK(opened == id);

    auto* instances = w.meetings->findChild<QComboBox*>(QStringLiteral("meetingInstance"));
    instances->setCurrentIndex(2); // the filtered instance is the one proposed
    const qint64 instanceId = instances->currentData().toLongLong();
    qint64 proposed = 0;
    qint64 created = 0;
    answerNextDialog([&proposed](MeetingActionDialog* dialog) { proposed = dialog->instanceId(); });
    closeEditorWhenShown([&created](MeetingEditorDialog* editor) { created = editor->meeting().instanceId; });
    w.meetings->newAction()->trigger();
    CHECK(proposed == instanceId);
    CHECK(created == instanceId);
}
