// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/Event.h"
#include "ui/events/RecordCommand.h"
#include "ui/main/Section.h"

#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QTreeWidget;
class QUndoStack;

namespace maillage::ui {

/// The events of one year grouped by month (kind, dates, title, place, participants), with an editor
/// for every field; create (Ctrl+N), duplicate and delete are undoable (Ctrl+Z / Ctrl+Shift+Z).
class EventsWidget : public Section
{
    Q_OBJECT

public:
    explicit EventsWidget(QWidget* parent = nullptr);

    void refresh() override;
    QUndoStack* undoStack() const { return m_undo; }
    /// The id of the selected event, 0 when none.
    qint64 selectedId() const;
    void selectEvent(qint64 id);
    int shownYear() const;

    void newEvent();
    void editSelected();
    void duplicateSelected();
    void deleteSelected();

    /// Commands reach events through these ids: an undone delete re-creates the event under a new id.
    qint64 currentId(qint64 id) const { return m_ids.current(id); }
    RecordIds& recordIds() { return m_ids; }
    void selectRecord(qint64 id) { selectEvent(id); }
    /// Shows an error met while doing or undoing a command.
    void reportError(const QString& message);

private:
    /// The selected event as stored; none (error reported) when it cannot be read.
    std::optional<Event> storedSelection();
    void showYear();
    void fillYears(int keep);
    void updateActions();
    qint64 councilId() const;

    QComboBox* m_year = nullptr;
    QTreeWidget* m_tree = nullptr;
    QLabel* m_total = nullptr;
    QUndoStack* m_undo = nullptr;
    QAction* m_new = nullptr;
    QAction* m_edit = nullptr;
    QAction* m_duplicate = nullptr;
    QAction* m_delete = nullptr;
    RecordIds m_ids;
    bool m_filling = false;
};

} // namespace maillage::ui
