// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/Situation.h"
#include "ui/events/RecordCommand.h"
#include "ui/main/Section.h"

#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QSpinBox;
class QStackedWidget;
class QTableWidget;
class QTabWidget;
class QUndoStack;

namespace maillage::ui {

/// The cellule de situations register: off until the coordinator enables it (a page says what that implies),
/// then the pseudonymous situations, their quarterly statistics (counts under 5 shown "< 5") and the purge
/// log, all under a "Confidential" banner. Create (Ctrl+N), edit (Return) and delete (Delete) are undoable
/// (Ctrl+Z / Ctrl+Shift+Z); a purge is not, and clears the history.
class SituationsWidget : public Section
{
    Q_OBJECT

public:
    explicit SituationsWidget(QWidget* parent = nullptr);

    void refresh() override;
    /// Whether the open council has the register enabled.
    bool registerEnabled() const { return m_enabled; }
    /// Asks (non-modal box "enableSituationsBox") and enables the register when the coordinator agrees.
    void askToEnable();
    /// Turns the register on or off for the council without asking.
    bool setRegisterEnabled(bool enabled);

    void newSituation();
    void editSelected();
    void deleteSelected();
    /// Deletes the situations past the retention period now, and logs the run.
    void purgeNow();
    qint64 selectedId() const;
    void selectSituation(qint64 id);
    QTableWidget* table() const { return m_table; }
    QUndoStack* undoStack() const { return m_undo; }

    /// Commands reach situations through these ids: an undone delete re-creates one under a new id.
    qint64 currentId(qint64 id) const { return m_ids.current(id); }
    RecordIds& recordIds() { return m_ids; }
    void selectRecord(qint64 id) { selectSituation(id); }
    /// Shows an error met while saving, doing or undoing.
    void reportError(const QString& message) { showError(message); }
    QTableWidget* statistics() const { return m_stats; }

signals:
    void enabledChanged(bool enabled);

private:
    void fill();
    void fillStatistics(const std::vector<Situation>& situations);
    void fillPurgeLog();
    void showError(const QString& message);
    void openEditor(const Situation& situation);
    /// The selected situation as stored; none (error shown) when it cannot be read.
    std::optional<Situation> storedSelection();
    void updateActions();
    qint64 councilId() const;

    bool m_enabled = false;
    QStackedWidget* m_pages = nullptr;
    QTableWidget* m_table = nullptr;
    QTableWidget* m_stats = nullptr;
    QTableWidget* m_purges = nullptr;
    QComboBox* m_statsYear = nullptr;
    QSpinBox* m_retention = nullptr;
    QLabel* m_summary = nullptr;
    std::vector<Situation> m_situations;
    QUndoStack* m_undo = nullptr;
    QAction* m_new = nullptr;
    QAction* m_edit = nullptr;
    QAction* m_delete = nullptr;
    RecordIds m_ids;
};

} // namespace maillage::ui
