// SPDX-License-Identifier: EUPL-1.2
#include "ui/meetings/editor/MeetingEditState.h"

#include <QUndoCommand>

namespace maillage {

namespace {

class SnapshotCommand : public QUndoCommand
{
public:
    SnapshotCommand(MeetingEditState* state, Meeting before, Meeting after, QString key, QObject* source,
                    const QString& text)
        : QUndoCommand(text), m_state(state), m_before(std::move(before)), m_after(std::move(after)),
          m_key(std::move(key)), m_source(source)
    {}

    int id() const override { return 1; }
    bool mergeWith(const QUndoCommand* other) override
    {
        const auto* next = static_cast<const SnapshotCommand*>(other);
        if (m_key.isEmpty() || next->m_key != m_key)
            return false;
        m_after = next->m_after;
        return true;
    }
    void redo() override
    {
        // The first time, the widget that made the edit already shows it.
        m_state->restore(m_after, m_firstRedo ? m_source : nullptr);
        m_firstRedo = false;
    }
    void undo() override { m_state->restore(m_before, nullptr); }

private:
    MeetingEditState* m_state;
    Meeting m_before;
    Meeting m_after;
    QString m_key;
    QObject* m_source;
    bool m_firstRedo = true;
};

} // namespace

MeetingEditState::MeetingEditState(Meeting meeting, QObject* parent) : QObject(parent)
{
    reset(std::move(meeting), true);
}

void MeetingEditState::change(const QString& text, const QString& key, const std::function<void(Meeting&)>& edit,
                              QObject* source)
{
    Meeting after = m_meeting;
    edit(after);
    m_undo.push(new SnapshotCommand(this, m_meeting, std::move(after), key, source, text));
}

void MeetingEditState::reset(Meeting meeting, bool clearHistory)
{
    for (AgendaItem& item : meeting.agenda)
        if (item.id == 0)
            item.id = newItemId();
    m_meeting = std::move(meeting);
    if (clearHistory)
        m_undo.clear();
    m_undo.setClean();
    emit changed(nullptr);
}

void MeetingEditState::restore(const Meeting& meeting, QObject* source)
{
    // A snapshot taken before a save still names the meeting as it is stored now.
    const Record stored = m_meeting;
    m_meeting = meeting;
    static_cast<Record&>(m_meeting) = stored;
    emit changed(source);
}

} // namespace maillage
