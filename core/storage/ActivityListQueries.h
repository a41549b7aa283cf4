// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/util/Result.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace maillage {

class Database;

struct SheetListRow {
    qint64 id = 0;
    QString code;
    QString title;
    QString status; ///< SheetStatus code
    QString lead;   ///< the porteur organisation's name
    QDate startsOn;
    QDate endsOn;
};

struct AxisListRow {
    qint64 id = 0;
    QString planTitle;
    QString code;
    QString title;
    std::vector<SheetListRow> sheets;
};

struct EventListRow {
    qint64 id = 0;
    QDate startsOn;
    QString kind; ///< EventKind code
    QString title;
    QString place;
    int participants = 0;
    int peopleTrained = 0;
};

/// One line of the yearly activity summary.
struct YearSummary {
    int year = 0;
    int meetingsHeld = 0;
    int meetingsCancelled = 0;
    int attendanceExpected = 0; ///< members expected at held meetings (guests left out)
    int attendancePresent = 0;  ///< of whom present or represented
    int events = 0;
    int participants = 0;
    int peopleTrained = 0;

    /// Share of expected members present or represented (0–1), none without attendance.
    std::optional<double> attendanceRate() const
    {
        if (attendanceExpected == 0)
            return std::nullopt;
        return double(attendancePresent) / attendanceExpected;
    }
};

/// Read-only queries behind the action plan, events and reports sections.
class ActivityListQueries
{
public:
    explicit ActivityListQueries(const Database& db) : m_db(db) {}

    /// Every axis of every plan, in plan and position order, with its fiches actions.
    Result<std::vector<AxisListRow>> planTree() const;
    /// Events of a year (all years when 0), in date order.
    Result<std::vector<EventListRow>> events(int year) const;
    /// Years with events, latest first.
    Result<std::vector<int>> eventYears() const;
    /// One summary per year having meetings or events, latest first.
    Result<std::vector<YearSummary>> yearSummaries() const;

private:
    const Database& m_db;
};

} // namespace maillage
