// SPDX-License-Identifier: EUPL-1.2
#include "core/storage/ParticipationQueries.h"

#include "core/storage/Database.h"
#include "core/storage/SqlQuery.h"

#include <QCoreApplication>

namespace maillage {

namespace {

QString what()
{
    return QCoreApplication::translate("maillage::ParticipationQueries", "read the participation figures");
}

/// Meetings start at local date-times: "before the day after to" includes the whole last day.
QVariant dayAfter(const QDate& day)
{
    return sql::fromDate(day.addDays(1));
}

} // namespace

Result<std::vector<AttendanceFact>> ParticipationQueries::attendanceFacts(const QDate& from, const QDate& to) const
{
    SqlQuery query(m_db,
                   QStringLiteral(
                       "SELECT m.id AS meeting_id, m.starts_at, i.id AS instance_id, i.name AS instance_name, "
                       "c.id AS contact_id, c.pillar, COALESCE(o.id, 0) AS organisation_id, "
                       "COALESCE(o.name, '') AS organisation_name, COALESCE(s.id, 0) AS sector_id, "
                       "COALESCE(s.label, '') AS sector_label, COALESCE(s.color, '') AS sector_color, a.status "
                       "FROM attendance a JOIN meeting m ON m.id = a.meeting_id "
                       "JOIN instance i ON i.id = m.instance_id JOIN contact c ON c.id = a.contact_id "
                       "LEFT JOIN organisation o ON o.id = a.organisation_id "
                       "LEFT JOIN sector s ON s.id = o.sector_id "
                       "WHERE m.status = 'held' AND a.is_guest = 0 AND m.starts_at >= :from AND m.starts_at < :to "
                       "ORDER BY m.starts_at, m.id, a.id"));
    query.bind(QStringLiteral(":from"), sql::fromDate(from)).bind(QStringLiteral(":to"), dayAfter(to));
    if (Status status = query.exec(what()); !status)
        return status.error();
    std::vector<AttendanceFact> facts;
    while (query.next()) {
        AttendanceFact fact;
        fact.meetingId = query.id(QStringLiteral("meeting_id"));
        fact.day = query.dateTime(QStringLiteral("starts_at")).date();
        fact.instanceId = query.id(QStringLiteral("instance_id"));
        fact.instanceName = query.text(QStringLiteral("instance_name"));
        fact.contactId = query.id(QStringLiteral("contact_id"));
        fact.pillar = query.text(QStringLiteral("pillar"));
        fact.organisationId = query.id(QStringLiteral("organisation_id"));
        fact.organisationName = query.text(QStringLiteral("organisation_name"));
        fact.sectorId = query.id(QStringLiteral("sector_id"));
        fact.sectorLabel = query.text(QStringLiteral("sector_label"));
        fact.sectorColor = query.text(QStringLiteral("sector_color"));
        fact.status = query.text(QStringLiteral("status"));
        facts.push_back(std::move(fact));
    }
    return facts;
}

Result<std::vector<OrganisationPresence>> ParticipationQueries::organisationPresence(const QDate& upTo) const
{
    // The last instance is the one of the latest attended meeting (the smallest instance id on a tie).
    SqlQuery query(
        m_db,
        QStringLiteral(
            "SELECT o.id, o.name, o.active, COALESCE(s.label, '') AS sector_label, p.first_at, p.last_at, "
            "(SELECT MIN(i.name) FROM attendance a2 JOIN meeting m2 ON m2.id = a2.meeting_id "
            " JOIN instance i ON i.id = m2.instance_id WHERE a2.organisation_id = o.id AND m2.status = 'held' "
            " AND a2.status IN ('present', 'represented') AND m2.starts_at = p.last_at) AS last_instance "
            "FROM (SELECT a.organisation_id, MIN(m.starts_at) AS first_at, MAX(m.starts_at) AS last_at "
            "      FROM attendance a JOIN meeting m ON m.id = a.meeting_id "
            "      WHERE m.status = 'held' AND a.is_guest = 0 AND a.status IN ('present', 'represented') "
            "      AND a.organisation_id IS NOT NULL AND m.starts_at < :to GROUP BY a.organisation_id) p "
            "JOIN organisation o ON o.id = p.organisation_id LEFT JOIN sector s ON s.id = o.sector_id "
            "ORDER BY o.name, o.id"));
    query.bind(QStringLiteral(":to"), dayAfter(upTo));
    if (Status status = query.exec(what()); !status)
        return status.error();
    std::vector<OrganisationPresence> rows;
    while (query.next()) {
        OrganisationPresence row;
        row.organisationId = query.id(QStringLiteral("id"));
        row.organisationName = query.text(QStringLiteral("name"));
        row.active = query.flag(QStringLiteral("active"));
        row.sectorLabel = query.text(QStringLiteral("sector_label"));
        row.firstSeen = query.dateTime(QStringLiteral("first_at")).date();
        row.lastSeen = query.dateTime(QStringLiteral("last_at")).date();
        row.lastInstance = query.text(QStringLiteral("last_instance"));
        rows.push_back(std::move(row));
    }
    return rows;
}

Result<std::vector<InstancePillarMembers>> ParticipationQueries::instancePillarMembers(const QDate& day) const
{
    SqlQuery query(m_db, QStringLiteral("SELECT i.id, i.name, c.pillar, COUNT(DISTINCT c.id) AS members "
                                        "FROM instance i JOIN instance_member im ON im.instance_id = i.id "
                                        "JOIN contact c ON c.id = im.contact_id "
                                        "WHERE i.active = 1 AND (im.valid_from IS NULL OR im.valid_from <= :day) "
                                        "AND (im.valid_to IS NULL OR im.valid_to >= :day) "
                                        "GROUP BY i.id, i.name, c.pillar ORDER BY i.name, i.id, c.pillar"));
    query.bind(QStringLiteral(":day"), sql::fromDate(day));
    if (Status status = query.exec(what()); !status)
        return status.error();
    std::vector<InstancePillarMembers> rows;
    while (query.next())
        rows.push_back({query.id(QStringLiteral("id")), query.text(QStringLiteral("name")),
                        query.text(QStringLiteral("pillar")), query.integer(QStringLiteral("members"))});
    return rows;
}

Result<std::vector<std::pair<qint64, QString>>> ParticipationQueries::instances() const
{
    SqlQuery query(m_db, QStringLiteral("SELECT id, name FROM instance WHERE active = 1 ORDER BY name, id"));
    if (Status status = query.exec(what()); !status)
        return status.error();
    std::vector<std::pair<qint64, QString>> rows;
    while (query.next())
        rows.emplace_back(query.id(QStringLiteral("id")), query.text(QStringLiteral("name")));
    return rows;
}

} // namespace maillage
