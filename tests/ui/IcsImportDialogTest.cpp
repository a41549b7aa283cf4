// SPDX-License-Identifier: EUPL-1.2
#include "tests/support/Catch.h"
#include "tests/support/TestDatabase.h"

#include "core/demo/DemoCouncil.h"
#include "core/storage/MeetingRepository.h"
#include "ui/calendar/IcsImportDialog.h"

#include <QComboBox>
#include <QLabel>
#include <QTableWidget>

using namespace maillage;

TEST_CASE("the calendar import dialog previews, then imports into the chosen instance", "[ui][ical]")
{
    test::TestDatabase fx;
    Database& db = fx.db();
    REQUIRE(demo::generateDemoCouncil(db, QDate(2026, 6, 15)).ok());
    const int before = MeetingRepository(db).count();
    IcsImportDialog dialog(db);
    auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("icsPreview"));
    auto* instance = dialog.findChild<QComboBox*>(QStringLiteral("icsInstance"));
    REQUIRE(table);
    REQUIRE(instance);
    CHECK(instance->count() > 0);

    CHECK_FALSE(dialog.loadFile(QStringLiteral(MAILLAGE_TEST_DATA_DIR "/icalendar/missing.ics")));
    REQUIRE(dialog.loadFile(QStringLiteral(MAILLAGE_TEST_DATA_DIR "/icalendar/example.ics")));
    CHECK(table->rowCount() == 3);
    CHECK(table->item(0, 2)->text() == QStringLiteral("New Year's Day"));
    CHECK_FALSE(table->item(0, 4)->text().isEmpty()); // all-day warning
    if (qEnvironmentVariableIsSet("MAILLAGE_SCREENSHOT_DIR")) {
        dialog.show();
        dialog.grab().save(qEnvironmentVariable("MAILLAGE_SCREENSHOT_DIR") + QStringLiteral("/ics-import.png"));
    }
    REQUIRE(dialog.importNow());
    CHECK(dialog.importedCount() == 3);
    CHECK(MeetingRepository(db).count() == before + 3);
}
