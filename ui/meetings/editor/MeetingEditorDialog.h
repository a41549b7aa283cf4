// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/Meeting.h"
#include "core/util/Result.h"

#include <QDialog>

class QAction;
class QLabel;
class QTabWidget;

namespace maillage {

class AgendaWidget;
class AttendanceWidget;
class Database;
class EditorLookups;
class FollowUpsWidget;
class MeetingEditState;
class MeetingHeaderWidget;
class MinutesEditorWidget;
class MinutesStatusWidget;

/// Prepares a meeting and records what happened: agenda, attendance, minutes per item, decisions,
/// follow-up actions and the minutes' life. Every edit can be undone (Ctrl+Z / Ctrl+Shift+Z);
/// Ctrl+S saves through MeetingPreparation (the meeting repository, one transaction).
class MeetingEditorDialog : public QDialog
{
    Q_OBJECT

public:
    MeetingEditorDialog(Database& db, Meeting meeting, QWidget* parent = nullptr);
    ~MeetingEditorDialog() override;

    /// Opens the stored meeting; true when something was saved.
    static bool editMeeting(Database& db, qint64 meetingId, QWidget* parent);
    /// Prepares a new meeting of the instance (next week, 14:00); true when it was saved.
    static bool createMeeting(Database& db, qint64 instanceId, QWidget* parent);

    const Meeting& meeting() const;
    MeetingEditState* state() const { return m_state; }
    /// Saves; on failure shows why (a conflict keeps the input) and returns the status.
    Status save();
    /// Saves if needed, then opens the document export (PDF, ODT, print preview).
    void openDocuments();
    bool savedOnce() const { return m_savedOnce; }

    void done(int result) override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    Status saveOrExplain(const std::function<Status(Meeting&)>& write);
    void moveToNext(qint64 agendaItemId);
    void validateMinutes(const QDate& on);
    void updateTitle();

    Database& m_db;
    EditorLookups* m_lookups;
    MeetingEditState* m_state;
    MeetingHeaderWidget* m_header;
    QTabWidget* m_tabs;
    AgendaWidget* m_agenda;
    AttendanceWidget* m_attendance;
    MinutesEditorWidget* m_minutes;
    FollowUpsWidget* m_followUps;
    MinutesStatusWidget* m_minutesStatus;
    QLabel* m_message;
    Meeting m_base; ///< as opened or last saved: tells the user's changes from the other user's
    bool m_savedOnce = false;
};

} // namespace maillage
