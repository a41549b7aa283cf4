// SPDX-License-Identifier: EUPL-1.2
// Keyboard shortcuts of the workspace and the links between sections.
#include "ui/dashboard/DashboardWidget.h"
#include "ui/followups/FollowUpsView.h"
#include "ui/main/MainWindow.h"
#include "ui/meetings/MeetingsWidget.h"

#include <QAction>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>

namespace maillage::ui {

void MainWindow::createShortcuts()
{
    QMenu* view = new QMenu(tr("&View"), this);
    view->setObjectName(QStringLiteral("viewMenu"));
    // Before Help, the last menu by convention.
    const QList<QAction*> menus = menuBar()->actions();
    menuBar()->insertMenu(menus.isEmpty() ? nullptr : menus.last(), view);

    QAction* refresh = view->addAction(tr("&Refresh"), this, [this] {
        if (!isWelcomeShown() && m_db)
            section(currentSection())->refresh();
    });
    refresh->setObjectName(QStringLiteral("refreshAction"));
    refresh->setShortcut(QKeySequence::Refresh);

    QAction* find = view->addAction(tr("&Find in this section"), this, [this] {
        if (isWelcomeShown())
            return;
        if (QLineEdit* box = section(currentSection())->searchBox()) {
            box->setFocus(Qt::ShortcutFocusReason);
            box->selectAll();
        }
    });
    find->setObjectName(QStringLiteral("findAction"));
    find->setShortcut(QKeySequence::Find);

    // Ctrl+N is "new database" in the File menu, except in the meetings section where a new
    // meeting is far more common; updateShortcuts moves the key between the two actions.
    auto* meetings = qobject_cast<MeetingsWidget*>(section(Meetings));
    m_newMeeting = new QAction(tr("New meeting"), this);
    m_newMeeting->setObjectName(QStringLiteral("newMeetingShortcut"));
    connect(m_newMeeting, &QAction::triggered, meetings, &MeetingsWidget::newMeeting);
    addAction(m_newMeeting);

    // Ctrl+P: the documents of the meeting selected in the meetings section (print, PDF, ODT).
    m_print = new QAction(tr("Documents of the meeting"), this);
    m_print->setObjectName(QStringLiteral("printShortcut"));
    connect(m_print, &QAction::triggered, meetings, &MeetingsWidget::meetingDocuments);
    addAction(m_print);

    auto* followUps = qobject_cast<FollowUpsView*>(section(FollowUps));
    connect(qobject_cast<DashboardWidget*>(section(Dashboard)), &DashboardWidget::overdueFollowUpsRequested, this,
            [this, followUps] {
                showSection(FollowUps);
                followUps->showOverdue();
            });
    connect(qobject_cast<DashboardWidget*>(section(Dashboard)), &DashboardWidget::dueSoonFollowUpsRequested, this,
            [this, followUps] {
                showSection(FollowUps);
                followUps->showDueSoon();
            });
    updateShortcuts();
}

void MainWindow::updateShortcuts()
{
    if (!m_newMeeting || !m_newDatabase || !m_print)
        return; // still building the window
    const bool meetings = !isWelcomeShown() && m_db && currentSection() == Meetings;
    m_newMeeting->setEnabled(meetings);
    m_newMeeting->setShortcut(meetings ? QKeySequence(QKeySequence::New) : QKeySequence());
    // Sections with a "new" of their own (organisation or contact, fiche, event, situation) take Ctrl+N.
    const int current = currentSection();
    const bool ownNew = !isWelcomeShown() && m_db &&
                        (current == Partners || current == ActionPlan || current == Events || current == Situations);
    m_newDatabase->setShortcut(meetings || ownNew ? QKeySequence() : QKeySequence(QKeySequence::New));
    m_print->setEnabled(meetings);
    m_print->setShortcut(meetings ? QKeySequence(QKeySequence::Print) : QKeySequence());
}

} // namespace maillage::ui
