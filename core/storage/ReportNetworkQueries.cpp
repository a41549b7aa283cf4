// SPDX-License-Identifier: EUPL-1.2
// The report's network reads: the links through loadNetworkLinks (shared with NetworkQueries), limited to the
// report's councils so that one council of a national database reads its own rows only.
#include "core/storage/ReportNetworkQueries.h"

#include "core/storage/Database.h"
#include "core/storage/ReportSql.h"
#include "core/storage/SqlQuery.h"

#include <set>

namespace maillage {

namespace {

using reportsql::councilClause;
using reportsql::what;

Status loadCouncilReferences(const Database& db, const std::vector<qint64>& ids, ReportNetworkData& out)
{
    SqlQuery sectors(db, QStringLiteral("SELECT id, label, color, position FROM sector ORDER BY position, id"));
    if (Status status = sectors.exec(what()); !status)
        return status;
    while (sectors.next())
        out.data.sectors.push_back({sectors.id(QStringLiteral("id")), sectors.text(QStringLiteral("label")),
                                    sectors.text(QStringLiteral("color")),
                                    sectors.integer(QStringLiteral("position"))});
    SqlQuery instances(db, QStringLiteral("SELECT i.id, i.name, i.council_id FROM instance i WHERE 1 = 1") +
                               councilClause(QStringLiteral("i.council_id"), ids) +
                               QStringLiteral(" ORDER BY i.name, i.id"));
    if (Status status = instances.exec(what()); !status)
        return status;
    while (instances.next()) {
        const qint64 id = instances.id(QStringLiteral("id"));
        out.data.instances.emplace_back(id, instances.text(QStringLiteral("name")));
        out.instanceCouncil[id] = instances.id(QStringLiteral("council_id"));
    }
    SqlQuery sheets(db, QStringLiteral("SELECT s.id, s.code, s.title, p.council_id FROM action_sheet s "
                                       "JOIN axis x ON x.id = s.axis_id JOIN action_plan p ON p.id = x.plan_id "
                                       "WHERE 1 = 1") +
                            councilClause(QStringLiteral("p.council_id"), ids) +
                            QStringLiteral(" ORDER BY s.code, s.id"));
    if (Status status = sheets.exec(what()); !status)
        return status;
    while (sheets.next()) {
        const qint64 id = sheets.id(QStringLiteral("id"));
        const QString code = sheets.text(QStringLiteral("code"));
        const QString title = sheets.text(QStringLiteral("title"));
        out.data.sheets.emplace_back(id, code.isEmpty() ? title : code + u' ' + title);
        out.sheetCouncil[id] = sheets.id(QStringLiteral("council_id"));
    }
    return {};
}

// Only the organisations the links name: a national database holds tens of thousands.
Status loadOrganisations(const Database& db, ReportNetworkData& out)
{
    NetworkData& data = out.data;
    std::set<qint64> ids;
    for (const auto& m : data.memberships)
        ids.insert(m.organisationId);
    for (const auto& a : data.actions)
        ids.insert(a.organisationId);
    for (const auto& p : data.presences)
        ids.insert(p.organisationId);
    std::vector<qint64> list(ids.begin(), ids.end());
    constexpr size_t kChunk = 500; // keeps each statement short on both engines
    for (size_t start = 0; start < list.size(); start += kChunk) {
        const std::vector<qint64> chunk(list.begin() + qsizetype(start),
                                        list.begin() + qsizetype(std::min(list.size(), start + kChunk)));
        SqlQuery organisations(db, QStringLiteral("SELECT id, name, acronym, COALESCE(sector_id, 0) AS sector_id, "
                                                  "active FROM organisation WHERE 1 = 1") +
                                       councilClause(QStringLiteral("id"), chunk) + QStringLiteral(" ORDER BY id"));
        if (Status status = organisations.exec(what()); !status)
            return status;
        while (organisations.next())
            data.organisations.push_back(
                {organisations.id(QStringLiteral("id")), organisations.text(QStringLiteral("name")),
                 organisations.text(QStringLiteral("acronym")), organisations.id(QStringLiteral("sector_id")),
                 organisations.flag(QStringLiteral("active"))});
    }
    return {};
}

} // namespace

NetworkData ReportNetworkData::slice(qint64 councilId) const
{
    NetworkData out;
    out.from = data.from;
    out.to = data.to;
    out.sectors = data.sectors;
    const auto ofCouncil = [&](const std::map<qint64, qint64>& owners, qint64 id) {
        const auto found = owners.find(id);
        return found != owners.end() && found->second == councilId;
    };
    for (const auto& instance : data.instances)
        if (ofCouncil(instanceCouncil, instance.first))
            out.instances.push_back(instance);
    for (const auto& sheet : data.sheets)
        if (ofCouncil(sheetCouncil, sheet.first))
            out.sheets.push_back(sheet);
    for (const auto& m : data.memberships)
        if (ofCouncil(instanceCouncil, m.instanceId))
            out.memberships.push_back(m);
    for (const auto& a : data.actions)
        if (ofCouncil(sheetCouncil, a.sheetId))
            out.actions.push_back(a);
    for (const auto& p : data.presences)
        if (ofCouncil(instanceCouncil, p.instanceId))
            out.presences.push_back(p);
    // Only the council's organisations: the graph indexes every organisation it is given.
    std::set<qint64> ids;
    for (const auto& m : out.memberships)
        ids.insert(m.organisationId);
    for (const auto& a : out.actions)
        ids.insert(a.organisationId);
    for (const auto& p : out.presences)
        ids.insert(p.organisationId);
    for (const auto& organisation : data.organisations)
        if (ids.count(organisation.id))
            out.organisations.push_back(organisation);
    return out;
}

Result<ReportNetworkData> loadReportNetwork(const Database& db, const QDate& from, const QDate& to,
                                            const std::vector<qint64>& councilIds)
{
    ReportNetworkData out;
    out.data.from = from;
    out.data.to = to;
    if (Status status = loadCouncilReferences(db, councilIds, out); !status)
        return status.error();
    if (Status status = loadNetworkLinks(db, councilIds, out.data); !status)
        return status.error();
    if (Status status = loadOrganisations(db, out); !status)
        return status.error();
    return out;
}

} // namespace maillage
