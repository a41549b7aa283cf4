// SPDX-License-Identifier: EUPL-1.2
#include "core/network/NetworkMetrics.h"

#include "core/network/NetworkGraph.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <queue>

namespace maillage {

namespace {

using Adjacency = std::vector<std::vector<std::pair<int, double>>>;

Adjacency adjacencyOf(int nodeCount, const std::vector<WeightedLink>& links)
{
    Adjacency adjacency(static_cast<size_t>(nodeCount));
    for (const WeightedLink& link : links) {
        adjacency[size_t(link.a)].emplace_back(link.b, link.weight);
        if (link.a != link.b)
            adjacency[size_t(link.b)].emplace_back(link.a, link.weight);
    }
    return adjacency;
}

constexpr double kEpsilon = 1e-9;

} // namespace

std::vector<double> betweenness(int nodeCount, const std::vector<WeightedLink>& links, bool weighted)
{
    const size_t n = size_t(nodeCount);
    std::vector<double> result(n, 0.0);
    const Adjacency adjacency = adjacencyOf(nodeCount, links);
    std::vector<double> distance(n), sigma(n), delta(n);
    std::vector<std::vector<int>> predecessors(n);
    std::vector<int> order;
    order.reserve(n);
    for (size_t s = 0; s < n; ++s) {
        std::fill(distance.begin(), distance.end(), -1.0);
        std::fill(sigma.begin(), sigma.end(), 0.0);
        std::fill(delta.begin(), delta.end(), 0.0);
        for (auto& list : predecessors)
            list.clear();
        order.clear();
        distance[s] = 0;
        sigma[s] = 1;
        // Dijkstra (a BFS when every length is 1); order collects nodes by non-decreasing distance.
        using Item = std::pair<double, int>;
        std::priority_queue<Item, std::vector<Item>, std::greater<>> queue;
        queue.emplace(0.0, int(s));
        std::vector<char> done(n, 0);
        while (!queue.empty()) {
            auto [d, v] = queue.top();
            queue.pop();
            if (done[size_t(v)])
                continue;
            done[size_t(v)] = 1;
            order.push_back(v);
            for (const auto& [w, weight] : adjacency[size_t(v)]) {
                const double length = weighted ? 1.0 / std::max(weight, kEpsilon) : 1.0;
                const double candidate = d + length;
                double& current = distance[size_t(w)];
                if (current < 0 || candidate < current - kEpsilon) {
                    current = candidate;
                    sigma[size_t(w)] = sigma[size_t(v)];
                    predecessors[size_t(w)].assign(1, v);
                    queue.emplace(candidate, w);
                } else if (!done[size_t(w)] && std::abs(candidate - current) <= kEpsilon) {
                    sigma[size_t(w)] += sigma[size_t(v)];
                    predecessors[size_t(w)].push_back(v);
                }
            }
        }
        for (auto it = order.rbegin(); it != order.rend(); ++it) {
            const int w = *it;
            for (int v : predecessors[size_t(w)])
                delta[size_t(v)] += sigma[size_t(v)] / sigma[size_t(w)] * (1.0 + delta[size_t(w)]);
            if (size_t(w) != s)
                result[size_t(w)] += delta[size_t(w)];
        }
    }
    // Each pair was counted from both ends.
    const double pairs = n > 2 ? double(n - 1) * double(n - 2) : 1.0;
    for (double& value : result)
        value /= pairs;
    return result;
}

double modularity(int nodeCount, const std::vector<WeightedLink>& links, const std::vector<int>& community)
{
    double total = 0;
    std::map<int, double> inside, degreeSum;
    for (const WeightedLink& link : links) {
        total += link.weight;
        degreeSum[community[size_t(link.a)]] += link.weight;
        degreeSum[community[size_t(link.b)]] += link.weight;
        if (community[size_t(link.a)] == community[size_t(link.b)])
            inside[community[size_t(link.a)]] += link.weight;
    }
    if (total <= 0 || nodeCount == 0)
        return 0;
    double q = 0;
    for (const auto& [c, sum] : degreeSum)
        q += inside[c] / total - (sum / (2 * total)) * (sum / (2 * total));
    return q;
}

namespace {

/// One Louvain level: moves nodes between communities while modularity improves. Returns true if anything moved.
bool moveNodes(const Adjacency& adjacency, const std::vector<double>& selfLoops, double total, std::vector<int>& community)
{
    const size_t n = adjacency.size();
    std::vector<double> degree(n, 0.0), communityDegree(n, 0.0);
    for (size_t v = 0; v < n; ++v) {
        for (const auto& [w, weight] : adjacency[v])
            degree[v] += weight;
        degree[v] += 2 * selfLoops[v];
        communityDegree[size_t(community[v])] += degree[v];
    }
    bool movedAny = false;
    for (int pass = 0; pass < 50; ++pass) {
        bool moved = false;
        for (size_t v = 0; v < n; ++v) {
            const int own = community[v];
            std::map<int, double> toCommunity; // sorted: ties go to the smallest community
            toCommunity[own] += 0;
            for (const auto& [w, weight] : adjacency[v])
                if (size_t(w) != v)
                    toCommunity[community[size_t(w)]] += weight;
            communityDegree[size_t(own)] -= degree[v];
            int best = own;
            double bestGain = toCommunity[own] - communityDegree[size_t(own)] * degree[v] / (2 * total);
            for (const auto& [c, weight] : toCommunity) {
                const double gain = weight - communityDegree[size_t(c)] * degree[v] / (2 * total);
                if (gain > bestGain + kEpsilon) {
                    bestGain = gain;
                    best = c;
                }
            }
            communityDegree[size_t(best)] += degree[v];
            if (best != own) {
                community[v] = best;
                moved = movedAny = true;
            }
        }
        if (!moved)
            break;
    }
    return movedAny;
}

} // namespace

std::vector<int> louvainCommunities(int nodeCount, const std::vector<WeightedLink>& links)
{
    std::vector<int> final(static_cast<size_t>(nodeCount));
    std::iota(final.begin(), final.end(), 0);
    double total = 0;
    for (const WeightedLink& link : links)
        total += link.weight;
    if (total <= 0)
        return final;

    // Level graph: adjacency without self-loops plus a self-loop weight per node.
    Adjacency adjacency(static_cast<size_t>(nodeCount));
    std::vector<double> selfLoops(static_cast<size_t>(nodeCount), 0.0);
    for (const WeightedLink& link : links) {
        if (link.a == link.b) {
            selfLoops[size_t(link.a)] += link.weight;
            continue;
        }
        adjacency[size_t(link.a)].emplace_back(link.b, link.weight);
        adjacency[size_t(link.b)].emplace_back(link.a, link.weight);
    }
    for (int level = 0; level < 20; ++level) {
        const size_t n = adjacency.size();
        std::vector<int> community(n);
        std::iota(community.begin(), community.end(), 0);
        if (!moveNodes(adjacency, selfLoops, total, community))
            break;
        // Renumber communities 0..k-1 in order of first node, then aggregate.
        std::map<int, int> renumber;
        for (int& c : community)
            c = renumber.emplace(c, int(renumber.size())).first->second;
        for (int& c : final)
            c = community[size_t(c)];
        const size_t k = renumber.size();
        std::vector<std::map<int, double>> merged(k);
        std::vector<double> loops(k, 0.0);
        for (size_t v = 0; v < n; ++v) {
            loops[size_t(community[v])] += selfLoops[v];
            for (const auto& [w, weight] : adjacency[v]) {
                const int cv = community[v], cw = community[size_t(w)];
                if (cv == cw)
                    loops[size_t(cv)] += weight / 2; // each inner link is seen from both ends
                else
                    merged[size_t(cv)][cw] += weight;
            }
        }
        Adjacency next(k);
        for (size_t c = 0; c < k; ++c)
            for (const auto& [d, weight] : merged[c])
                next[c].emplace_back(d, weight);
        adjacency = std::move(next);
        selfLoops = std::move(loops);
        if (k == n)
            break;
    }
    // Number by decreasing size, ties by first node.
    std::map<int, int> sizes, first;
    for (int v = 0; v < nodeCount; ++v) {
        ++sizes[final[size_t(v)]];
        first.emplace(final[size_t(v)], v);
    }
    std::vector<int> ids;
    for (const auto& [c, size] : sizes)
        ids.push_back(c);
    std::sort(ids.begin(), ids.end(), [&](int a, int b) {
        return sizes[a] != sizes[b] ? sizes[a] > sizes[b] : first[a] < first[b];
    });
    std::map<int, int> rank;
    for (size_t i = 0; i < ids.size(); ++i)
        rank[ids[i]] = int(i);
    for (int& c : final)
        c = rank[c];
    return final;
}

void computeMetrics(NetworkGraph& graph)
{
    std::vector<WeightedLink> links;
    links.reserve(graph.edges.size());
    for (NetworkNode& node : graph.nodes) {
        node.degree = 0;
        node.strength = 0;
    }
    for (const NetworkEdge& edge : graph.edges) {
        links.push_back({edge.source, edge.target, double(edge.weight())});
        for (int index : {edge.source, edge.target}) {
            ++graph.nodes[size_t(index)].degree;
            graph.nodes[size_t(index)].strength += edge.weight();
        }
    }
    const int n = int(graph.nodes.size());
    const std::vector<double> between = betweenness(n, links, true);
    const std::vector<int> communities = louvainCommunities(n, links);
    for (int i = 0; i < n; ++i) {
        graph.nodes[size_t(i)].betweenness = between[size_t(i)];
        graph.nodes[size_t(i)].community = communities[size_t(i)];
    }
}

} // namespace maillage
