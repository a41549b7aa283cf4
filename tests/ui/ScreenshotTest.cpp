// SPDX-License-Identifier: EUPL-1.2
// Not run by default: `ui_tests "[screenshots]"` renders every page to PNG files for a human to look at.
#include "tests/support/Catch.h"
#include "tests/support/TestDatabase.h"
#include "core/demo/DemoCouncil.h"
#include "core/storage/InstanceRepository.h"
#include "ui/instances/InstanceEditorDialog.h"
#include "ui/instances/SeriesDialog.h"
#include "ui/main/MainWindow.h"

#include <QApplication>
#include <QDateEdit>
#include <QTabWidget>
#include <QDir>
#include <QSettings>
#include <QStyleFactory>

#include <iterator>

using maillage::ui::MainWindow;

TEST_CASE("Screenshots of every page", "[.][screenshots]")
{
    QSettings().clear();
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    const QString dir = qEnvironmentVariable("MAILLAGE_SHOTS_DIR", QStringLiteral("/tmp/ui-shots"));
    QDir().mkpath(dir);

    maillage::test::TestDatabase empty;
    MainWindow welcome;
    welcome.resize(1180, 760);
    welcome.start(empty.url());
    welcome.show();
    QApplication::processEvents();
    CHECK(welcome.grab().save(dir + QStringLiteral("/welcome.png")));

    maillage::test::TestDatabase fx;
    REQUIRE(maillage::demo::generateDemoCouncil(fx.db(), QDate::currentDate()).ok());
    MainWindow window;
    window.resize(1180, 760);
    window.start(fx.url());
    window.show();
    const char* names[] = {"dashboard", "meetings", "followups", "instances", "partners",
                           "network",   "plan",     "events",    "reports",   "situations"};
    static_assert(std::size(names) == MainWindow::SectionCount);
    for (int index = 0; index < MainWindow::SectionCount; ++index) {
        window.showSection(index);
        QApplication::processEvents();
        CHECK(window.grab().save(dir + u'/' + QString::fromLatin1(names[index]) + QStringLiteral(".png")));
    }
}

TEST_CASE("Screenshots of the instance editor and the series dialog", "[.][screenshots]")
{
    QSettings().clear();
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    const QString dir = qEnvironmentVariable("MAILLAGE_SHOTS_DIR", QStringLiteral("/tmp/ui-shots"));
    QDir().mkpath(dir);
    maillage::test::TestDatabase fx;
    REQUIRE(maillage::demo::generateDemoCouncil(fx.db(), QDate(2026, 6, 15)).ok());
    auto instances = maillage::InstanceRepository(fx.db()).list();
    REQUIRE((instances.ok() && !instances->empty()));
    auto instance = maillage::InstanceRepository(fx.db()).get(instances->front().id);
    REQUIRE(instance.ok());
    maillage::ui::InstanceEditorDialog editor(fx.db(), instance.value());
    editor.show();
    QApplication::processEvents();
    CHECK(editor.grab().save(dir + QStringLiteral("/instance-editor.png")));
    editor.findChild<QTabWidget*>(QStringLiteral("tabs"))->setCurrentIndex(1);
    QApplication::processEvents();
    CHECK(editor.grab().save(dir + QStringLiteral("/instance-members.png")));

    instance->cadence = QStringLiteral("FREQ=MONTHLY;BYMONTH=1,2,3,4,5,6,7,9,10,11,12;BYDAY=2TH");
    maillage::ui::SeriesDialog series(fx.db(), instance.value());
    series.findChild<QDateEdit*>(QStringLiteral("seriesStart"))->setDate(QDate(2026, 1, 1));
    series.findChild<QDateEdit*>(QStringLiteral("seriesHorizon"))->setDate(QDate(2026, 12, 31));
    series.show();
    QApplication::processEvents();
    CHECK(series.grab().save(dir + QStringLiteral("/series-dialog.png")));
}
