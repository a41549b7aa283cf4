// SPDX-License-Identifier: EUPL-1.2
#include "core/network/NetworkGraph.h"

#include "core/network/NetworkMetrics.h"

#include <algorithm>
#include <map>

namespace maillage {

unsigned NetworkEdge::kinds() const
{
    return (sharedInstances ? unsigned(LinkKind::Membership) : 0u) | (sharedActions ? unsigned(LinkKind::Action) : 0u) |
           (coAttendance ? unsigned(LinkKind::CoAttendance) : 0u);
}

QString NetworkEdge::describe() const
{
    QStringList parts;
    if (sharedInstances)
        parts << NetworkGraph::tr("%n shared instance(s)", nullptr, sharedInstances);
    if (sharedActions)
        parts << NetworkGraph::tr("%n shared action sheet(s)", nullptr, sharedActions);
    if (coAttendance)
        parts << NetworkGraph::tr("%n meeting(s) attended together", nullptr, coAttendance);
    return parts.join(QStringLiteral(", "));
}

int NetworkGraph::indexOf(qint64 organisationId) const
{
    auto it = std::lower_bound(nodes.begin(), nodes.end(), organisationId,
                               [](const NetworkNode& node, qint64 id) { return node.id < id; });
    return it != nodes.end() && it->id == organisationId ? int(it - nodes.begin()) : -1;
}

int NetworkGraph::maxParticipation() const
{
    int result = 0;
    for (const NetworkNode& node : nodes)
        result = std::max(result, node.participation);
    return result;
}

int NetworkGraph::maxWeight() const
{
    int result = 0;
    for (const NetworkEdge& edge : edges)
        result = std::max(result, edge.weight());
    return result;
}

QString NetworkGraph::instanceName(qint64 id) const
{
    for (const auto& [key, name] : instances)
        if (key == id)
            return name;
    return {};
}

QString NetworkGraph::sheetName(qint64 id) const
{
    for (const auto& [key, name] : sheets)
        if (key == id)
            return name;
    return {};
}

namespace {

using Pair = std::pair<qint64, qint64>;

/// Adds one to the counter of every pair of distinct organisations in group (sorted, unique).
template <typename Counter>
void countPairs(const std::vector<qint64>& group, std::map<Pair, NetworkEdge>& pairs, Counter counter)
{
    for (size_t i = 0; i < group.size(); ++i)
        for (size_t j = i + 1; j < group.size(); ++j)
            ++counter(pairs[{group[i], group[j]}]);
}

void sortUnique(std::vector<qint64>& ids)
{
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
}

} // namespace

NetworkGraph buildNetworkGraph(const NetworkData& data, const NetworkFilter& filter)
{
    NetworkGraph graph;
    graph.from = data.from;
    graph.to = data.to;
    graph.instances = data.instances;
    graph.sheets = data.sheets;

    std::map<qint64, const NetworkData::Organisation*> organisations;
    for (const auto& organisation : data.organisations)
        if (filter.sectors.empty() || filter.sectors.count(organisation.sectorId))
            organisations[organisation.id] = &organisation;
    const auto kept = [&](qint64 organisationId, qint64 instanceId) {
        return organisations.count(organisationId) && (filter.instanceId == 0 || instanceId == filter.instanceId);
    };

    std::map<qint64, std::vector<qint64>> byInstance, bySheet, byMeeting;
    std::map<qint64, NetworkNode> nodes;
    for (const auto& member : data.memberships)
        if (kept(member.organisationId, member.instanceId)) {
            byInstance[member.instanceId].push_back(member.organisationId);
            nodes[member.organisationId].instances.push_back(member.instanceId);
        }
    for (const auto& presence : data.presences)
        if (kept(presence.organisationId, presence.instanceId)) {
            byMeeting[presence.meetingId].push_back(presence.organisationId);
            NetworkNode& node = nodes[presence.organisationId];
            node.instances.push_back(presence.instanceId);
            ++node.participation;
        }
    // Fiches actions belong to no instance: with an instance filter they only link organisations already in it.
    for (const auto& action : data.actions)
        if (organisations.count(action.organisationId) &&
            (filter.instanceId == 0 || nodes.count(action.organisationId))) {
            bySheet[action.sheetId].push_back(action.organisationId);
            nodes[action.organisationId].sheets.push_back(action.sheetId);
        }

    std::map<Pair, NetworkEdge> pairs;
    if (filter.linkKinds & unsigned(LinkKind::Membership))
        for (auto& [id, group] : byInstance) {
            sortUnique(group);
            countPairs(group, pairs, [](NetworkEdge& e) -> int& { return e.sharedInstances; });
        }
    if (filter.linkKinds & unsigned(LinkKind::Action))
        for (auto& [id, group] : bySheet) {
            sortUnique(group);
            countPairs(group, pairs, [](NetworkEdge& e) -> int& { return e.sharedActions; });
        }
    if (filter.linkKinds & unsigned(LinkKind::CoAttendance))
        for (auto& [id, group] : byMeeting) {
            sortUnique(group);
            countPairs(group, pairs, [](NetworkEdge& e) -> int& { return e.coAttendance; });
        }

    std::set<qint64> linked;
    for (const auto& [pair, edge] : pairs)
        if (edge.weight() >= filter.minimumWeight) {
            linked.insert(pair.first);
            linked.insert(pair.second);
        }

    std::set<qint64> sectorsSeen;
    for (auto& [id, node] : nodes) {
        if (!filter.keepIsolated && !linked.count(id))
            continue;
        const auto* organisation = organisations.at(id);
        node.id = id;
        node.name = organisation->name;
        node.label = organisation->acronym.isEmpty() ? organisation->name : organisation->acronym;
        node.sectorId = organisation->sectorId;
        node.color = QColor(QStringLiteral("#888888"));
        node.sectorLabel = NetworkGraph::tr("No sector");
        for (const auto& sector : data.sectors)
            if (sector.id == organisation->sectorId) {
                node.sectorLabel = sector.label;
                if (QColor color(sector.color); color.isValid())
                    node.color = color;
            }
        sortUnique(node.instances);
        sortUnique(node.sheets);
        sectorsSeen.insert(node.sectorId);
        graph.nodes.push_back(std::move(node));
    }
    for (const auto& [pair, edge] : pairs) {
        if (edge.weight() < filter.minimumWeight)
            continue;
        NetworkEdge result = edge;
        result.source = graph.indexOf(pair.first);
        result.target = graph.indexOf(pair.second);
        if (result.source >= 0 && result.target >= 0)
            graph.edges.push_back(result);
    }
    for (const auto& sector : data.sectors)
        if (sectorsSeen.count(sector.id))
            graph.sectors.push_back(sector);
    if (sectorsSeen.count(0))
        graph.sectors.push_back({0, NetworkGraph::tr("No sector"), QStringLiteral("#888888"), 1 << 30});
    computeMetrics(graph);
    return graph;
}

} // namespace maillage
