// SPDX-License-Identifier: EUPL-1.2
#include "core/network/Participation.h"

#include "core/domain/Contact.h"

#include <QCollator>

#include <algorithm>
#include <map>
#include <set>

namespace maillage {

namespace {

/// Accumulates a row and the distinct meetings it attended.
struct Tally {
    ParticipationRow row;
    std::set<qint64> meetings;

    void add(const AttendanceFact& fact)
    {
        ++row.convened;
        if (fact.status == QLatin1String("present"))
            ++row.present;
        else if (fact.status == QLatin1String("represented"))
            ++row.represented;
        else
            return;
        meetings.insert(fact.meetingId);
    }
};

std::vector<ParticipationRow> rowsOf(std::map<QString, Tally>& tallies)
{
    std::vector<ParticipationRow> rows;
    for (auto& [key, tally] : tallies) {
        tally.row.meetings = int(tally.meetings.size());
        rows.push_back(tally.row);
    }
    return rows;
}

void sortByLabel(std::vector<ParticipationRow>& rows)
{
    QCollator collator{QLocale(QLocale::French)};
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(rows.begin(), rows.end(), [&](const ParticipationRow& a, const ParticipationRow& b) {
        if (a.id == 0 && a.code.isEmpty() && (b.id != 0 || !b.code.isEmpty()))
            return false; // "none" goes last
        if (b.id == 0 && b.code.isEmpty() && (a.id != 0 || !a.code.isEmpty()))
            return true;
        const int order = collator.compare(a.label, b.label);
        return order != 0 ? order < 0 : a.id < b.id;
    });
}

int pillarIndex(const QString& code)
{
    for (size_t i = 0; i < kCouncilPillars.size(); ++i)
        if (code == QLatin1String(kCouncilPillars[i]))
            return int(i);
    return -1;
}

} // namespace

QStringList InstancePillars::missing() const
{
    QStringList labels;
    for (size_t i = 0; i < kCouncilPillars.size(); ++i)
        if (attended[i] == 0)
            labels << labelOf(fromCode<Pillar>(QString::fromLatin1(kCouncilPillars[i]), Pillar::Professional));
    return labels;
}

ParticipationReport computeParticipation(const std::vector<AttendanceFact>& facts,
                                         const std::vector<OrganisationPresence>& presence,
                                         const std::vector<InstancePillarMembers>& members,
                                         const std::vector<std::pair<qint64, QString>>& instances, const QDate& from,
                                         const QDate& to, int lostAfterMonths)
{
    ParticipationReport report;
    report.from = from;
    report.to = to;
    report.lostAfterMonths = lostAfterMonths;

    std::map<QString, Tally> organisations, sectors, pillars, byInstance;
    std::map<qint64, InstancePillars> instancePillars;
    std::map<qint64, std::set<qint64>> instanceMeetings;
    for (const auto& [id, name] : instances) {
        instancePillars[id].instanceId = id;
        instancePillars[id].instanceName = name;
    }
    // Every pillar appears, even when nobody of it was convened.
    for (Pillar pillar : allValues<Pillar>()) {
        Tally& tally = pillars[QStringLiteral("%1").arg(int(pillar), 2, 10, QLatin1Char('0'))];
        tally.row.code = codeOf(pillar);
        tally.row.label = labelOf(pillar);
    }
    for (const AttendanceFact& fact : facts) {
        Tally& organisation = organisations[QString::number(fact.organisationId)];
        organisation.row.id = fact.organisationId;
        organisation.row.label = fact.organisationId ? fact.organisationName : ParticipationReport::tr("No organisation");
        organisation.row.color = fact.sectorColor;
        organisation.add(fact);

        Tally& sector = sectors[QString::number(fact.sectorId)];
        sector.row.id = fact.sectorId;
        sector.row.label = fact.sectorId ? fact.sectorLabel : ParticipationReport::tr("No sector");
        sector.row.color = fact.sectorColor;
        sector.add(fact);

        const Pillar pillar = fromCode<Pillar>(fact.pillar, Pillar::Professional);
        pillars[QStringLiteral("%1").arg(int(pillar), 2, 10, QLatin1Char('0'))].add(fact);

        Tally& instance = byInstance[QString::number(fact.instanceId)];
        instance.row.id = fact.instanceId;
        instance.row.label = fact.instanceName;
        instance.add(fact);

        InstancePillars& ip = instancePillars[fact.instanceId];
        ip.instanceId = fact.instanceId;
        ip.instanceName = fact.instanceName;
        instanceMeetings[fact.instanceId].insert(fact.meetingId);
        const int index = pillarIndex(fact.pillar);
        if (index >= 0 && (fact.status == QLatin1String("present") || fact.status == QLatin1String("represented")))
            ++ip.attended[size_t(index)];
    }
    for (const InstancePillarMembers& row : members) {
        const int index = pillarIndex(row.pillar);
        if (index >= 0 && instancePillars.count(row.instanceId))
            instancePillars[row.instanceId].members[size_t(index)] += row.members;
    }

    report.byOrganisation = rowsOf(organisations);
    report.bySector = rowsOf(sectors);
    report.byPillar = rowsOf(pillars);
    report.byInstance = rowsOf(byInstance);
    sortByLabel(report.byOrganisation);
    sortByLabel(report.bySector);
    sortByLabel(report.byInstance);
    for (auto& [id, ip] : instancePillars) {
        ip.meetings = int(instanceMeetings[id].size());
        report.pillars.push_back(ip);
    }
    QCollator collator{QLocale(QLocale::French)}; // braces: clang reads the parenthesised form as a function declaration
    std::stable_sort(report.pillars.begin(), report.pillars.end(),
                     [&](const InstancePillars& a, const InstancePillars& b) {
                         return collator.compare(a.instanceName, b.instanceName) < 0;
                     });

    const QDate lostBefore = to.addMonths(-lostAfterMonths);
    for (const OrganisationPresence& row : presence) {
        if (row.firstSeen >= from && row.firstSeen <= to)
            report.newcomers.push_back(row);
        if (row.active && row.lastSeen < lostBefore)
            report.lost.push_back(row);
    }
    std::stable_sort(report.newcomers.begin(), report.newcomers.end(),
                     [](const auto& a, const auto& b) { return a.firstSeen < b.firstSeen; });
    std::stable_sort(report.lost.begin(), report.lost.end(),
                     [](const auto& a, const auto& b) { return a.lastSeen < b.lastSeen; });
    return report;
}

Result<ParticipationReport> loadParticipation(const Database& db, const QDate& from, const QDate& to,
                                              int lostAfterMonths)
{
    ParticipationQueries queries(db);
    auto facts = queries.attendanceFacts(from, to);
    if (!facts)
        return facts.error();
    auto presence = queries.organisationPresence(to);
    if (!presence)
        return presence.error();
    auto members = queries.instancePillarMembers(to);
    if (!members)
        return members.error();
    auto instances = queries.instances();
    if (!instances)
        return instances.error();
    return computeParticipation(facts.value(), presence.value(), members.value(), instances.value(), from, to,
                                lostAfterMonths);
}

} // namespace maillage
