// SPDX-License-Identifier: EUPL-1.2
// The MainWindow's part in several users working at once: when another user or process changes the
// database, every section reads it again when next shown, and the visible one at once (keeping its
// current row and scroll position) — or as soon as no dialog is open over it.
#include "core/sync/ChangeWatcher.h"
#include "ui/main/KeepViewState.h"
#include "ui/main/MainWindow.h"
#include "ui/main/Section.h"

#include <QApplication>
#include <QStatusBar>
#include <QTimer>

namespace maillage::ui {

void MainWindow::watchChanges()
{
    m_watcher = std::make_unique<sync::ChangeWatcher>(*m_db);
    connect(m_watcher.get(), &sync::ChangeWatcher::changedElsewhere, this, [this] { showChangesMadeElsewhere(); });
    m_watcher->start();
}

void MainWindow::showChangesMadeElsewhere()
{
    if (!m_db || isWelcomeShown())
        return;
    for (int index = 0; index < SectionCount; ++index)
        section(index)->markStale();
    refreshVisibleSection();
}

void MainWindow::refreshVisibleSection()
{
    if (!m_db || isWelcomeShown())
        return;
    // An editor open over the section may hold rows of it: wait until it closes.
    if (QApplication::activeModalWidget() || QApplication::activePopupWidget()) {
        if (!m_refreshPending) {
            m_refreshPending = true;
            QTimer::singleShot(500, this, [this] {
                m_refreshPending = false;
                refreshVisibleSection();
            });
        }
        return;
    }
    Section* shown = section(currentSection());
    if (!shown)
        return;
    const KeepViewState keep(shown);
    shown->refreshIfStale();
    keep.restore();
    statusBar()->showMessage(tr("Shown again with the changes another user made."), 5000);
}

} // namespace maillage::ui
