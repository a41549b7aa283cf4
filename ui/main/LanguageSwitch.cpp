// SPDX-License-Identifier: EUPL-1.2
// The live language switch: a new window rather than retranslating every widget, so that no label
// built from tr() at construction is forgotten.
#include "ui/main/LanguageSwitch.h"

#include "core/settings/Language.h"
#include "core/storage/Database.h"
#include "ui/main/MainWindow.h"
#include "ui/main/Section.h"
#include "ui/safety/DataSafety.h"

namespace maillage::ui {

void MainWindow::handOverTo(MainWindow& next)
{
    const bool welcome = isWelcomeShown();
    const int current = currentSection();
    for (int index = 0; index < SectionCount; ++index)
        section(index)->setDatabase(nullptr);
    if (m_db)
        m_safety->databaseClosing();
    next.m_pendingPath = m_pendingPath;
    next.m_db = std::move(m_db);
    if (next.m_db)
        next.m_safety->databaseOpened(next.m_db.get());
    next.restoreGeometry(saveGeometry()); // maximised or not, on which screen
    if (!isMaximized() && !isFullScreen())
        next.setGeometry(geometry()); // exactly in place, whatever frame the window manager adds
    next.restoreState(saveState());
    next.showSection(current);
    if (welcome || !next.m_db)
        next.showWelcome();
    else
        next.showWorkspace();
    next.updateStatus();
    next.updateActions();
    updateStatus();
    updateActions();
}

MainWindow* switchLanguage(MainWindow* window, const QString& preference)
{
    language::apply(preference);
    auto* next = new MainWindow;
    next->setAttribute(Qt::WA_DeleteOnClose);
    window->handOverTo(*next);
    // The new window first, so that the application never has no window and does not quit.
    if (window->isVisible())
        next->show();
    window->hide();
    window->deleteLater();
    return next;
}

} // namespace maillage::ui
