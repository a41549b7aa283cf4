// SPDX-License-Identifier: EUPL-1.2
// The meetings list's series actions: one occurrence alone, the series from a date on; undo and redo.
#include "core/demo/DemoCouncil.h"
#include "core/meetings/SeriesPlanner.h"
#include "core/storage/InstanceRepository.h"
#include "core/storage/MeetingRepository.h"
#include "core/storage/MeetingSeriesRepository.h"
#include "tests/support/Catch.h"
#include "tests/support/TestDatabase.h"
#include "tests/ui/MeetingTestSupport.h"
#include "ui/instances/RecurrenceEditor.h"
#include "ui/instances/SeriesDialog.h"
#include "ui/meetings/MeetingActionDialog.h"
#include "ui/meetings/MeetingsWidget.h"
#include "ui/meetings/editor/MeetingEditorDialog.h"

#include <QAction>
#include <QApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QTimer>
#include <QMenu>
#include <QUndoStack>

#include <functional>

using namespace maillage;

namespace {

using test::whenShown;

QStringList datesOf(Database& db, qint64 seriesId)
{
    MeetingFilter filter;
    auto meetings = MeetingRepository(db).list(filter);
    REQUIRE(meetings.ok());
    QStringList dates;
    for (const Meeting& meeting : meetings.value())
        if (meeting.seriesId == seriesId)
            dates << meeting.startsAt.date().toString(Qt::ISODate);
    dates.sort();
    return dates;
}

struct SeriesFixture {
    test::TestDatabase fx;
    Database& db = fx.db();
    Instance instance;
    MeetingSeries series;
    std::vector<Meeting> meetings; ///< the series' meetings, by date
    ui::MeetingsWidget widget;

    SeriesFixture()
    {
        QSettings().clear();
        REQUIRE(demo::generateDemoCouncil(db, QDate(2026, 6, 15)).ok());
        instance = InstanceRepository(db).list()->at(0);
        SeriesPlan plan;
        plan.instance = instance;
        plan.rule = calendar::RecurrenceRule::parse(QStringLiteral("FREQ=MONTHLY;BYDAY=2TU;COUNT=6")).value();
        plan.start = QDate::currentDate().addDays(1); // all to come: a re-planning may replace them
        auto created = SeriesPlanner(db).create(plan);
        REQUIRE(created.ok());
        series = created.value();
        MeetingFilter filter;
        filter.instanceId = instance.id;
        const auto list2 = MeetingRepository(db).list(filter); // kept: value() refers into it
        REQUIRE(list2.ok());
        for (const Meeting& meeting : list2.value())
            if (meeting.seriesId == series.id)
                meetings.push_back(meeting);
        std::sort(meetings.begin(), meetings.end(),
                  [](const Meeting& a, const Meeting& b) { return a.startsAt < b.startsAt; });
        REQUIRE(meetings.size() == 6);
        widget.setDatabase(&db);
    }
    void select(qint64 id) { REQUIRE(widget.selectMeeting(id)); }
};

} // namespace

TEST_CASE("A meeting of a series can be edited alone, and undone", "[ui][meetings]")
{
    SeriesFixture f;
    ui::MeetingsWidget& w = f.widget;
    QAction* occurrence = w.editOccurrenceAction();
    QAction* seriesAction = w.editSeriesAction();
    CHECK(w.findChild<QMenu*>(QStringLiteral("meetingSeriesMenu"))->actions().contains(occurrence));

    // A meeting of the demo outside any series: the two actions stay off.
    MeetingFilter all;
    const auto list3 = MeetingRepository(f.db).list(all); // kept: value() refers into it
    REQUIRE(list3.ok());
    for (const Meeting& meeting : list3.value())
        if (meeting.seriesId == 0 && w.selectMeeting(meeting.id))
            break;
    REQUIRE(w.currentMeetingId() > 0);
    if (MeetingRepository(f.db).get(w.currentMeetingId())->seriesId == 0) {
        CHECK_FALSE(occurrence->isEnabled());
        CHECK_FALSE(seriesAction->isEnabled());
    }

    const Meeting third = f.meetings[2];
    f.select(third.id);
    REQUIRE(occurrence->isEnabled());
    REQUIRE(seriesAction->isEnabled());
    QString explained;
    bool editorOpened = false;
    whenShown<ui::MeetingActionDialog>([&](ui::MeetingActionDialog* dialog) {
        explained = dialog->findChild<QLabel*>(QStringLiteral("meetingActionExplanation"))->text();
        // The detached meeting opens in the editor next: close it as soon as it is up.
        whenShown<MeetingEditorDialog>([&](MeetingEditorDialog* editor) {
            editorOpened = editor->meeting().id == third.id;
            editor->reject();
        });
        dialog->findChild<QDialogButtonBox*>(QStringLiteral("meetingActionButtons"))
            ->button(QDialogButtonBox::Ok)
            ->click();
    });
    occurrence->trigger();
    CHECK(explained.contains(QStringLiteral("leaves its series")));
    CHECK(editorOpened);
    CHECK(MeetingRepository(f.db).get(third.id)->seriesId == 0);
    CHECK(datesOf(f.db, f.series.id).size() == 5);
    CHECK(MeetingSeriesRepository(f.db).get(f.series.id)->occurrenceCount == 5);
    CHECK_FALSE(occurrence->isEnabled()); // no longer in a series

    REQUIRE(w.undoStack()->count() == 1);
    w.undoStack()->undo();
    CHECK(MeetingRepository(f.db).get(third.id)->seriesId == f.series.id);
    CHECK(datesOf(f.db, f.series.id).size() == 6);
    w.undoStack()->redo();
    CHECK(MeetingRepository(f.db).get(third.id)->seriesId == 0);
}

TEST_CASE("The series is re-planned from a meeting on, past and held meetings untouched, and undone",
          "[ui][meetings]")
{
    SeriesFixture f;
    ui::MeetingsWidget& w = f.widget;
    const QStringList before = datesOf(f.db, f.series.id);
    // The fourth meeting was held (early records): a re-planning must leave it.
    Meeting held = f.meetings[3];
    held.status = MeetingStatus::Held;
    REQUIRE(MeetingRepository(f.db).update(held).ok());

    const Meeting third = f.meetings[2];
    f.select(third.id);
    SeriesPlan used;
    QDate from;
    QStringList preview;
    QString note;
    whenShown<ui::SeriesDialog>([&](ui::SeriesDialog* dialog) {
        CHECK(dialog->isReplan());
        note = dialog->findChild<QLabel*>(QStringLiteral("seriesReplanNote"))->text();
        CHECK(dialog->findChild<QDateEdit*>(QStringLiteral("seriesStart"))->date() == third.startsAt.date());
        CHECK(dialog->recurrenceEditor()->ruleText().contains(QStringLiteral("BYDAY=2TU")));
        // The 1st of every month: 1 January, 1 May, 1 November… are public holidays and move.
        dialog->recurrenceEditor()->setRuleText(QStringLiteral("FREQ=MONTHLY;BYMONTHDAY=1"));
        dialog->findChild<QDateEdit*>(QStringLiteral("seriesHorizon"))->setDate(third.startsAt.date().addYears(1));
        for (int row = 0; row < dialog->preview()->count(); ++row)
            preview << dialog->preview()->item(row)->text();
        used = dialog->plan();
        from = dialog->replanFrom();
        dialog->findChild<QPushButton*>(QStringLiteral("replanSeriesButton"))->click();
    });
    w.editSeriesAction()->trigger();
    CHECK(note.contains(QStringLiteral("never changed")));
    CHECK(note.contains(QStringLiteral("Past meetings")));

    // The dialog showed which dates moved, as the planner computes them.
    QStringList expected{before[0], before[1], held.startsAt.date().toString(Qt::ISODate)};
    int moved = 0;
    for (const PlannedDate& date : SeriesPlanner::preview(used)) {
        if (date.moved) {
            ++moved;
            CHECK(preview.filter(QStringLiteral("→")).join(u'|').contains(date.reason));
        }
        if (!date.skipped && date.actual >= from && !expected.contains(date.actual.toString(Qt::ISODate)))
            expected << date.actual.toString(Qt::ISODate);
    }
    CHECK(moved > 0);
    CHECK(preview.filter(QStringLiteral("→")).size() == moved);
    expected.sort();
    CHECK(datesOf(f.db, f.series.id) == expected);
    CHECK(MeetingRepository(f.db).get(held.id)->status == MeetingStatus::Held);
    CHECK(MeetingRepository(f.db).get(f.meetings[0].id).ok());
    CHECK_FALSE(MeetingRepository(f.db).get(third.id).ok()); // planned and empty: replaced
    CHECK(MeetingSeriesRepository(f.db).get(f.series.id)->rule.contains(QStringLiteral("BYMONTHDAY=1")));

    REQUIRE(w.undoStack()->count() == 1);
    w.undoStack()->undo();
    CHECK(datesOf(f.db, f.series.id) == before);
    CHECK(MeetingSeriesRepository(f.db).get(f.series.id)->rule == f.series.rule);
    CHECK(MeetingRepository(f.db).get(held.id)->status == MeetingStatus::Held);
    w.undoStack()->redo();
    CHECK(datesOf(f.db, f.series.id) == expected);
}
