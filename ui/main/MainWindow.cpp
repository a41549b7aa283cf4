// SPDX-License-Identifier: EUPL-1.2
#include "ui/main/MainWindow.h"

#include "core/storage/DatabaseLocation.h"

#include "core/settings/UserPreferences.h"
#include "core/storage/Backup.h"
#include "core/storage/CouncilRepository.h"
#include "core/storage/Database.h"
#include "core/situations/SituationPurge.h"
#include "core/sync/ChangeWatcher.h"
#include "ui/dashboard/DashboardWidget.h"
#include "ui/duplicates/DuplicatesDialog.h"
#include "ui/events/EventsWidget.h"
#include "ui/followups/FollowUpsView.h"
#include "ui/instances/InstancesWidget.h"
#include "ui/main/ExchangeActions.h"
#include "ui/main/NavigationIcon.h"
#include "ui/network/NetworkSection.h"
#include "ui/main/RecentFiles.h"
#include "ui/meetings/MeetingsWidget.h"
#include "ui/partners/PartnersWidget.h"
#include "ui/plan/ActionPlanWidget.h"
#include "ui/plan/TimelineView.h"
#include "ui/privacy/PrivacyDialog.h"
#include "ui/situations/SituationsWidget.h"
#include "ui/reports/ReportsWidget.h"
#include "ui/safety/DataSafety.h"
#include "ui/welcome/CouncilSetup.h"
#include "ui/welcome/WelcomePage.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QVBoxLayout>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>

namespace maillage::ui {

namespace {
const QString fileFilter = QStringLiteral("Maillage (*.sqlite *.maillage);;SQLite (*.sqlite *.db);;* (*)");
}

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(QStringLiteral("Maillage"));
    setAcceptDrops(true); // contacts, calendars and archives dropped on the window (FileDrop.cpp)
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_welcome = new WelcomePage(m_pages);
    m_welcome->setDemoAvailable(councilSetup::demoAvailable());
    m_pages->addWidget(m_welcome);
    m_pages->addWidget(createWorkspace());
    setCentralWidget(m_pages);

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("databaseStatus"));
    statusBar()->addWidget(m_statusLabel, 1);
    createMenus();
    // While a database stays open for days, the automatic backup is looked at every hour.
    auto* backupTimer = new QTimer(this);
    backupTimer->setInterval(std::chrono::hours(1));
    connect(backupTimer, &QTimer::timeout, this, &MainWindow::automaticBackup);
    backupTimer->start();
    createShortcuts();

    connect(m_welcome, &WelcomePage::createEmptyRequested, this, &MainWindow::createEmptyCouncil);
    connect(m_welcome, &WelcomePage::guidedCreationRequested, this, &MainWindow::createGuidedCouncil);
    connect(m_welcome, &WelcomePage::demoRequested, this, &MainWindow::createDemoCouncil);
    connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::openDatabaseDialog);

    QSettings settings;
    resize(1180, 760);
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    // The section is saved by name so that adding a section does not shift it; a number (older
    // versions, the screenshot script) is still read as a row.
    const QVariant saved = settings.value(QStringLiteral("mainWindow/section"), 0);
    int row = saved.toInt();
    for (int index = 0; index < m_navigation->count(); ++index)
        if (m_navigation->item(index)->data(Qt::UserRole).toString() == saved.toString())
            row = index;
    showSection(row);
    updateStatus();
    updateActions();
}

MainWindow::~MainWindow()
{
    // The sections point at the database: let them go first.
    for (int index = 0; index < SectionCount; ++index)
        section(index)->setDatabase(nullptr);
}

QWidget* MainWindow::createWorkspace()
{
    auto* workspace = new QWidget(m_pages);
    workspace->setObjectName(QStringLiteral("workspace"));
    m_navigation = new QListWidget(workspace);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(22, 22));
    m_navigation->setSpacing(2);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setFixedWidth(210);
    m_navigation->setAutoFillBackground(true);
    m_navigation->setBackgroundRole(QPalette::Window);
    QFont navigationFont = m_navigation->font();
    navigationFont.setPointSizeF(navigationFont.pointSizeF() * 1.1);
    m_navigation->setFont(navigationFont);

    m_sections = new QStackedWidget(workspace);
    m_sections->setObjectName(QStringLiteral("sections"));
    const struct {
        QString title;
        QString icon;
        Section* widget;
    } sections[] = {
        {tr("Dashboard"), QStringLiteral("dashboard"), new DashboardWidget(m_sections)},
        {tr("Meetings"), QStringLiteral("meetings"), new MeetingsWidget(m_sections)},
        {tr("Follow-ups"), QStringLiteral("followups"), new FollowUpsView(m_sections)},
        {tr("Instances"), QStringLiteral("instances"), new InstancesWidget(m_sections)},
        {tr("Partners"), QStringLiteral("partners"), new PartnersWidget(m_sections)},
        {tr("Network"), QStringLiteral("network"), new NetworkSection(m_sections)},
        {tr("Action plan"), QStringLiteral("plan"), new ActionPlanWidget(m_sections)},
        {tr("Events"), QStringLiteral("events"), new EventsWidget(m_sections)},
        {tr("Reports"), QStringLiteral("reports"), new ReportsWidget(m_sections)},
        {tr("Cellule"), QStringLiteral("situations"), new SituationsWidget(m_sections)},
    };
    for (const auto& entry : sections) {
        auto* item = new QListWidgetItem(navigationIcon(entry.icon), entry.title, m_navigation);
        item->setSizeHint(QSize(0, 40));
        item->setData(Qt::UserRole, entry.icon);
        m_sections->addWidget(entry.widget);
    }
    // The cellule's register shows only once the council has enabled it.
    m_navigation->item(Situations)->setHidden(true);
    connect(qobject_cast<SituationsWidget*>(section(Situations)), &SituationsWidget::enabledChanged, this,
            [this](bool enabled) { m_navigation->item(Situations)->setHidden(!enabled); });
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        m_sections->setCurrentIndex(row);
        section(row)->refreshIfStale();
        QSettings().setValue(QStringLiteral("mainWindow/section"), m_navigation->item(row)->data(Qt::UserRole));
        if (row == Dashboard) // figures move with time and with other sections' edits
            section(Dashboard)->refresh();
        updateShortcuts();
    });

    auto* line = new QFrame(workspace);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    auto* layout = new QHBoxLayout(workspace);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(line);
    layout->addWidget(m_sections, 1);
    return workspace;
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    m_newDatabase = file->addAction(tr("&New…"), this, &MainWindow::newDatabase);
    m_newDatabase->setShortcut(QKeySequence::New);
    m_newDatabase->setObjectName(QStringLiteral("newDatabaseAction"));
    QAction* open = file->addAction(tr("&Open…"), this, &MainWindow::openDatabaseDialog);
    open->setShortcut(QKeySequence::Open);
    open->setObjectName(QStringLiteral("openAction"));
    m_recentMenu = file->addMenu(tr("Open &recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    m_recentMenu->setToolTipsVisible(true);
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    file->addSeparator();
    m_saveCopy = file->addAction(tr("&Save a copy…"), this, &MainWindow::saveCopy);
    m_saveCopy->setObjectName(QStringLiteral("saveCopyAction"));
    // Data safety (issue 7): open marker, check after an unclean shutdown, damaged files, restore.
    m_safety = new DataSafety(
        this, statusBar(),
        [this] {
            for (int i = 0; i < SectionCount; ++i)
                section(SectionIndex(i))->setDatabase(nullptr);
            m_watcher.reset();
            m_db.reset();
            updateStatus();
            updateActions();
        },
        [this](const QString& path) { return openDatabase(path); });
    file->addAction(m_safety->restoreAction());
    file->addSeparator();
    m_exchange = new ExchangeActions(
        this, [this] { return m_db.get(); },
        [this] {
            for (int i = 0; i < SectionCount; ++i)
                section(SectionIndex(i))->refresh();
        });
    m_exchange->setOpenDatabase([this](const QString& path) { return openDatabase(path); });
    file->addMenu(m_exchange->importMenu());
    file->addMenu(m_exchange->exportMenu());
    file->addSeparator();
    QAction* cellule = file->addAction(tr("Cellule de situations &register…"), this, &MainWindow::openSituations);
    cellule->setObjectName(QStringLiteral("situationsAction"));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    // Tools: duplicates and the RGPD tools, each a dialog on the open database.
    QMenu* tools = menuBar()->addMenu(tr("&Tools"));
    tools->setObjectName(QStringLiteral("toolsMenu"));
    const auto reloadSections = [this] {
        for (int i = 0; i < SectionCount; ++i)
            section(SectionIndex(i))->refresh();
    };
    QAction* duplicates = tools->addAction(tr("Find &duplicates…"), this, [this, reloadSections] {
        if (!m_db)
            return;
        DuplicatesDialog dialog(*m_db, this);
        connect(&dialog, &DuplicatesDialog::dataChanged, this, reloadSections);
        dialog.exec();
    });
    duplicates->setObjectName(QStringLiteral("duplicatesAction"));
    QAction* privacy = tools->addAction(tr("&Personal data (RGPD)…"), this, [this, reloadSections] {
        if (!m_db)
            return;
        PrivacyDialog dialog(*m_db, this);
        connect(&dialog, &PrivacyDialog::dataChanged, this, reloadSections);
        dialog.exec();
    });
    privacy->setObjectName(QStringLiteral("privacyAction"));

    QMenu* plan = menuBar()->addMenu(tr("&Plan"));
    plan->setObjectName(QStringLiteral("planMenu"));
    QAction* timeline = plan->addAction(tr("&Timeline…"), this, &MainWindow::openTimeline);
    timeline->setObjectName(QStringLiteral("timelineAction"));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* aboutAction = help->addAction(tr("&About Maillage"), this, &MainWindow::about);
    aboutAction->setMenuRole(QAction::AboutRole);
    aboutAction->setObjectName(QStringLiteral("aboutAction"));
    createDesktopMenus(help);
    fillRecentMenu();
}

QString MainWindow::defaultDatabasePath()
{
    return maillage::defaultDatabasePath();
}

void MainWindow::start(const QString& urlOrEmpty)
{
    if (urlOrEmpty.isEmpty() && !QFileInfo::exists(defaultDatabasePath())) {
        // First start: nothing is written before the coordinator chooses what to do.
        m_pendingPath = defaultDatabasePath();
        showWelcome();
        return;
    }
    if (!openDatabase(urlOrEmpty.isEmpty() ? defaultDatabasePath() : urlOrEmpty))
        showWelcome();
}

bool MainWindow::openDatabase(const QString& url)
{
    auto opened = Database::open(url);
    if (!opened) {
        if (!m_safety->offerRepair(url, opened.error()))
            showError(opened.error());
        return false;
    }
    for (int index = 0; index < SectionCount; ++index)
        section(index)->setDatabase(nullptr);
    m_watcher.reset();
    m_db = std::move(opened.value());
    watchChanges();
    m_safety->databaseOpened(m_db.get());
    m_pendingPath.clear();
    const QString recent = Database::isServerUrl(url) ? m_db->displayName() : QFileInfo(url).absoluteFilePath();
    RecentFiles::add(recent);
    // Situations past their retention period go as soon as the database opens.
    if (auto purged = SituationPurge::runAll(*m_db, QDate::currentDate()); !purged.ok())
        statusBar()->showMessage(purged.error().message, 10000);
    else if (purged.value() > 0)
        statusBar()->showMessage(tr("%n old situation(s) of the cellule deleted (retention period).", "",
                                    purged.value()),
                                 10000);
    updateStatus();
    updateActions();
    if (CouncilRepository(*m_db).count() == 0)
        showWelcome();
    else
        showWorkspace();
    // Once the window is up, not on the opening path itself.
    QTimer::singleShot(1000, this, &MainWindow::automaticBackup);
    return true;
}

void MainWindow::automaticBackup()
{
    if (!m_db || !preferences::automaticBackup())
        return;
    auto made = backup::ensureRecent(*m_db, QDateTime::currentDateTime(), preferences::retention(),
                                     preferences::backupFolder());
    if (!made.ok())
        statusBar()->showMessage(made.error().message, 10000);
    else if (!made->path.isEmpty())
        statusBar()->showMessage(tr("Verified backup written to %1").arg(QDir::toNativeSeparators(made->path)), 6000);
}

void MainWindow::showWelcome()
{
    // After a refused file the council goes where ensureDatabase() will put it: the default file.
    const QString target = m_pendingPath.isEmpty() ? defaultDatabasePath() : m_pendingPath;
    if (m_db)
        m_welcome->setLocation(tr("The council will be kept in %1.").arg(m_db->displayName()));
    else if (QFileInfo::exists(target))
        m_welcome->setLocation(tr("The council will be kept in %1.").arg(QDir::toNativeSeparators(target)));
    else
        m_welcome->setLocation(tr("The council will be kept in a new file: %1.").arg(QDir::toNativeSeparators(target)));
    m_pages->setCurrentWidget(m_welcome);
    updateShortcuts();
}

void MainWindow::showWorkspace()
{
    for (int index = 0; index < SectionCount; ++index)
        section(index)->setDatabase(m_db.get(), index == currentSection());
    m_navigation->item(Situations)->setHidden(
        !qobject_cast<SituationsWidget*>(section(Situations))->registerEnabled());
    m_pages->setCurrentIndex(1);
    updateShortcuts();
}

bool MainWindow::isWelcomeShown() const
{
    return m_pages->currentWidget() == m_welcome;
}

int MainWindow::currentSection() const
{
    return m_sections->currentIndex();
}

void MainWindow::showSection(int index)
{
    m_navigation->setCurrentRow(std::clamp(index, 0, SectionCount - 1));
}

Section* MainWindow::section(int index) const
{
    return qobject_cast<Section*>(m_sections->widget(index));
}

void MainWindow::updateStatus()
{
    if (!m_db) {
        m_statusLabel->setText(tr("No database open"));
        setWindowTitle(QStringLiteral("Maillage"));
        return;
    }
    m_statusLabel->setText(
        tr("Database: %1 — schema version %2").arg(m_db->displayName()).arg(m_db->schemaVersion()));
    const QString shortName =
        m_db->filePath().isEmpty() ? m_db->displayName() : QFileInfo(m_db->filePath()).fileName();
    setWindowTitle(QStringLiteral("%1 — Maillage").arg(shortName));
}

void MainWindow::updateActions()
{
    const bool sqlite = m_db && !m_db->filePath().isEmpty();
    m_saveCopy->setEnabled(sqlite);
    m_exchange->setEnabled(m_db != nullptr);
    m_saveCopy->setToolTip(m_db && !sqlite ? tr("A server database is saved by its administrator (pg_dump), "
                                                "or exported as a Maillage archive.")
                                           : QString());
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList urls = RecentFiles::list();
    for (const QString& url : urls) {
        const bool available = RecentFiles::isAvailable(url);
        QAction* action = m_recentMenu->addAction(Database::isServerUrl(url) ? url : QFileInfo(url).fileName());
        action->setData(url);
        action->setEnabled(available);
        action->setToolTip(available ? QDir::toNativeSeparators(url)
                                     : tr("%1 (file not found)").arg(QDir::toNativeSeparators(url)));
        connect(action, &QAction::triggered, this, [this, url] { openDatabase(url); });
    }
    if (urls.isEmpty()) {
        m_recentMenu->addAction(tr("No recent database"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("Forget missing files"), this, [] {
        for (const QString& url : RecentFiles::list())
            if (!RecentFiles::isAvailable(url))
                RecentFiles::remove(url);
    });
}

void MainWindow::showError(const Error& error)
{
    // Not exec(): the window stays responsive and tests can read the box.
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Maillage"), error.message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("errorMessage"));
    box->setDetailedText(error.detail);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

bool MainWindow::ensureDatabase()
{
    if (m_db)
        return true;
    return openDatabase(m_pendingPath.isEmpty() ? defaultDatabasePath() : m_pendingPath);
}

void MainWindow::createEmptyCouncil(const QString& name)
{
    if (!ensureDatabase())
        return;
    if (Status status = councilSetup::createEmptyCouncil(*m_db, name); !status) {
        showError(status.error());
        return;
    }
    showWorkspace();
    showSection(Dashboard);
}

void MainWindow::createDemoCouncil()
{
    if (!ensureDatabase())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status status = councilSetup::createDemoCouncil(*m_db, QDate::currentDate());
    QApplication::restoreOverrideCursor();
    if (!status) {
        showError(status.error());
        return;
    }
    showWorkspace();
    showSection(Dashboard);
}

void MainWindow::newDatabase()
{
    QString path = QFileDialog::getSaveFileName(this, tr("New database"), QDir::homePath(), fileFilter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".sqlite");
    if (QFileInfo::exists(path)) {
        showError({Error::Kind::Invalid, tr("The file %1 already exists: open it instead.").arg(path), {}});
        return;
    }
    openDatabase(path);
}

void MainWindow::openDatabaseDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a database"), QDir::homePath(), fileFilter);
    if (!path.isEmpty())
        openDatabase(path);
}

void MainWindow::saveCopy()
{
    if (!m_db || m_db->filePath().isEmpty())
        return;
    const QFileInfo current(m_db->filePath());
    const QString suggested = current.absolutePath() + u'/' + current.completeBaseName() + u'-'
                              + QDate::currentDate().toString(Qt::ISODate) + QStringLiteral(".sqlite");
    const QString path = QFileDialog::getSaveFileName(this, tr("Save a copy"), suggested, fileFilter, nullptr,
                                                      QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    // The same verified copy as the automatic backups: checked before it is given its name.
    if (auto copy = backup::create(*m_db, path); !copy.ok())
        showError(copy.error());
    else
        statusBar()->showMessage(tr("Copy saved in %1").arg(QDir::toNativeSeparators(path)), 6000);
}

void MainWindow::openTimeline()
{
    if (!m_db || isWelcomeShown())
        return;
    auto* dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("timelineDialog"));
    dialog->setWindowTitle(tr("Timeline of the action plan"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto* layout = new QVBoxLayout(dialog);
    auto* view = new TimelineView(dialog);
    view->setDatabase(m_db.get());
    layout->addWidget(view, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog->resize(1100, 640);
    dialog->open();
}

void MainWindow::openSituations()
{
    if (!m_db || isWelcomeShown())
        return;
    auto* situations = qobject_cast<SituationsWidget*>(section(Situations));
    if (situations->registerEnabled()) {
        showSection(Situations);
        return;
    }
    // Not enabled yet: the section's own page says what enabling implies, then asks.
    showSection(Situations);
    situations->askToEnable();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    QMainWindow::closeEvent(event);
}

} // namespace maillage::ui
