// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QMainWindow>

#include <memory>

class QAction;
class QDragEnterEvent;
class QDropEvent;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace maillage {
class Database;
struct Error;
namespace sync {
class ChangeWatcher;
}
} // namespace maillage

namespace maillage::ui {

class DashboardWidget;
class Section;
class WelcomePage;

/// The application shell: left navigation between the sections, File and Help menus,
/// a status bar naming the open database. Owns the open Database.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum SectionIndex {
        Dashboard,
        Meetings,
        FollowUps,
        Instances,
        Partners,
        Network,
        ActionPlan,
        Events,
        Reports,
        Situations,
        SectionCount
    };

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Opens url, or the default database when empty; shows the welcome page when the
    /// default database does not exist yet or the database holds no council.
    void start(const QString& urlOrEmpty);
    /// Opens a database in place of the current one. On failure, says why in a message box
    /// and keeps the current database.
    bool openDatabase(const QString& url);
    /// Where the database lives when none is named: the user's application data folder.
    static QString defaultDatabasePath();

    Database* database() const { return m_db.get(); }
    bool isWelcomeShown() const;
    int currentSection() const;
    void showSection(int index);
    Section* section(int index) const;
    /// Looks for changes made by other users or processes (none when no database is open).
    sync::ChangeWatcher* changeWatcher() const { return m_watcher.get(); }

    /// Live language switch (LanguageSwitch.cpp): gives this window's database, page, section and
    /// geometry to next, a window built in the new language; this one is left empty.
    void handOverTo(MainWindow& next);
    /// A file dropped on the window (FileDrop.cpp): contacts, calendar or archive go to their import
    /// flow with its preview; anything else is refused with a message naming the file. False when refused.
    bool openDroppedFile(const QString& path);
    class ExchangeActions* exchange() const { return m_exchange; }

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createMenus();
    /// Ctrl+N (new meeting in the meetings section), F5, Ctrl+F and the links between sections.
    void createShortcuts();
    void updateShortcuts();
    QWidget* createWorkspace();
    void showWelcome();
    void showWorkspace();
    void updateStatus();
    void updateActions();
    void fillRecentMenu();
    void showError(const Error& error);
    void createEmptyCouncil(const QString& name);
    void createDemoCouncil();
    /// Opens the pending default database (creating it) when none is open yet.
    bool ensureDatabase();
    void newDatabase();
    void openDatabaseDialog();
    void saveCopy();
    /// A verified backup beside the file when the last one is a day old (setting backup/automatic).
    void automaticBackup();
    void about();
    /// Plan ▸ Timeline…: the Gantt chart of the plans in a dialog.
    void openTimeline();
    /// File ▸ Cellule de situations register…: shows the section, asking to enable it first.
    void openSituations();
    /// Edit ▸ Preferences and Help ▸ User guide (MainWindowDesktop.cpp).
    void createDesktopMenus(QMenu* help);
    void showPreferences();
    /// The welcome page's guided creation: runs the CouncilWizard, then writes the council.
    void createGuidedCouncil();
    /// Another user changed data (MainWindowSync.cpp): sections read again when shown, the visible one now.
    void watchChanges();
    void showChangesMadeElsewhere();
    void refreshVisibleSection();

    std::unique_ptr<Database> m_db;
    std::unique_ptr<sync::ChangeWatcher> m_watcher; ///< after m_db: goes first
    bool m_refreshPending = false;
    QString m_pendingPath; ///< the default database to create when the welcome page is used
    QStackedWidget* m_pages = nullptr;
    WelcomePage* m_welcome = nullptr;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_sections = nullptr;
    QLabel* m_statusLabel = nullptr;
    QMenu* m_recentMenu = nullptr;
    QAction* m_saveCopy = nullptr;
    class ExchangeActions* m_exchange = nullptr;
    class DataSafety* m_safety = nullptr;
    QAction* m_newDatabase = nullptr;
    QAction* m_newMeeting = nullptr;
    QAction* m_print = nullptr;
};

} // namespace maillage::ui
