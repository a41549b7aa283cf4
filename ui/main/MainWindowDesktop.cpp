// SPDX-License-Identifier: EUPL-1.2
// Edit ▸ Preferences, Help ▸ User guide and Help ▸ About: kept apart from MainWindow.cpp.
#include "ui/main/MainWindow.h"

#include "core/settings/Language.h"
#include "core/settings/UserPreferences.h"
#include "core/storage/Database.h"
#include "ui/help/AboutDialog.h"
#include "ui/help/GuideWindow.h"
#include "ui/main/LanguageSwitch.h"
#include "ui/main/Section.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/welcome/CouncilWizard.h"

#include <QDir>

#include <QMenu>
#include <QMenuBar>
#include <QTimer>

namespace maillage::ui {

void MainWindow::createDesktopMenus(QMenu* help)
{
    auto* edit = new QMenu(tr("&Edit"), this);
    edit->setObjectName(QStringLiteral("editMenu"));
    // Where every desktop application has it: right after File.
    const QList<QAction*> menus = menuBar()->actions();
    menuBar()->insertMenu(menus.size() > 1 ? menus.at(1) : help->menuAction(), edit);
    QAction* preferences = edit->addAction(tr("&Preferences…"), this, &MainWindow::showPreferences);
    preferences->setObjectName(QStringLiteral("preferencesAction"));
    preferences->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    preferences->setMenuRole(QAction::PreferencesRole);

    QAction* guide = new QAction(tr("&User guide"), this);
    guide->setObjectName(QStringLiteral("guideAction"));
    guide->setShortcut(QKeySequence::HelpContents);
    connect(guide, &QAction::triggered, this, [this] {
        auto* window = new GuideWindow(this);
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->show();
    });
    help->insertAction(help->actions().value(0), guide);
    help->insertSeparator(help->actions().value(1));
}

void MainWindow::showPreferences()
{
    auto* dialog = new SettingsDialog(m_db.get(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The language the window speaks: the one installed, or the preference when none was (tests).
    const QString shown =
        language::current().isEmpty() ? language::resolve(preferences::language()) : language::current();
    connect(dialog, &QDialog::accepted, this, [this, shown] {
        if (language::resolve(preferences::language()) != shown) {
            // Once the dialog is gone: this window is replaced by one in the new language.
            QTimer::singleShot(0, this, [this] { switchLanguage(this, preferences::language()); });
            return;
        }
        for (int index = 0; index < SectionCount; ++index)
            section(index)->refresh();
    });
    dialog->open();
}

void MainWindow::createGuidedCouncil()
{
    const QString location =
        m_db ? tr("The council will be kept in %1.").arg(m_db->displayName())
             : tr("The council will be kept in a new file: %1.")
                   .arg(QDir::toNativeSeparators(m_pendingPath.isEmpty() ? defaultDatabasePath() : m_pendingPath));
    auto* wizard = new CouncilWizard(location, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &QWizard::accepted, this, [this, wizard] {
        if (!ensureDatabase())
            return;
        if (Status created = wizard->createIn(*m_db); !created.ok()) {
            showError(created.error());
            return;
        }
        showWorkspace();
        showSection(Dashboard);
    });
    wizard->open();
}

void MainWindow::about()
{
    auto* dialog = new AboutDialog(m_db ? (m_db->filePath().isEmpty() ? m_db->displayName() : m_db->filePath())
                                        : QString(),
                                   this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace maillage::ui
