// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/Meeting.h"
#include "ui/main/Section.h"

#include <QDateTime>
#include <QHash>

#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QToolBar;
class QUndoStack;

namespace maillage {
class MeetingListModel;
struct Error;
}

namespace maillage::ui {

/// Every meeting, latest first, filtered by year, instance, status and text, ordered by clicking the
/// date, instance or status header (in the query: the list stays lazy). A toolbar and a context menu
/// create, open, duplicate, cancel and postpone meetings; for a meeting of a recurring series, edit that
/// occurrence alone or the series from its date on (both undoable: Ctrl+Z, Ctrl+Shift+Z).
class MeetingsWidget : public Section
{
    Q_OBJECT

public:
    explicit MeetingsWidget(QWidget* parent = nullptr);

    void refresh() override;
    MeetingListModel* model() const { return m_model; }
    QLineEdit* searchBox() const override { return m_search; }
    /// The meeting of the current row, or 0.
    qint64 currentMeetingId() const;
    /// Makes the row of that meeting current when it is among the rows read so far.
    bool selectMeeting(qint64 meetingId);

    QAction* newAction() const { return m_new; }
    QAction* openAction() const { return m_open; }
    QAction* duplicateAction() const { return m_duplicate; }
    QAction* cancelAction() const { return m_cancel; }
    QAction* postponeAction() const { return m_postpone; }
    QAction* openReplacementAction() const { return m_openReplacement; }
    QAction* documentsAction() const { return m_documents; }
    QAction* editOccurrenceAction() const { return m_editOccurrence; }
    QAction* editSeriesAction() const { return m_editSeries; }
    QUndoStack* undoStack() const { return m_undo; }

public slots:
    void newMeeting();
    void openMeeting();
    void duplicateMeeting();
    void cancelMeeting();
    void postponeMeeting();
    void openReplacement();
    /// Convocation, sign-in sheet, minutes… of the current meeting: print, PDF or ODT.
    void meetingDocuments();
    /// "Edit this occurrence only": the meeting leaves its series, then opens in the editor.
    void editOccurrence();
    /// "Edit the series from this date": the series editor, pre-filled, re-plans the series.
    void editSeries();

private:
    void createActions();
    void applyFilter();
    void fillChoices();
    void updateActions();
    void keepSortIndicator(int column, Qt::SortOrder order);
    void showError(const Error& error);
    /// Opens the meeting editor on a meeting, then shows what changed.
    void editMeeting(qint64 meetingId);
    /// Reloads the list and makes meetingId current.
    void reloadAndSelect(qint64 meetingId);
    /// The current meeting read whole, with "title, date" for the questions (an error is shown).
    std::optional<Meeting> currentMeeting(QString* name = nullptr);
    /// Asks a date and time; nothing when cancelled.
    std::optional<QDateTime> askDate(const QString& title, const QString& explanation, const QDateTime& suggested);
    /// The series of the current meeting, or 0 (remembered per meeting until the list reloads).
    qint64 currentSeriesId();
    void createSeriesActions();

    MeetingListModel* m_model = nullptr;
    QToolBar* m_toolBar = nullptr;
    QComboBox* m_year = nullptr;
    QComboBox* m_instance = nullptr;
    QComboBox* m_status = nullptr;
    QLineEdit* m_search = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_count = nullptr;
    QAction* m_new = nullptr;
    QAction* m_open = nullptr;
    QAction* m_duplicate = nullptr;
    QAction* m_cancel = nullptr;
    QAction* m_postpone = nullptr;
    QAction* m_openReplacement = nullptr;
    QAction* m_documents = nullptr;
    QAction* m_editOccurrence = nullptr;
    QAction* m_editSeries = nullptr;
    QUndoStack* m_undo = nullptr;
    QList<QAction*> m_undoActions;
    QHash<qint64, qint64> m_seriesOf; ///< meeting → its series (0: none), for the rows looked at
    Database* m_stackDatabase = nullptr; ///< the database the commands of m_undo change
    int m_sortColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    bool m_filling = false;
};

} // namespace maillage::ui
