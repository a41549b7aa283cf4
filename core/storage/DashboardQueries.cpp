// SPDX-License-Identifier: EUPL-1.2
#include "core/storage/DashboardQueries.h"

#include "core/domain/ActionPlan.h"
#include "core/storage/Database.h"
#include "core/storage/SqlQuery.h"

#include <QCoreApplication>

#include <map>

namespace maillage {

namespace {

QString yearStart(int year)
{
    return QDate(year, 1, 1).toString(Qt::ISODate);
}

Result<int> countOf(const Database& db, const QString& statement, const std::map<QString, QVariant>& binds)
{
    SqlQuery query(db, statement);
    for (const auto& [name, value] : binds)
        query.bind(name, value);
    if (Status status = query.exec(QCoreApplication::translate("maillage::DashboardQueries", "count the records"));
        !status)
        return status.error();
    return query.next() ? query.value(0).toInt() : 0;
}

} // namespace

Result<DashboardData> DashboardQueries::load(const QDate& today, int upcomingLimit, int overdueLimit) const
{
    DashboardData data;
    auto counts = keyCounts(today);
    if (!counts)
        return counts.error();
    data.counts = counts.value();
    auto upcoming = upcomingMeetings(today, upcomingLimit);
    if (!upcoming)
        return upcoming.error();
    data.upcoming = std::move(upcoming.value());
    auto overdue = overdueFollowUps(today, overdueLimit);
    if (!overdue)
        return overdue.error();
    data.overdue = std::move(overdue.value());
    auto sectors = organisationsBySector();
    if (!sectors)
        return sectors.error();
    data.organisationsBySector = std::move(sectors.value());
    auto sheets = sheetsByStatus();
    if (!sheets)
        return sheets.error();
    data.sheetsByStatus = std::move(sheets.value());
    return data;
}

Result<KeyCounts> DashboardQueries::keyCounts(const QDate& today) const
{
    const std::map<QString, QVariant> year{{QStringLiteral(":from"), yearStart(today.year())},
                                           {QStringLiteral(":to"), yearStart(today.year() + 1)}};
    KeyCounts counts;
    auto held = countOf(m_db,
                        QStringLiteral("SELECT COUNT(*) FROM meeting WHERE status = 'held' "
                                       "AND starts_at >= :from AND starts_at < :to"),
                        year);
    auto partners = countOf(m_db, QStringLiteral("SELECT COUNT(*) FROM organisation WHERE active = 1"), {});
    auto contacts = countOf(m_db, QStringLiteral("SELECT COUNT(*) FROM contact WHERE active = 1"), {});
    auto events =
        countOf(m_db, QStringLiteral("SELECT COUNT(*) FROM event WHERE starts_on >= :from AND starts_on < :to"), year);
    for (const auto* result : {&held, &partners, &contacts, &events})
        if (!*result)
            return result->error();
    counts.meetingsHeldThisYear = held.value();
    counts.activePartners = partners.value();
    counts.activeContacts = contacts.value();
    counts.eventsThisYear = events.value();
    return counts;
}

Result<std::vector<UpcomingMeeting>> DashboardQueries::upcomingMeetings(const QDate& today, int limit) const
{
    SqlQuery query(m_db, QStringLiteral("SELECT m.id, m.starts_at, i.name AS instance_name, m.title, m.place "
                                        "FROM meeting m JOIN instance i ON i.id = m.instance_id "
                                        "WHERE m.status = 'planned' AND m.starts_at >= :today "
                                        "ORDER BY m.starts_at, m.id LIMIT :limit"));
    query.bind(QStringLiteral(":today"), sql::fromDate(today)).bind(QStringLiteral(":limit"), limit);
    if (Status status = query.exec(QCoreApplication::translate("maillage::DashboardQueries", "list the next meetings"));
        !status)
        return status.error();
    std::vector<UpcomingMeeting> rows;
    while (query.next()) {
        UpcomingMeeting row;
        row.id = query.id(QStringLiteral("id"));
        row.startsAt = query.dateTime(QStringLiteral("starts_at"));
        row.instanceName = query.text(QStringLiteral("instance_name"));
        row.title = query.text(QStringLiteral("title"));
        row.place = query.text(QStringLiteral("place"));
        rows.push_back(std::move(row));
    }
    return rows;
}

Result<std::vector<OverdueFollowUp>> DashboardQueries::overdueFollowUps(const QDate& today, int limit) const
{
    SqlQuery query(m_db, QStringLiteral("SELECT f.id, f.text, f.due_on, c.first_name, c.last_name, "
                                        "i.name AS instance_name, m.starts_at "
                                        "FROM follow_up f JOIN meeting m ON m.id = f.meeting_id "
                                        "JOIN instance i ON i.id = m.instance_id "
                                        "LEFT JOIN contact c ON c.id = f.owner_contact_id "
                                        "WHERE f.status IN ('open', 'in_progress') AND f.due_on IS NOT NULL "
                                        "AND f.due_on < :today ORDER BY f.due_on, f.id LIMIT :limit"));
    query.bind(QStringLiteral(":today"), sql::fromDate(today)).bind(QStringLiteral(":limit"), limit);
    if (Status status =
            query.exec(QCoreApplication::translate("maillage::DashboardQueries", "list the overdue follow-ups"));
        !status)
        return status.error();
    std::vector<OverdueFollowUp> rows;
    while (query.next()) {
        OverdueFollowUp row;
        row.id = query.id(QStringLiteral("id"));
        row.text = query.text(QStringLiteral("text"));
        row.dueOn = query.date(QStringLiteral("due_on"));
        row.owner =
            (query.text(QStringLiteral("first_name")) + u' ' + query.text(QStringLiteral("last_name"))).trimmed();
        row.instanceName = query.text(QStringLiteral("instance_name"));
        row.meetingDate = query.date(QStringLiteral("starts_at"));
        rows.push_back(std::move(row));
    }
    return rows;
}

Result<std::vector<LabelCount>> DashboardQueries::organisationsBySector() const
{
    // Sectors with no organisation are left out; NULL sectors sort last on both engines via the CASE.
    SqlQuery query(m_db, QStringLiteral("SELECT s.code, s.label, COUNT(o.id) AS n "
                                        "FROM organisation o LEFT JOIN sector s ON s.id = o.sector_id "
                                        "GROUP BY s.id, s.code, s.label, s.position "
                                        "ORDER BY CASE WHEN s.id IS NULL THEN 1 ELSE 0 END, s.position, s.label"));
    if (Status status =
            query.exec(QCoreApplication::translate("maillage::DashboardQueries", "count the partners by sector"));
        !status)
        return status.error();
    std::vector<LabelCount> rows;
    while (query.next()) {
        LabelCount row;
        row.code = query.text(QStringLiteral("code"));
        row.label = query.value(QStringLiteral("label")).isNull()
                        ? QCoreApplication::translate("maillage::DashboardQueries", "No sector")
                        : query.text(QStringLiteral("label"));
        row.count = query.integer(QStringLiteral("n"));
        rows.push_back(std::move(row));
    }
    return rows;
}

Result<std::vector<LabelCount>> DashboardQueries::sheetsByStatus() const
{
    SqlQuery query(m_db, QStringLiteral("SELECT status, COUNT(*) AS n FROM action_sheet GROUP BY status"));
    if (Status status =
            query.exec(QCoreApplication::translate("maillage::DashboardQueries", "count the action sheets"));
        !status)
        return status.error();
    std::map<SheetStatus, int> byStatus;
    while (query.next())
        byStatus[fromCode(query.text(QStringLiteral("status")), SheetStatus::Planned)] +=
            query.integer(QStringLiteral("n"));
    std::vector<LabelCount> rows;
    for (SheetStatus value : allValues<SheetStatus>()) {
        if (const auto it = byStatus.find(value); it != byStatus.end())
            rows.push_back({codeOf(value), labelOf(value), it->second});
    }
    return rows;
}

} // namespace maillage
