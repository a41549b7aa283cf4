// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/Event.h"
#include "core/util/Result.h"

#include <QCoreApplication>

#include <optional>
#include <vector>

namespace maillage {

class Database;

enum class EventSort { Date, Title };

/// Which events list() returns. Empty fields do not filter.
struct EventFilter
{
    qint64 councilId = 0;
    int year = 0; ///< events starting in that calendar year
    std::optional<EventKind> kind;
    QString text; ///< in the title, theme or place, ignoring case and accents
    EventSort sort = EventSort::Date;
    bool descending = false;
    int limit = 0;
    int offset = 0;
};

/// Public events and trainings, saved whole with their partner organisations in one transaction.
class EventRepository
{
    Q_DECLARE_TR_FUNCTIONS(EventRepository)

public:
    explicit EventRepository(Database& db);

    Status create(Event& event);
    Result<Event> get(qint64 id) const;
    Status update(Event& event);
    Status remove(qint64 id);
    /// Events with their partner ids.
    Result<std::vector<Event>> list(const EventFilter& filter = {}) const;
    int count(const EventFilter& filter = {}) const;

private:
    Status write(Event& event, bool isNew);
    Status loadPartners(Event& event) const;

    Database& m_db;
};

} // namespace maillage
