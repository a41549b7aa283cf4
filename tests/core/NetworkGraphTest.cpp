// SPDX-License-Identifier: EUPL-1.2
#include "core/network/NetworkExport.h"
#include "core/network/NetworkGraph.h"
#include "core/network/NetworkLayout.h"
#include "core/network/NetworkMetrics.h"
#include "tests/support/Catch.h"

#include <QElapsedTimer>
#include <QXmlStreamReader>

using namespace maillage;

namespace {

/// n organisations over three sectors; each meeting gathers a sliding window of them.
NetworkData syntheticNetwork(int organisations, int meetings)
{
    NetworkData data;
    data.from = QDate(2025, 1, 1);
    data.to = QDate(2025, 12, 31);
    data.sectors = {{1, QStringLiteral("Élus"), QStringLiteral("#1f77b4"), 1},
                    {2, QStringLiteral("Psychiatrie"), QStringLiteral("#d62728"), 2},
                    {3, QStringLiteral("Usagers"), QStringLiteral("#2ca02c"), 3}};
    for (int i = 1; i <= organisations; ++i)
        data.organisations.push_back({i, QStringLiteral("Organisation %1").arg(i), {}, 1 + i % 3, true});
    data.instances = {{1, QStringLiteral("Plénière")}, {2, QStringLiteral("Groupe logement")}};
    for (int i = 1; i <= organisations; ++i)
        data.memberships.push_back({1 + i % 2, i});
    for (int m = 0; m < meetings; ++m)
        for (int k = 0; k < 6; ++k)
            data.presences.push_back({m + 1, 1 + m % 2, data.from.addDays(m), 1 + (m * 5 + k * 3) % organisations});
    data.sheets = {{1, QStringLiteral("A1 Logement")}};
    data.actions = {{1, 1, true}, {1, 2, false}};
    return data;
}

std::vector<WeightedLink> path(int n)
{
    std::vector<WeightedLink> links;
    for (int i = 0; i + 1 < n; ++i)
        links.push_back({i, i + 1, 1});
    return links;
}

} // namespace

TEST_CASE("Betweenness of a path and of two cliques joined by a bridge", "[network]")
{
    // Path 0-1-2-3-4: node 2 separates 4 pairs, node 1 separates 3; normalised by (n-1)(n-2)/2 = 6.
    const auto onPath = betweenness(5, path(5), false);
    CHECK(onPath[0] == Approx(0.0));
    CHECK(onPath[1] == Approx(3.0 / 6));
    CHECK(onPath[2] == Approx(4.0 / 6));
    CHECK(onPath[3] == Approx(3.0 / 6));

    // Two triangles {0,1,2} and {3,4,5} joined by the bridge 2-3: the bridge ends carry 3×3 - 1 = ... pairs.
    std::vector<WeightedLink> cliques{{0, 1, 1}, {0, 2, 1}, {1, 2, 1}, {3, 4, 1}, {3, 5, 1}, {4, 5, 1}, {2, 3, 1}};
    const auto bridged = betweenness(6, cliques, false);
    // Node 2 lies on every shortest path from {0,1} to {3,4,5}: 6 pairs, over (5×4)/2 = 10.
    CHECK(bridged[2] == Approx(0.6));
    CHECK(bridged[3] == Approx(0.6));
    CHECK(bridged[0] == Approx(0.0));
    // Weighted: a strong detour 0-5 (weight 10, length 0.1) takes the paths away from the bridge.
    cliques.push_back({0, 5, 10});
    const auto weighted = betweenness(6, cliques, true);
    CHECK(weighted[0] > weighted[2]);

    const auto communities = louvainCommunities(6, {{0, 1, 1}, {0, 2, 1}, {1, 2, 1}, {3, 4, 1}, {3, 5, 1}, {4, 5, 1},
                                                    {2, 3, 1}});
    CHECK(communities[0] == communities[1]);
    CHECK(communities[1] == communities[2]);
    CHECK(communities[3] == communities[4]);
    CHECK(communities[4] == communities[5]);
    CHECK(communities[0] != communities[3]);
}

TEST_CASE("Graph edges count shared instances, actions and meetings", "[network]")
{
    NetworkData data = syntheticNetwork(12, 4);
    const NetworkGraph graph = buildNetworkGraph(data);
    const int a = graph.indexOf(1), b = graph.indexOf(2);
    REQUIRE(a >= 0);
    REQUIRE(b >= 0);
    const auto edge = std::find_if(graph.edges.begin(), graph.edges.end(),
                                   [&](const NetworkEdge& e) { return e.source == a && e.target == b; });
    REQUIRE(edge != graph.edges.end());
    CHECK(edge->sharedActions == 1);
    CHECK(edge->sharedInstances == 0); // 1 sits in instance 2, 2 in instance 1

    NetworkFilter onlyActions;
    onlyActions.linkKinds = unsigned(LinkKind::Action);
    const NetworkGraph actions = buildNetworkGraph(data, onlyActions);
    CHECK(actions.nodes.size() == 2);
    CHECK(actions.edges.size() == 1);

    NetworkFilter sector;
    sector.sectors = {2};
    for (const NetworkNode& node : buildNetworkGraph(data, sector).nodes)
        CHECK(node.sectorId == 2);
}

TEST_CASE("Layout is deterministic, fast and without overlap at 400 organisations", "[network]")
{
    const NetworkGraph graph = buildNetworkGraph(syntheticNetwork(400, 300));
    REQUIRE(graph.nodes.size() == 400);
    QElapsedTimer timer;
    timer.start();
    const NetworkLayout first = computeLayout(graph);
    const qint64 elapsed = timer.elapsed();
    const NetworkLayout second = computeLayout(graph);
    CHECK(first.positions == second.positions);
    CHECK_FALSE(first.hasOverlap());
    WARN("layout of 400 nodes in " << elapsed << " ms");
#ifdef NDEBUG
    CHECK(elapsed < 1000);
#endif
}

TEST_CASE("GraphML and CSV exports hold every node and edge", "[network]")
{
    const NetworkGraph graph = buildNetworkGraph(syntheticNetwork(20, 10));
    QXmlStreamReader xml(networkGraphMl(graph));
    int nodes = 0, edges = 0;
    QStringList keys;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"node")
            ++nodes;
        else if (xml.name() == u"edge")
            ++edges;
        else if (xml.name() == u"key")
            keys << xml.attributes().value(QStringLiteral("id")).toString();
    }
    CHECK_FALSE(xml.hasError());
    CHECK(nodes == int(graph.nodes.size()));
    CHECK(edges == int(graph.edges.size()));
    CHECK(keys.contains(QStringLiteral("betweenness")));
    CHECK(keys.contains(QStringLiteral("weight")));

    const QByteArray elements = networkElementsCsv(graph);
    CHECK(elements.startsWith("\xEF\xBB\xBFId;Label;Type;Sector"));
    CHECK(elements.count('\n') == int(graph.nodes.size()) + 1);
    const QByteArray connections = networkConnectionsCsv(graph);
    CHECK(connections.count('\n') == int(graph.edges.size()) + 1);

    const auto sectors = sectorsCarryingCouncil(graph);
    REQUIRE(sectors.size() == 3);
    double share = 0;
    for (const auto& sector : sectors)
        share += sector.participationShare;
    CHECK(share == Approx(1.0));
}
