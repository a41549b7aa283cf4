// SPDX-License-Identifier: EUPL-1.2
#include "core/storage/CouncilRepository.h"
#include "core/storage/InstanceRepository.h"
#include "core/storage/MeetingRepository.h"
#include "tests/support/Catch.h"
#include "tests/support/TestDatabase.h"
#include "ui/instances/RecurrenceEditor.h"
#include "ui/instances/SeriesDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>

using namespace maillage;

namespace {

Instance makeInstance(Database& db)
{
    Council council;
    council.name = QStringLiteral("CLSM de Metz");
    REQUIRE(CouncilRepository(db).create(council).ok());
    Instance instance;
    instance.councilId = council.id;
    instance.kind = InstanceKind::SituationsCell;
    instance.name = QStringLiteral("RESAD");
    instance.usualPlace = QStringLiteral("CCAS, salle du conseil");
    instance.cadence = QStringLiteral("FREQ=MONTHLY;BYDAY=2TH");
    REQUIRE(InstanceRepository(db).create(instance).ok());
    return instance;
}

QStringList texts(const QListWidget* list)
{
    QStringList out;
    for (int row = 0; row < list->count(); ++row)
        out << list->item(row)->text();
    return out;
}

} // namespace

TEST_CASE("The series dialog previews moved and skipped dates, then creates the meetings", "[ui]")
{
    test::TestDatabase fx;
    const Instance instance = makeInstance(fx.db());
    ui::SeriesDialog dialog(fx.db(), instance);
    dialog.findChild<QDateEdit*>(QStringLiteral("seriesStart"))->setDate(QDate(2026, 4, 1));
    dialog.findChild<QDateEdit*>(QStringLiteral("seriesHorizon"))->setDate(QDate(2026, 6, 30));
    QListWidget* preview = dialog.preview();
    CHECK(texts(preview)
          == QStringList{"9 April 2026", "14 May 2026 → 15 May 2026 (Ascension Day)", "11 June 2026"});
    CHECK(preview->item(1)->background().style() != Qt::NoBrush);
    CHECK(preview->item(0)->background().style() == Qt::NoBrush);
    const QString summary = dialog.findChild<QLabel*>(QStringLiteral("seriesSummary"))->text();
    CHECK(summary.startsWith(QStringLiteral("3 ")));
    CHECK(summary.endsWith(QStringLiteral(", 1 moved.")));

    auto* policy = dialog.findChild<QComboBox*>(QStringLiteral("seriesHolidayPolicy"));
    policy->setCurrentIndex(policy->findData(int(calendar::HolidayPolicy::Skip)));
    REQUIRE(preview->count() == 3);
    CHECK(preview->item(1)->text() == QStringLiteral("14 May 2026 (Ascension Day)"));
    CHECK(preview->item(1)->font().strikeOut());
    CHECK_FALSE(preview->item(0)->font().strikeOut());

    // Without August: a monthly rule from July to September gives two dates.
    policy->setCurrentIndex(policy->findData(int(calendar::HolidayPolicy::NextWorkingDay)));
    dialog.findChild<QCheckBox*>(QStringLiteral("recurrenceMonth8"))->setChecked(false);
    CHECK(dialog.recurrenceEditor()->ruleText() == QStringLiteral("FREQ=MONTHLY;BYMONTH=1,2,3,4,5,6,7,9,10,11,12;BYDAY=2TH"));
    dialog.findChild<QDateEdit*>(QStringLiteral("seriesHorizon"))->setDate(QDate(2026, 9, 30));
    CHECK(preview->count() == 5);

    dialog.findChild<QPushButton*>(QStringLiteral("createSeriesButton"))->click();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.series().occurrenceCount == 5);
    MeetingFilter filter;
    filter.instanceId = instance.id;
    auto meetings = MeetingRepository(fx.db()).list(filter);
    REQUIRE(meetings.ok());
    REQUIRE(meetings->size() == 5);
    CHECK(meetings->at(1).startsAt.date() == QDate(2026, 5, 15));
    CHECK(meetings->at(1).place == QStringLiteral("CCAS, salle du conseil"));
    CHECK(meetings->at(1).title == QStringLiteral("RESAD – May 2026"));
    CHECK(meetings->at(3).startsAt.date() == QDate(2026, 7, 9));
    CHECK(meetings->at(4).startsAt.date() == QDate(2026, 9, 10)); // none in August
}

TEST_CASE("The recurrence editor reads and writes every kind of rule", "[ui]")
{
    ui::RecurrenceEditor editor;
    for (const char* text : {"FREQ=WEEKLY;INTERVAL=2;BYDAY=TU", "FREQ=MONTHLY;BYDAY=-1FR", "FREQ=MONTHLY;BYDAY=2TU",
                             "FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=15", "FREQ=YEARLY;BYMONTH=10;BYDAY=2TU",
                             "FREQ=MONTHLY;BYDAY=1TH;COUNT=10", "FREQ=MONTHLY;BYDAY=3WE;UNTIL=20271231",
                             "FREQ=WEEKLY;INTERVAL=7", "FREQ=MONTHLY;INTERVAL=4", "FREQ=YEARLY;BYMONTH=6"}) {
        editor.setRuleText(QString::fromLatin1(text));
        CHECK(editor.ruleText() == QString::fromLatin1(text));
    }
    editor.setRuleText(QStringLiteral("FREQ=MONTHLY;BYDAY=2TU"));
    auto* interval = editor.findChild<QSpinBox*>(QStringLiteral("recurrenceInterval"));
    interval->setValue(2);
    CHECK(editor.ruleText() == QStringLiteral("FREQ=MONTHLY;INTERVAL=2;BYDAY=2TU"));
    CHECK(editor.findChild<QLabel*>(QStringLiteral("recurrenceDescription"))->text() == editor.rule().describe());
}

TEST_CASE("The Alsace-Moselle setting is read from and saved to the council", "[ui]")
{
    test::TestDatabase fx;
    Instance instance = makeInstance(fx.db());
    instance.cadence = QStringLiteral("FREQ=MONTHLY;BYDAY=1FR");
    {
        ui::SeriesDialog dialog(fx.db(), instance);
        dialog.findChild<QDateEdit*>(QStringLiteral("seriesStart"))->setDate(QDate(2026, 4, 1));
        dialog.findChild<QDateEdit*>(QStringLiteral("seriesHorizon"))->setDate(QDate(2026, 4, 30));
        auto* alsace = dialog.findChild<QCheckBox*>(QStringLiteral("alsaceMoselleCheck"));
        REQUIRE(alsace);
        CHECK_FALSE(alsace->isChecked());
        CHECK(texts(dialog.preview()) == QStringList{"3 April 2026"});
        alsace->setChecked(true);
        CHECK(texts(dialog.preview()) == QStringList{"3 April 2026 → 7 April 2026 (Good Friday)"});
        CHECK(CouncilRepository(fx.db()).get(instance.councilId)->alsaceMoselle);
    }
    ui::SeriesDialog again(fx.db(), instance);
    CHECK(again.findChild<QCheckBox*>(QStringLiteral("alsaceMoselleCheck"))->isChecked());
    CHECK(again.plan().alsaceMoselle);
}

TEST_CASE("The series dialog shows the days the instance already meets, and plans nothing on them", "[ui]")
{
    test::TestDatabase fx;
    const Instance instance = makeInstance(fx.db());
    const QDate today = QDate::currentDate();
    // The next 2nd Thursday already has a meeting planned by hand.
    SeriesPlan probe;
    probe.instance = instance;
    probe.rule = calendar::RecurrenceRule::parse(instance.cadence).value();
    probe.start = today;
    const QDate busy = SeriesPlanner::preview(probe).front().actual;
    Meeting byHand;
    byHand.instanceId = instance.id;
    byHand.title = QStringLiteral("Réunion exceptionnelle");
    byHand.startsAt = QDateTime(busy, QTime(9, 30));
    byHand.endsAt = byHand.startsAt.addSecs(3600);
    REQUIRE(MeetingRepository(fx.db()).create(byHand).ok());

    ui::SeriesDialog dialog(fx.db(), instance);
    const QStringList shown = texts(dialog.preview());
    REQUIRE(!shown.isEmpty());
    CHECK(shown.front().contains(QStringLiteral("already meets")));
    CHECK(shown.filter(QStringLiteral("already meets")).size() == 1);
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("seriesSummary"))->text().contains(QStringLiteral("1 already planned")));
    dialog.findChild<QPushButton*>(QStringLiteral("createSeriesButton"))->click();
    MeetingFilter onBusyDay;
    onBusyDay.instanceId = instance.id;
    onBusyDay.from = busy;
    onBusyDay.to = busy;
    CHECK(MeetingRepository(fx.db()).count(onBusyDay) == 1);
    CHECK(dialog.series().occurrenceCount == shown.size() - 1);
}
