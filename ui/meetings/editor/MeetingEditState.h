// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/Meeting.h"

#include <QObject>
#include <QUndoStack>

#include <functional>

namespace maillage {

/// The meeting being edited, shared by the editor's widgets. Every edit goes through change(), which
/// pushes an undoable snapshot; consecutive edits of the same field (same key) merge into one step.
class MeetingEditState : public QObject
{
    Q_OBJECT

public:
    explicit MeetingEditState(Meeting meeting, QObject* parent = nullptr);

    const Meeting& meeting() const { return m_meeting; }
    QUndoStack* undoStack() { return &m_undo; }

    /// Applies edit to a copy of the meeting and records it. source is the widget that already shows
    /// the change (it is not refreshed); key merges successive edits ("title", "minutes:3").
    void change(const QString& text, const QString& key, const std::function<void(Meeting&)>& edit,
                QObject* source = nullptr);
    /// Replaces the meeting without undo (opened, saved, reloaded); the undo history is cleared when asked.
    void reset(Meeting meeting, bool clearHistory);
    /// A placeholder id for an agenda item not saved yet, so decisions can point at it.
    qint64 newItemId() { return --m_lastPlaceholder; }

    /// Used by the undo commands.
    void restore(const Meeting& meeting, QObject* source);

signals:
    /// The meeting changed; widgets other than source show it again.
    void changed(QObject* source);

private:
    Meeting m_meeting;
    QUndoStack m_undo;
    qint64 m_lastPlaceholder = 0;
};

} // namespace maillage
