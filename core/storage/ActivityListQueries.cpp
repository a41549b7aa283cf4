// SPDX-License-Identifier: EUPL-1.2
#include "core/storage/ActivityListQueries.h"

#include "core/storage/Database.h"
#include "core/storage/SqlQuery.h"

#include <QCoreApplication>

#include <map>

namespace maillage {

namespace {

} // namespace

Result<std::vector<AxisListRow>> ActivityListQueries::planTree() const
{
    SqlQuery axes(m_db, QStringLiteral("SELECT a.id, a.code, a.title, p.title AS plan_title "
                                       "FROM axis a JOIN action_plan p ON p.id = a.plan_id "
                                       "ORDER BY p.first_year DESC, p.id, a.position, a.id"));
    if (Status status =
            axes.exec(QCoreApplication::translate("maillage::ActivityListQueries", "list the axes of the action plan"));
        !status)
        return status.error();
    std::vector<AxisListRow> rows;
    std::map<qint64, size_t> indexOf;
    while (axes.next()) {
        AxisListRow row;
        row.id = axes.id(QStringLiteral("id"));
        row.code = axes.text(QStringLiteral("code"));
        row.title = axes.text(QStringLiteral("title"));
        row.planTitle = axes.text(QStringLiteral("plan_title"));
        indexOf[row.id] = rows.size();
        rows.push_back(std::move(row));
    }
    SqlQuery sheets(m_db, QStringLiteral("SELECT s.id, s.axis_id, s.code, s.title, s.status, s.starts_on, s.ends_on, "
                                         "o.name AS lead FROM action_sheet s "
                                         "LEFT JOIN organisation o ON o.id = s.lead_organisation_id "
                                         "ORDER BY s.code, s.id"));
    if (Status status =
            sheets.exec(QCoreApplication::translate("maillage::ActivityListQueries", "list the action sheets"));
        !status)
        return status.error();
    while (sheets.next()) {
        const auto it = indexOf.find(sheets.id(QStringLiteral("axis_id")));
        if (it == indexOf.end())
            continue;
        SheetListRow row;
        row.id = sheets.id(QStringLiteral("id"));
        row.code = sheets.text(QStringLiteral("code"));
        row.title = sheets.text(QStringLiteral("title"));
        row.status = sheets.text(QStringLiteral("status"));
        row.lead = sheets.text(QStringLiteral("lead"));
        row.startsOn = sheets.date(QStringLiteral("starts_on"));
        row.endsOn = sheets.date(QStringLiteral("ends_on"));
        rows[it->second].sheets.push_back(std::move(row));
    }
    return rows;
}

Result<std::vector<EventListRow>> ActivityListQueries::events(int year) const
{
    SqlQuery query(m_db, QStringLiteral("SELECT id, starts_on, kind, title, place, participant_count, people_trained "
                                        "FROM event") +
                             (year > 0 ? QStringLiteral(" WHERE starts_on >= :from AND starts_on < :to") : QString()) +
                             QStringLiteral(" ORDER BY starts_on, id"));
    if (year > 0)
        query.bind(QStringLiteral(":from"), QDate(year, 1, 1)).bind(QStringLiteral(":to"), QDate(year + 1, 1, 1));
    if (Status status = query.exec(QCoreApplication::translate("maillage::ActivityListQueries", "list the events"));
        !status)
        return status.error();
    std::vector<EventListRow> rows;
    while (query.next()) {
        EventListRow row;
        row.id = query.id(QStringLiteral("id"));
        row.startsOn = query.date(QStringLiteral("starts_on"));
        row.kind = query.text(QStringLiteral("kind"));
        row.title = query.text(QStringLiteral("title"));
        row.place = query.text(QStringLiteral("place"));
        row.participants = query.integer(QStringLiteral("participant_count"));
        row.peopleTrained = query.integer(QStringLiteral("people_trained"));
        rows.push_back(std::move(row));
    }
    return rows;
}

Result<std::vector<int>> ActivityListQueries::eventYears() const
{
    SqlQuery query(m_db, QStringLiteral("SELECT DISTINCT substr(starts_on, 1, 4) AS y FROM event ORDER BY y DESC"));
    if (Status status =
            query.exec(QCoreApplication::translate("maillage::ActivityListQueries", "list the years of the events"));
        !status)
        return status.error();
    std::vector<int> years;
    while (query.next())
        if (const int year = query.value(0).toString().toInt(); year > 0)
            years.push_back(year);
    return years;
}

Result<std::vector<YearSummary>> ActivityListQueries::yearSummaries() const
{
    std::map<int, YearSummary, std::greater<>> byYear;
    auto yearOf = [&](const QVariant& text) -> YearSummary& {
        const int year = text.toString().toInt();
        YearSummary& summary = byYear[year];
        summary.year = year;
        return summary;
    };

    SqlQuery meetings(m_db, QStringLiteral("SELECT substr(starts_at, 1, 4) AS y, "
                                           "SUM(CASE WHEN status = 'held' THEN 1 ELSE 0 END) AS held, "
                                           "SUM(CASE WHEN status = 'cancelled' THEN 1 ELSE 0 END) AS cancelled "
                                           "FROM meeting GROUP BY substr(starts_at, 1, 4)"));
    if (Status status =
            meetings.exec(QCoreApplication::translate("maillage::ActivityListQueries", "count the meetings by year"));
        !status)
        return status.error();
    while (meetings.next()) {
        YearSummary& summary = yearOf(meetings.value(0));
        summary.meetingsHeld = meetings.integer(QStringLiteral("held"));
        summary.meetingsCancelled = meetings.integer(QStringLiteral("cancelled"));
    }

    SqlQuery attendance(m_db, QStringLiteral("SELECT substr(m.starts_at, 1, 4) AS y, COUNT(*) AS expected, "
                                             "SUM(CASE WHEN a.status IN ('present', 'represented') THEN 1 ELSE 0 END) "
                                             "AS present FROM attendance a JOIN meeting m ON m.id = a.meeting_id "
                                             "WHERE m.status = 'held' AND a.is_guest = 0 "
                                             "GROUP BY substr(m.starts_at, 1, 4)"));
    if (Status status = attendance.exec(
            QCoreApplication::translate("maillage::ActivityListQueries", "compute the attendance by year"));
        !status)
        return status.error();
    while (attendance.next()) {
        YearSummary& summary = yearOf(attendance.value(0));
        summary.attendanceExpected = attendance.integer(QStringLiteral("expected"));
        summary.attendancePresent = attendance.integer(QStringLiteral("present"));
    }

    SqlQuery events(m_db, QStringLiteral("SELECT substr(starts_on, 1, 4) AS y, COUNT(*) AS n, "
                                         "SUM(participant_count) AS participants, SUM(people_trained) AS trained "
                                         "FROM event GROUP BY substr(starts_on, 1, 4)"));
    if (Status status =
            events.exec(QCoreApplication::translate("maillage::ActivityListQueries", "count the events by year"));
        !status)
        return status.error();
    while (events.next()) {
        YearSummary& summary = yearOf(events.value(0));
        summary.events = events.integer(QStringLiteral("n"));
        summary.participants = events.integer(QStringLiteral("participants"));
        summary.peopleTrained = events.integer(QStringLiteral("trained"));
    }

    std::vector<YearSummary> rows;
    for (auto& [year, summary] : byYear)
        if (year > 0)
            rows.push_back(summary);
    return rows;
}

} // namespace maillage
