// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/Event.h"

#include <QUndoCommand>

#include <optional>

namespace maillage {
class Database;
}

namespace maillage::ui {

class EventsWidget;

/// Saves an event (new when `before` is empty) or deletes one (when `after` is empty), undoably.
/// Each step writes through EventRepository; a failure leaves the data as it was and is reported.
class EventCommand : public QUndoCommand
{
public:
    EventCommand(Database& db, EventsWidget& view, std::optional<Event> before, std::optional<Event> after,
                 const QString& text);

    void undo() override;
    void redo() override;

private:
    /// Makes the stored event match target (nullopt: absent).
    void apply(const std::optional<Event>& from, const std::optional<Event>& target);

    Database& m_db;
    EventsWidget& m_view;
    std::optional<Event> m_before;
    std::optional<Event> m_after;
};

} // namespace maillage::ui
