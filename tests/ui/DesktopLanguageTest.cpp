// SPDX-License-Identifier: EUPL-1.2
// The live language switch: Preferences ▸ Language rebuilds the window in the new language at once.
#include "core/documents/DocumentText.h"
#include "core/settings/Language.h"
#include "core/settings/UserPreferences.h"
#include "tests/support/Catch.h"
#include "tests/support/TestDatabase.h"
#include "tests/ui/UiFixture.h"
#include "ui/main/LanguageSwitch.h"
#include "ui/main/MainWindow.h"
#include "ui/settings/SettingsDialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QSettings>

using namespace maillage;
using maillage::ui::MainWindow;

namespace {

QString menuTitle(MainWindow& window, const char* name)
{
    auto* menu = window.findChild<QMenu*>(QString::fromLatin1(name));
    REQUIRE(menu);
    return menu->title();
}

QString sectionLabel(MainWindow& window, int section)
{
    auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
    REQUIRE(navigation);
    return navigation->item(section)->text();
}

/// Back to what the other tests expect: the source texts and British English dates.
void backToSource()
{
    language::apply(QStringLiteral("en"));
    language::uninstall();
}

/// The MainWindow that is not `other` (the one a switch put in its place).
MainWindow* replacement(const QPointer<MainWindow>& other)
{
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    for (QWidget* widget : QApplication::topLevelWidgets())
        if (auto* window = qobject_cast<MainWindow*>(widget); window && window != other.data())
            return window;
    return nullptr;
}

} // namespace

TEST_CASE("Changing the language rebuilds the window in it, with the same database, section and size", "[ui][language]")
{
    QSettings().clear();
    test::TestDatabase fx;
    test::fillCouncil(fx.db(), QDate::currentDate());
    const QDateTime six(QDate(2026, 6, 15), QTime(18, 0));

    QPointer<MainWindow> english = new MainWindow;
    english->start(fx.url());
    english->showSection(MainWindow::Partners);
    english->resize(1010, 690);
    Database* db = english->database();
    REQUIRE(db);
    CHECK(menuTitle(*english, "fileMenu") == QStringLiteral("&File"));

    QPointer<MainWindow> french = ui::switchLanguage(english, QStringLiteral("fr"));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(english.isNull());
    REQUIRE(french);
    CHECK(french->database() == db);
    CHECK_FALSE(french->isWelcomeShown());
    CHECK(french->currentSection() == MainWindow::Partners);
    CHECK(french->size() == QSize(1010, 690));
    CHECK(menuTitle(*french, "fileMenu") == QStringLiteral("&Fichier"));
    CHECK(menuTitle(*french, "editMenu") == QStringLiteral("&Édition"));
    CHECK(sectionLabel(*french, MainWindow::Dashboard) == QStringLiteral("Tableau de bord"));
    CHECK(sectionLabel(*french, MainWindow::Meetings) == QStringLiteral("Réunions"));
    // Documents written from now on speak French too.
    CHECK(DocumentText::when(six, {}) == QStringLiteral("lundi 15 juin 2026 à 18 h 00"));

    // Back to English through Édition ▸ Préférences, as the coordinator does it.
    auto* preferences = french->findChild<QAction*>(QStringLiteral("preferencesAction"));
    REQUIRE(preferences);
    preferences->trigger();
    auto* dialog = french->findChild<ui::SettingsDialog*>();
    REQUIRE(dialog);
    auto* language = dialog->findChild<QComboBox*>(QStringLiteral("language"));
    REQUIRE(language);
    language->setCurrentIndex(language->findData(QStringLiteral("en")));
    dialog->accept();
    MainWindow* back = replacement(french);
    CHECK(french.isNull());
    REQUIRE(back);
    CHECK(preferences::language() == QStringLiteral("en"));
    CHECK(back->database() == db);
    CHECK(back->currentSection() == MainWindow::Partners);
    CHECK(menuTitle(*back, "fileMenu") == QStringLiteral("&File"));
    CHECK(sectionLabel(*back, MainWindow::Dashboard) == QStringLiteral("Dashboard"));
    CHECK(DocumentText::when(six, {}) == QStringLiteral("Monday 15 June 2026 at 18:00"));

    delete back;
    backToSource();
    QSettings().clear();
}

TEST_CASE("A language switch on the welcome page keeps the welcome page", "[ui][language]")
{
    QSettings().clear();
    test::TestDatabase fx; // migrated, no council
    QPointer<MainWindow> window = new MainWindow;
    window->start(fx.url());
    REQUIRE(window->isWelcomeShown());
    MainWindow* french = ui::switchLanguage(window, QStringLiteral("fr"));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(window.isNull());
    CHECK(french->isWelcomeShown());
    CHECK(french->database() != nullptr);
    delete french;
    backToSource();
    QSettings().clear();
}
