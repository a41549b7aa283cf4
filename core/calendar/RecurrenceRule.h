// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/util/Result.h"

#include <QString>

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <vector>

namespace maillage::calendar {

/// What to do with an occurrence that falls on a public holiday or a weekend.
enum class HolidayPolicy { Keep, NextWorkingDay, Skip };

/// A meeting cadence, written as a subset of iCalendar's RRULE (RFC 5545 §3.3.10) so it
/// travels to calendars unchanged:
///   FREQ=WEEKLY;INTERVAL=2;BYDAY=TU           every two weeks on Tuesday
///   FREQ=MONTHLY;BYDAY=2TU                    the 2nd Tuesday of every month
///   FREQ=MONTHLY;BYDAY=-1FR                   the last Friday of every month
///   FREQ=MONTHLY;BYMONTH=1,2,3,4,5,6,7,9,10,11,12;BYDAY=1TH   monthly except August
///   FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=15     quarterly on the 15th
///   FREQ=YEARLY;BYMONTH=10;BYDAY=2TU          every year, the 2nd Tuesday of October
/// ending with COUNT=n or UNTIL=YYYYMMDD, or open-ended.
class RecurrenceRule
{
public:
    enum class Frequency { Weekly, Monthly, Yearly };

    static Result<RecurrenceRule> parse(const QString& text);
    QString toString() const;
    /// A sentence for the user ("The 2nd Tuesday of every month").
    QString describe() const;

    Frequency frequency = Frequency::Monthly;
    int interval = 1;
    int weekday = -1;     ///< 0 = Sunday … 6 = Saturday (Boost's numbering), -1 = none
    int weekdayOrdinal = 0; ///< 1…4 for the nth weekday of the month, -1 for the last, 0 = any
    int monthDay = 0;     ///< 1…31, 0 = none
    std::vector<int> months; ///< allowed months (1…12); empty = all
    int count = 0;        ///< 0 = no limit
    boost::gregorian::date until{boost::date_time::not_a_date_time};
};

/// One date of a series, before and after the holiday policy.
struct Occurrence {
    boost::gregorian::date planned;
    boost::gregorian::date actual; ///< where it takes place (not_a_date_time when skipped)
    bool moved = false;
    bool skipped = false;
};

/// The dates of a series from start (inclusive) up to horizon (inclusive) for open-ended rules.
/// A rule without a weekday or month day takes them from start.
std::vector<Occurrence> occurrences(const RecurrenceRule& rule, const boost::gregorian::date& start,
                                    const boost::gregorian::date& horizon, HolidayPolicy policy,
                                    bool alsaceMoselle = false);

} // namespace maillage::calendar
