// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <utility>
#include <vector>

namespace maillage {

struct NetworkGraph;

/// An undirected weighted edge between node indices.
struct WeightedLink {
    int a = 0;
    int b = 0;
    double weight = 1;
};

/// Betweenness centrality (Brandes 2001) of an undirected graph, normalised by (n-1)(n-2)/2 so it lies in
/// [0, 1]. weighted: shortest paths use the length 1/weight (partners who met often are close), else every link
/// has length 1.
std::vector<double> betweenness(int nodeCount, const std::vector<WeightedLink>& links, bool weighted);

/// Communities by the Louvain method (modularity, weighted), deterministic: nodes are visited in index order and
/// ties go to the smallest community. Communities are numbered 0, 1… by decreasing size.
std::vector<int> louvainCommunities(int nodeCount, const std::vector<WeightedLink>& links);

/// Modularity of a partition, to judge communities.
double modularity(int nodeCount, const std::vector<WeightedLink>& links, const std::vector<int>& community);

/// Fills degree, strength, betweenness (weighted) and community of every node.
void computeMetrics(NetworkGraph& graph);

} // namespace maillage
