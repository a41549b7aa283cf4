// SPDX-License-Identifier: EUPL-1.2
// Not run by default: `ui_tests "[screenshots]"` renders every page to PNG files for a human to look at.
#include "tests/support/Catch.h"
#include "tests/support/TestDatabase.h"
#include "core/demo/DemoCouncil.h"
#include "ui/main/MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QSettings>
#include <QStyleFactory>

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
    const char* names[] = {"dashboard", "meetings", "instances", "partners", "plan", "events", "reports"};
    for (int index = 0; index < MainWindow::SectionCount; ++index) {
        window.showSection(index);
        QApplication::processEvents();
        CHECK(window.grab().save(dir + u'/' + QString::fromLatin1(names[index]) + QStringLiteral(".png")));
    }
}
