// SPDX-License-Identifier: EUPL-1.2
#include "core/storage/CouncilRepository.h"
#include "tests/support/Catch.h"
#include "tests/support/TestDatabase.h"
#include "tests/ui/UiFixture.h"
#include "ui/main/MainWindow.h"
#include "ui/main/RecentFiles.h"
#include "ui/main/Section.h"
#include "ui/welcome/CouncilNameDialog.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QTest>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QTreeView>

using namespace maillage;
using maillage::ui::MainWindow;

namespace {

void fetchAll(QAbstractItemModel* model)
{
    while (model->canFetchMore({}))
        model->fetchMore({});
}

QString labelText(const QWidget& window, const char* name)
{
    const auto* label = window.findChild<QLabel*>(QString::fromLatin1(name));
    REQUIRE(label);
    return label->text();
}

/// Answers the next modal council-name dialog with name.
void answerCouncilName(const QString& name)
{
    QTimer::singleShot(0, [name] {
        auto* dialog = qobject_cast<ui::CouncilNameDialog*>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        dialog->findChild<QLineEdit*>(QStringLiteral("councilNameEdit"))->setText(name);
        dialog->accept();
    });
}

} // namespace

TEST_CASE("The dashboard shows the figures of the open database", "[ui]")
{
    QSettings().clear();
    test::TestDatabase fx;
    const QDate today = QDate::currentDate();
    test::fillCouncil(fx.db(), today);
    MainWindow window;
    window.start(fx.url());
    REQUIRE_FALSE(window.isWelcomeShown());
    window.showSection(MainWindow::Dashboard);

    const QVariantMap year{{QStringLiteral(":from"), QDate(today.year(), 1, 1).toString(Qt::ISODate)},
                           {QStringLiteral(":to"), QDate(today.year() + 1, 1, 1).toString(Qt::ISODate)}};
    const int held = test::countSql(
        fx.db(), QStringLiteral("SELECT COUNT(*) FROM meeting WHERE status = 'held' AND starts_at >= :from AND starts_at < :to"),
        year);
    CHECK(labelText(window, "countMeetingsHeld") == QString::number(held));
    CHECK(labelText(window, "countActivePartners")
          == QString::number(test::countSql(fx.db(), QStringLiteral("SELECT COUNT(*) FROM organisation WHERE active = 1"))));
    CHECK(labelText(window, "countActivePartners") == QStringLiteral("3"));
    CHECK(labelText(window, "countContacts") == QStringLiteral("2"));
    CHECK(labelText(window, "countEvents")
          == QString::number(test::countSql(
              fx.db(), QStringLiteral("SELECT COUNT(*) FROM event WHERE starts_on >= :from AND starts_on < :to"), year)));

    auto* upcoming = window.findChild<QTableWidget*>(QStringLiteral("upcomingTable"));
    REQUIRE(upcoming);
    CHECK(upcoming->rowCount()
          == std::min(8, test::countSql(fx.db(), QStringLiteral("SELECT COUNT(*) FROM meeting WHERE status = 'planned' "
                                                                "AND starts_at >= :today"),
                                        {{QStringLiteral(":today"), today.toString(Qt::ISODate)}})));
    auto* overdue = window.findChild<QTableWidget*>(QStringLiteral("overdueTable"));
    REQUIRE(overdue);
    REQUIRE(overdue->rowCount() == 2); // open and in progress, past due; not the done one nor the future one
    CHECK(overdue->item(0, 0)->text() == QStringLiteral("Envoyer le compte rendu"));
    CHECK(overdue->item(0, 1)->text() == QStringLiteral("Étienne Roussel"));
    CHECK(overdue->item(1, 0)->text() == QStringLiteral("Relancer le bailleur"));

    auto* sectors = window.findChild<QTableWidget*>(QStringLiteral("sectorTable"));
    REQUIRE(sectors);
    REQUIRE(sectors->rowCount() == 3);
    CHECK(sectors->item(0, 0)->text() == QStringLiteral("Psychiatrie publique"));
    CHECK(sectors->item(0, 1)->text() == QStringLiteral("1"));
    CHECK(sectors->item(1, 1)->text() == QStringLiteral("2"));
    CHECK(sectors->item(2, 0)->text() == QStringLiteral("No sector"));
    auto* sheets = window.findChild<QTableWidget*>(QStringLiteral("sheetStatusTable"));
    REQUIRE(sheets);
    REQUIRE(sheets->rowCount() == 2);
    CHECK(sheets->item(0, 0)->text() == QStringLiteral("Planned"));
    CHECK(sheets->item(0, 1)->text() == QStringLiteral("1"));
    CHECK(sheets->item(1, 0)->text() == QStringLiteral("In progress"));
    CHECK(sheets->item(1, 1)->text() == QStringLiteral("2"));
}

TEST_CASE("The navigation switches sections and the last one is remembered", "[ui]")
{
    QSettings().clear();
    test::TestDatabase fx;
    test::fillCouncil(fx.db(), QDate::currentDate());
    {
        MainWindow window;
        window.start(fx.url());
        auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
        REQUIRE(navigation);
        REQUIRE(navigation->count() == MainWindow::SectionCount);
        CHECK(navigation->item(0)->text() == QStringLiteral("Dashboard"));
        CHECK(navigation->item(MainWindow::Instances)->text() == QStringLiteral("Instances"));
        CHECK(navigation->item(MainWindow::ActionPlan)->text() == QStringLiteral("Action plan"));
        navigation->setCurrentRow(MainWindow::Partners);
        CHECK(window.currentSection() == MainWindow::Partners);
        CHECK(window.section(MainWindow::Partners)->isVisibleTo(&window));
        CHECK_FALSE(window.section(MainWindow::Dashboard)->isVisibleTo(&window));
        navigation->setCurrentRow(MainWindow::ActionPlan);
        auto* tree = window.findChild<QTreeView*>(QStringLiteral("planTree"));
        REQUIRE(tree);
        const QAbstractItemModel* plan = tree->model();
        REQUIRE(plan->rowCount() == 2);
        CHECK(plan->rowCount(plan->index(0, 0)) == 2);
        CHECK(plan->index(0, 3, plan->index(0, 0)).data().toString() == QStringLiteral("EPSM Lille-Métropole"));
        navigation->setCurrentRow(MainWindow::Reports);
        auto* reports = window.findChild<QTableWidget*>(QStringLiteral("reportsTable"));
        REQUIRE(reports);
        CHECK(reports->rowCount()
              == test::countSql(fx.db(), QStringLiteral("SELECT COUNT(DISTINCT substr(starts_at, 1, 4)) FROM meeting")));
        window.close();
    }
    MainWindow again;
    again.start(fx.url());
    CHECK(again.currentSection() == MainWindow::Reports);
}

TEST_CASE("The meetings list holds every meeting and filters them", "[ui]")
{
    QSettings().clear();
    test::TestDatabase fx;
    test::fillCouncil(fx.db(), QDate::currentDate());
    MainWindow window;
    window.start(fx.url());
    window.showSection(MainWindow::Meetings);
    auto* table = window.findChild<QTableView*>(QStringLiteral("meetingsTable"));
    REQUIRE(table);
    QAbstractItemModel* model = table->model();
    CHECK(model->rowCount() < 450); // lazy: only the first page is read at first
    fetchAll(model);
    CHECK(model->rowCount() == test::countSql(fx.db(), QStringLiteral("SELECT COUNT(*) FROM meeting")));
    CHECK(model->rowCount() == 450);

    auto* search = window.findChild<QLineEdit*>(QStringLiteral("meetingSearch"));
    REQUIRE(search);
    search->setText(QStringLiteral("comite DE pilotage")); // accents and case ignored
    fetchAll(model);
    CHECK(model->rowCount() == 150);
    CHECK(labelText(window, "meetingCount").startsWith(QStringLiteral("150 ")));
}

TEST_CASE("The partners search filters as you type, accents ignored", "[ui]")
{
    QSettings().clear();
    test::TestDatabase fx;
    test::fillCouncil(fx.db(), QDate::currentDate());
    MainWindow window;
    window.start(fx.url());
    window.showSection(MainWindow::Partners);
    auto* organisations = window.findChild<QTableView*>(QStringLiteral("organisationsTable"));
    auto* contacts = window.findChild<QTableView*>(QStringLiteral("contactsTable"));
    auto* search = window.findChild<QLineEdit*>(QStringLiteral("partnerSearch"));
    REQUIRE((organisations && contacts && search));
    CHECK(organisations->model()->rowCount() == 4);
    CHECK(contacts->model()->rowCount() == 3);

    search->setText(QStringLiteral("etienne"));
    REQUIRE(organisations->model()->rowCount() == 1);
    CHECK(organisations->model()->index(0, 0).data().toString() == QStringLiteral("Centre social Saint-Étienne"));
    REQUIRE(contacts->model()->rowCount() == 1);
    CHECK(contacts->model()->index(0, 0).data().toString() == QStringLiteral("Roussel Étienne"));
    CHECK(contacts->model()->index(0, 1).data().toString() == QStringLiteral("EPSM Lille-Métropole"));
    auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("partnerTabs"));
    REQUIRE(tabs);
    CHECK(tabs->tabText(0) == QStringLiteral("Organisations (1)"));

    search->setText(QStringLiteral("ARMENTIERES"));
    CHECK(organisations->model()->rowCount() == 1);
    CHECK(contacts->model()->rowCount() == 0);
    search->clear();
    CHECK(organisations->model()->rowCount() == 4);
}

TEST_CASE("A database without a council opens on the welcome page; an empty council can be created", "[ui]")
{
    QSettings().clear();
    test::TestDatabase fx;
    MainWindow window;
    window.start(fx.url());
    REQUIRE(window.database());
    CHECK(window.isWelcomeShown());
    auto* create = window.findChild<QPushButton*>(QStringLiteral("createEmptyButton"));
    REQUIRE(create);
    answerCouncilName(QStringLiteral("  CLSM   de Roubaix "));
    create->click();
    CHECK_FALSE(window.isWelcomeShown());
    CHECK(window.currentSection() == MainWindow::Dashboard);
    auto council = CouncilRepository(fx.db()).first();
    REQUIRE(council.ok());
    CHECK(council->name == QStringLiteral("CLSM de Roubaix"));
    CHECK(labelText(window, "councilName") == QStringLiteral("CLSM de Roubaix"));
}

TEST_CASE("A first start shows the welcome page and creates the default database only when asked", "[ui]")
{
    if (test::TestDatabase::usingPostgres())
        return; // the default database is a file
    QSettings().clear();
    QStandardPaths::setTestModeEnabled(true);
    const QString path = MainWindow::defaultDatabasePath();
    QFile::remove(path);
    {
        MainWindow window;
        window.start({});
        CHECK(window.isWelcomeShown());
        CHECK(window.database() == nullptr);
        CHECK_FALSE(QFile::exists(path));
        answerCouncilName(QStringLiteral("CLSM de Tourcoing"));
        window.findChild<QPushButton*>(QStringLiteral("createEmptyButton"))->click();
        REQUIRE(window.database());
        CHECK(window.database()->filePath() == path);
        CHECK(CouncilRepository(*window.database()).count() == 1);
    }
    QFile::remove(path);
    QStandardPaths::setTestModeEnabled(false);
}

TEST_CASE("The status bar names the database; recent databases are recorded; errors keep the current one", "[ui]")
{
    if (test::TestDatabase::usingPostgres())
        return; // files only
    QSettings().clear();
    test::TestDatabase fx;
    test::fillCouncil(fx.db(), QDate::currentDate());
    MainWindow window;
    window.start(fx.url());
    REQUIRE(window.database());
    const QString status = labelText(window, "databaseStatus");
    CHECK(status.contains(window.database()->displayName()));
    CHECK(status.contains(QString::number(Database::latestSchemaVersion())));
    CHECK(ui::RecentFiles::list().value(0) == QFileInfo(fx.url()).absoluteFilePath());

    const QString notMaillage = fx.dir() + QStringLiteral("/notes.sqlite");
    QFile file(notMaillage);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(1024, 'x'));
    file.close();
    Database* before = window.database();
    CHECK_FALSE(window.openDatabase(notMaillage));
    CHECK(window.database() == before);
    auto* box = window.findChild<QMessageBox*>(QStringLiteral("errorMessage"));
    REQUIRE(box);
    CHECK_FALSE(box->text().isEmpty());
    box->close();
    CHECK(ui::RecentFiles::list().size() == 1);

    // The list keeps the newest eight, newest first, without duplicates.
    for (int i = 0; i < 10; ++i)
        ui::RecentFiles::add(QStringLiteral("/tmp/maillage-%1.sqlite").arg(i));
    ui::RecentFiles::add(QStringLiteral("/tmp/maillage-3.sqlite"));
    const QStringList recent = ui::RecentFiles::list();
    CHECK(recent.size() == ui::RecentFiles::MaxCount);
    CHECK(recent.first() == QStringLiteral("/tmp/maillage-3.sqlite"));
    CHECK(recent.count(QStringLiteral("/tmp/maillage-3.sqlite")) == 1);
    CHECK_FALSE(ui::RecentFiles::isAvailable(QStringLiteral("/tmp/maillage-3.sqlite")));
}

TEST_CASE("The demonstration council fills an empty database and the dashboard shows its figures", "[ui]")
{
    QSettings().clear();
    test::TestDatabase fx;
    MainWindow window;
    window.start(fx.url());
    REQUIRE(window.isWelcomeShown());
    auto* demo = window.findChild<QPushButton*>(QStringLiteral("demoButton"));
    REQUIRE(demo);
    REQUIRE(demo->isEnabled());
    demo->click();
    REQUIRE_FALSE(window.isWelcomeShown());
    CHECK(CouncilRepository(fx.db()).count() == 1);

    const QDate today = QDate::currentDate();
    const QVariantMap year{{QStringLiteral(":from"), QDate(today.year(), 1, 1).toString(Qt::ISODate)},
                           {QStringLiteral(":to"), QDate(today.year() + 1, 1, 1).toString(Qt::ISODate)}};
    CHECK(labelText(window, "countMeetingsHeld")
          == QString::number(test::countSql(fx.db(),
                                            QStringLiteral("SELECT COUNT(*) FROM meeting WHERE status = 'held' "
                                                           "AND starts_at >= :from AND starts_at < :to"),
                                            year)));
    const int partners = test::countSql(fx.db(), QStringLiteral("SELECT COUNT(*) FROM organisation WHERE active = 1"));
    CHECK(partners > 0);
    CHECK(labelText(window, "countActivePartners") == QLocale().toString(partners));
    CHECK(labelText(window, "countContacts")
          == QLocale().toString(test::countSql(fx.db(), QStringLiteral("SELECT COUNT(*) FROM contact WHERE active = 1"))));

    window.showSection(MainWindow::Meetings);
    auto* table = window.findChild<QTableView*>(QStringLiteral("meetingsTable"));
    REQUIRE(table);
    fetchAll(table->model());
    CHECK(table->model()->rowCount() == test::countSql(fx.db(), QStringLiteral("SELECT COUNT(*) FROM meeting")));
}

TEST_CASE("Opening a database file makes its daily verified backup once", "[ui][backup]")
{
    if (test::TestDatabase::usingPostgres())
        return;
    QSettings().clear();
    test::TestDatabase fx;
    test::fillCouncil(fx.db(), QDate::currentDate());
    const QString folder = QFileInfo(fx.url()).absoluteDir().filePath(QStringLiteral("sauvegardes"));
    {
        MainWindow window;
        window.start(fx.url());
        QTest::qWait(1500);
    }
    CHECK(QDir(folder).entryList({QStringLiteral("*.sqlite")}).size() == 1);
    {
        MainWindow window;
        window.start(fx.url());
        QTest::qWait(1500);
    }
    CHECK(QDir(folder).entryList({QStringLiteral("*.sqlite")}).size() == 1); // not twice the same day

    QSettings().setValue(QStringLiteral("backup/automatic"), false);
    QDir(folder).removeRecursively();
    {
        MainWindow window;
        window.start(fx.url());
        QTest::qWait(1500);
    }
    CHECK_FALSE(QDir(folder).exists());
    QSettings().clear();
}
