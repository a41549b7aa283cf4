// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/calendar/RecurrenceRule.h"
#include "core/exchange/ICalContent.h"

#include <QDateTime>

#include <optional>
#include <vector>

namespace maillage::ical {

/// A time zone known only from the STANDARD/DAYLIGHT observances of a VTIMEZONE: each one starts at
/// DTSTART and repeats by its RRULE (yearly rules such as the last Sunday of March) or its RDATEs.
class DefinedZone
{
public:
    static std::optional<DefinedZone> fromComponent(const Component& vtimezone);

    /// Offset from UTC, in seconds, of a wall-clock time of this zone.
    int offsetAt(const QDateTime& local) const;

private:
    struct Observance {
        QDateTime start; ///< wall clock, as Qt::UTC to compare plainly
        int offsetTo = 0;
        std::optional<calendar::RecurrenceRule> rule;
        std::vector<QDateTime> dates;
    };
    std::vector<Observance> m_observances;
};

} // namespace maillage::ical
