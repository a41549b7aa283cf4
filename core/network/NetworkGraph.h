// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/storage/NetworkQueries.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <set>
#include <vector>

namespace maillage {

/// The kinds of link between two organisations.
enum class LinkKind : unsigned { Membership = 1, Action = 2, CoAttendance = 4 };
inline constexpr unsigned kAllLinkKinds = 7;

/// An organisation on the map.
struct NetworkNode {
    qint64 id = 0; ///< organisation id
    QString name;
    QString label; ///< acronym, or the name
    qint64 sectorId = 0;
    QString sectorLabel;
    QColor color;
    int participation = 0; ///< distinct held meetings attended in the period (present or represented)
    std::vector<qint64> instances; ///< instance ids it sits in or attended
    std::vector<qint64> sheets;    ///< fiches actions it leads or partners
    // Metrics (see NetworkMetrics.h), filled by computeMetrics().
    int degree = 0;
    double strength = 0; ///< sum of the weights of its links
    double betweenness = 0; ///< normalised to [0, 1]
    int community = 0;
};

/// A link between two nodes (indices into NetworkGraph::nodes, source < target).
struct NetworkEdge {
    int source = 0;
    int target = 0;
    int sharedInstances = 0; ///< instances both sit in
    int sharedActions = 0;   ///< fiches actions both lead or partner
    int coAttendance = 0;    ///< held meetings both attended

    int weight() const { return sharedInstances + sharedActions + coAttendance; }
    unsigned kinds() const;
    /// "2 instances, 1 action sheet, 5 meetings together"
    QString describe() const;
};

/// What to show: empty sectors means all; instanceId 0 means all instances.
struct NetworkFilter {
    std::set<qint64> sectors;
    qint64 instanceId = 0;
    unsigned linkKinds = kAllLinkKinds;
    int minimumWeight = 1;
    bool keepIsolated = false; ///< keep organisations with activity but no link left
};

/// The organisations active in a period and how they are linked, nodes sorted by id.
struct NetworkGraph {
    QDate from;
    QDate to;
    std::vector<NetworkNode> nodes;
    std::vector<NetworkEdge> edges; ///< sorted by (source, target)
    std::vector<NetworkData::Sector> sectors; ///< the sectors present, by position
    std::vector<std::pair<qint64, QString>> instances;
    std::vector<std::pair<qint64, QString>> sheets;

    int indexOf(qint64 organisationId) const;
    int maxParticipation() const;
    int maxWeight() const;
    QString instanceName(qint64 id) const;
    QString sheetName(qint64 id) const;
    Q_DECLARE_TR_FUNCTIONS(NetworkGraph)
};

/// Builds the graph of data under filter and computes its metrics. Deterministic.
NetworkGraph buildNetworkGraph(const NetworkData& data, const NetworkFilter& filter = {});

} // namespace maillage
