// SPDX-License-Identifier: EUPL-1.2
#include "core/storage/NetworkQueries.h"

#include "core/storage/Database.h"
#include "core/storage/ReportSql.h"
#include "core/storage/SqlQuery.h"

#include <QCoreApplication>

namespace maillage {

namespace {

QString what()
{
    return QCoreApplication::translate("maillage::NetworkQueries", "read the partner network");
}

void bindPeriod(SqlQuery& query, const NetworkData& data)
{
    query.bind(QStringLiteral(":from"), sql::fromDate(data.from)).bind(QStringLiteral(":to"), sql::fromDate(data.to));
}

} // namespace

Status loadNetworkLinks(const Database& db, const std::vector<qint64>& ids, NetworkData& data)
{
    // A contact member stands for the organisation(s) they belonged to while both were valid in the period.
    SqlQuery members(
        db, QStringLiteral(
                "SELECT DISTINCT im.instance_id, COALESCE(im.organisation_id, af.organisation_id) AS organisation_id "
                "FROM instance_member im JOIN instance i ON i.id = im.instance_id "
                "LEFT JOIN affiliation af ON im.organisation_id IS NULL "
                "AND af.contact_id = im.contact_id AND (af.valid_from IS NULL OR af.valid_from <= :to) "
                "AND (af.valid_to IS NULL OR af.valid_to >= :from) "
                "WHERE (im.valid_from IS NULL OR im.valid_from <= :to) "
                "AND (im.valid_to IS NULL OR im.valid_to >= :from) "
                "AND COALESCE(im.organisation_id, af.organisation_id) IS NOT NULL") +
                reportsql::councilClause(QStringLiteral("i.council_id"), ids) +
                QStringLiteral(" ORDER BY im.instance_id, organisation_id"));
    bindPeriod(members, data);
    if (Status status = members.exec(what()); !status)
        return status;
    while (members.next())
        data.memberships.push_back({members.id(QStringLiteral("instance_id")),
                                    members.id(QStringLiteral("organisation_id"))});

    const QString sheetScope = QStringLiteral(" JOIN axis x ON x.id = s.axis_id "
                                              "JOIN action_plan p ON p.id = x.plan_id "
                                              "WHERE (s.starts_on IS NULL OR s.starts_on <= :to) "
                                              "AND (s.ends_on IS NULL OR s.ends_on >= :from)") +
                               reportsql::councilClause(QStringLiteral("p.council_id"), ids);
    SqlQuery actions(db, QStringLiteral("SELECT s.id AS sheet_id, ap.organisation_id, 0 AS lead FROM action_sheet s "
                                        "JOIN action_partner ap ON ap.action_sheet_id = s.id") +
                             sheetScope +
                             QStringLiteral(" UNION SELECT s.id, s.lead_organisation_id, 1 FROM action_sheet s") +
                             sheetScope + QStringLiteral(" AND s.lead_organisation_id IS NOT NULL ORDER BY 1, 2, 3"));
    bindPeriod(actions, data);
    if (Status status = actions.exec(what()); !status)
        return status;
    while (actions.next())
        data.actions.push_back({actions.id(QStringLiteral("sheet_id")), actions.id(QStringLiteral("organisation_id")),
                                actions.flag(QStringLiteral("lead"))});

    SqlQuery presences(db, QStringLiteral("SELECT DISTINCT m.id, m.instance_id, m.starts_at, a.organisation_id "
                                          "FROM attendance a JOIN meeting m ON m.id = a.meeting_id "
                                          "JOIN instance i ON i.id = m.instance_id "
                                          "WHERE m.status = 'held' AND a.is_guest = 0 "
                                          "AND a.organisation_id IS NOT NULL "
                                          "AND a.status IN ('present', 'represented') "
                                          "AND m.starts_at >= :from AND m.starts_at < :next") +
                               reportsql::councilClause(QStringLiteral("i.council_id"), ids) +
                               QStringLiteral(" ORDER BY m.starts_at, m.id, a.organisation_id"));
    presences.bind(QStringLiteral(":from"), sql::fromDate(data.from))
        .bind(QStringLiteral(":next"), sql::fromDate(data.to.addDays(1)));
    if (Status status = presences.exec(what()); !status)
        return status;
    while (presences.next())
        data.presences.push_back({presences.id(QStringLiteral("id")), presences.id(QStringLiteral("instance_id")),
                                  presences.dateTime(QStringLiteral("starts_at")).date(),
                                  presences.id(QStringLiteral("organisation_id"))});
    return {};
}

Result<NetworkData> NetworkQueries::load(const QDate& from, const QDate& to) const
{
    NetworkData data;
    data.from = from;
    data.to = to;
    if (Status status = loadReferences(data); !status)
        return status.error();
    if (Status status = loadLinks(data); !status)
        return status.error();
    return data;
}

Status NetworkQueries::loadReferences(NetworkData& data) const
{
    SqlQuery sectors(m_db, QStringLiteral("SELECT id, label, color, position FROM sector ORDER BY position, id"));
    if (Status status = sectors.exec(what()); !status)
        return status;
    while (sectors.next())
        data.sectors.push_back({sectors.id(QStringLiteral("id")), sectors.text(QStringLiteral("label")),
                                sectors.text(QStringLiteral("color")), sectors.integer(QStringLiteral("position"))});

    SqlQuery organisations(m_db, QStringLiteral("SELECT id, name, acronym, COALESCE(sector_id, 0) AS sector_id, "
                                                "active FROM organisation ORDER BY id"));
    if (Status status = organisations.exec(what()); !status)
        return status;
    while (organisations.next())
        data.organisations.push_back(
            {organisations.id(QStringLiteral("id")), organisations.text(QStringLiteral("name")),
             organisations.text(QStringLiteral("acronym")), organisations.id(QStringLiteral("sector_id")),
             organisations.flag(QStringLiteral("active"))});

    SqlQuery instances(m_db, QStringLiteral("SELECT id, name FROM instance ORDER BY name, id"));
    if (Status status = instances.exec(what()); !status)
        return status;
    while (instances.next())
        data.instances.emplace_back(instances.id(QStringLiteral("id")), instances.text(QStringLiteral("name")));

    SqlQuery sheets(m_db, QStringLiteral("SELECT id, code, title FROM action_sheet ORDER BY code, id"));
    if (Status status = sheets.exec(what()); !status)
        return status;
    while (sheets.next()) {
        const QString code = sheets.text(QStringLiteral("code"));
        const QString title = sheets.text(QStringLiteral("title"));
        data.sheets.emplace_back(sheets.id(QStringLiteral("id")), code.isEmpty() ? title : code + u' ' + title);
    }
    return {};
}

Status NetworkQueries::loadLinks(NetworkData& data) const
{
    return loadNetworkLinks(m_db, {}, data);
}

Result<std::pair<int, int>> NetworkQueries::activityYears() const
{
    SqlQuery query(m_db, QStringLiteral("SELECT MIN(starts_at) AS first_at, MAX(starts_at) AS last_at FROM meeting "
                                        "WHERE status = 'held'"));
    if (Status status = query.exec(what()); !status)
        return status.error();
    if (!query.next() || query.value(0).isNull())
        return std::pair<int, int>{0, 0};
    return std::pair<int, int>{query.dateTime(QStringLiteral("first_at")).date().year(),
                               query.dateTime(QStringLiteral("last_at")).date().year()};
}

} // namespace maillage
