// SPDX-License-Identifier: EUPL-1.2
#include "ui/events/EventCommands.h"

#include "core/storage/EventRepository.h"
#include "ui/events/EventsWidget.h"

namespace maillage::ui {

EventCommand::EventCommand(Database& db, EventsWidget& view, std::optional<Event> before, std::optional<Event> after,
                           const QString& text)
    : QUndoCommand(text), m_db(db), m_view(view), m_before(std::move(before)), m_after(std::move(after))
{
}

void EventCommand::redo()
{
    apply(m_before, m_after);
}

void EventCommand::undo()
{
    apply(m_after, m_before);
}

void EventCommand::apply(const std::optional<Event>& from, const std::optional<Event>& target)
{
    EventRepository events(m_db);
    const qint64 id = m_view.currentId(from ? from->id : (target ? target->id : 0));
    Status status;
    qint64 shown = 0;
    if (!target) {
        status = events.remove(id);
    } else if (!from || id <= 0) {
        // (Re)created: a new row, under a new id that later steps must follow.
        Event created = *target;
        const qint64 oldId = created.id;
        created.id = 0;
        status = events.create(created);
        if (status.ok() && oldId > 0)
            m_view.renamed(oldId, created.id);
        if (status.ok() && oldId <= 0) {
            m_after->id = created.id; // the first redo of a creation names the event
            if (m_before)
                m_before->id = created.id;
        }
        shown = created.id;
    } else {
        // Written over the stored version: undo must not trip on the version check.
        auto current = events.get(id);
        status = current.ok() ? Status{} : Status{current.error()};
        if (status.ok()) {
            Event updated = *target;
            updated.id = id;
            updated.version = current->version;
            status = events.update(updated);
        }
        shown = id;
    }
    if (!status.ok()) {
        m_view.reportError(status.error().message);
        setObsolete(true);
    }
    m_view.refresh();
    if (shown > 0)
        m_view.selectEvent(shown);
}

} // namespace maillage::ui
