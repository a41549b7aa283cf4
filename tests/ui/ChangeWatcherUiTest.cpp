// SPDX-License-Identifier: EUPL-1.2
// Another user adds a contact: the visible list shows it after the watcher's next look, keeping the
// current row; hidden sections read the database again when shown.
#include "core/demo/DemoCouncil.h"
#include "core/storage/ChangeJournal.h"
#include "core/storage/ContactRepository.h"
#include "core/sync/ChangeWatcher.h"
#include "tests/support/Catch.h"
#include "tests/support/TestDatabase.h"
#include "ui/main/MainWindow.h"
#include "ui/partners/PartnersWidget.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace maillage;

namespace {

bool listShows(QTableView* view, const QString& lastName)
{
    QAbstractItemModel* model = view->model();
    while (model->canFetchMore({}))
        model->fetchMore({});
    for (int row = 0; row < model->rowCount(); ++row)
        for (int column = 0; column < model->columnCount(); ++column)
            if (model->index(row, column).data().toString().contains(lastName))
                return true;
    return false;
}

bool waitUntil(const std::function<bool()>& done, int milliseconds)
{
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < milliseconds)
        QTest::qWait(20);
    return done();
}

} // namespace

TEST_CASE("The visible list shows a contact another connection added, after the watcher's look", "[ui][sync]")
{
    test::TestDatabase fx;
    REQUIRE(demo::generateDemoCouncil(fx.db(), QDate(2026, 6, 15)).ok());
    auto opened = Database::open(fx.url());
    REQUIRE(opened.ok());
    std::unique_ptr<Database> other = std::move(opened.value());
    REQUIRE(journal::install(*other, QStringLiteral("bruno")).ok());

    ui::MainWindow window;
    window.start(fx.url());
    REQUIRE(window.changeWatcher());
    CHECK(window.changeWatcher()->isActive());
    CHECK(window.changeWatcher()->interval() == sync::ChangeWatcher::DefaultIntervalMs);
    window.changeWatcher()->setInterval(50);
    window.show();
    window.showSection(ui::MainWindow::Partners);
    auto* partners = qobject_cast<ui::PartnersWidget*>(window.section(ui::MainWindow::Partners));
    REQUIRE(partners);
    partners->tabs()->setCurrentIndex(ui::PartnersWidget::ContactsTab);
    auto* contacts = partners->findChild<QTableView*>(QStringLiteral("contactsTable"));
    REQUIRE(contacts);
    REQUIRE(contacts->model()->rowCount() > 3);
    contacts->setCurrentIndex(contacts->model()->index(2, 0));
    const QString currentKey = contacts->currentIndex().data().toString();
    CHECK_FALSE(listShows(contacts, QStringLiteral("Zylberstein")));

    Contact added;
    added.firstName = QStringLiteral("Aude");
    added.lastName = QStringLiteral("Zylberstein");
    REQUIRE(ContactRepository(*other).create(added).ok());

    CHECK(waitUntil([&] { return listShows(contacts, QStringLiteral("Zylberstein")); }, 5000));
    REQUIRE(contacts->currentIndex().isValid());
    CHECK(contacts->currentIndex().data().toString() == currentKey); // the same person is still current
}

TEST_CASE("The window's own saves do not count as changes made elsewhere", "[ui][sync]")
{
    test::TestDatabase fx;
    REQUIRE(demo::generateDemoCouncil(fx.db(), QDate(2026, 6, 15)).ok());
    ui::MainWindow window;
    window.start(fx.url());
    REQUIRE(window.changeWatcher());
    window.changeWatcher()->stop();
    int seen = 0;
    QObject::connect(window.changeWatcher(), &sync::ChangeWatcher::changedElsewhere, [&] { ++seen; });
    // On PostgreSQL the test's connections share the window's role: the window's user needs a name.
    REQUIRE(journal::install(*window.database(), QStringLiteral("alice")).ok());
    Contact mine;
    mine.lastName = QStringLiteral("Durand");
    REQUIRE(ContactRepository(*window.database()).create(mine).ok());
    CHECK_FALSE(window.changeWatcher()->poll());
    CHECK(seen == 0);
    // The test's own connection is "someone else" to the window.
    Contact theirs;
    theirs.lastName = QStringLiteral("Petit");
    REQUIRE(journal::install(fx.db(), QStringLiteral("bruno")).ok());
    REQUIRE(ContactRepository(fx.db()).create(theirs).ok());
    CHECK(window.changeWatcher()->poll());
    CHECK(seen == 1);
}
