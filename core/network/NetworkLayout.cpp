// SPDX-License-Identifier: EUPL-1.2
#include "core/network/NetworkLayout.h"

#include "core/network/NetworkGraph.h"

#include <algorithm>
#include <cmath>

namespace maillage {

namespace {

constexpr double kGoldenAngle = 2.399963229728653;

/// A fixed direction for two discs at the same place, so the result never depends on chance.
QPointF fallbackDirection(size_t i, size_t j)
{
    const double angle = double(i * 7 + j * 13) * kGoldenAngle;
    return {std::cos(angle), std::sin(angle)};
}

} // namespace

QRectF NetworkLayout::bounds() const
{
    QRectF rect;
    for (size_t i = 0; i < positions.size(); ++i) {
        const QRectF disc(positions[i].x() - radii[i], positions[i].y() - radii[i], 2 * radii[i], 2 * radii[i]);
        rect = rect.isNull() ? disc : rect.united(disc);
    }
    return rect;
}

bool NetworkLayout::hasOverlap(double gap) const
{
    for (size_t i = 0; i < positions.size(); ++i)
        for (size_t j = i + 1; j < positions.size(); ++j) {
            const QPointF d = positions[j] - positions[i];
            const double minimum = radii[i] + radii[j] + gap;
            if (d.x() * d.x() + d.y() * d.y() < minimum * minimum - 1e-6)
                return true;
        }
    return false;
}

double nodeRadius(int participation, int maxParticipation)
{
    const double share = maxParticipation > 0 ? double(participation) / maxParticipation : 0.0;
    return 7.0 + 21.0 * std::sqrt(std::clamp(share, 0.0, 1.0));
}

void removeOverlaps(NetworkLayout& layout, double gap)
{
    const size_t n = layout.positions.size();
    auto& p = layout.positions;
    for (int round = 0; round < 100; ++round) {
        for (int pass = 0; pass < 60; ++pass) {
            bool moved = false;
            for (size_t i = 0; i < n; ++i)
                for (size_t j = i + 1; j < n; ++j) {
                    QPointF d = p[j] - p[i];
                    const double minimum = layout.radii[i] + layout.radii[j] + gap;
                    const double distance = std::hypot(d.x(), d.y());
                    if (distance >= minimum)
                        continue;
                    const QPointF direction = distance > 1e-9 ? d / distance : fallbackDirection(i, j);
                    // A little more than half each, so the pair ends clear of each other.
                    const QPointF push = direction * ((minimum - distance) / 2 + 0.01);
                    p[i] -= push;
                    p[j] += push;
                    moved = true;
                }
            if (!moved)
                return;
        }
        if (!layout.hasOverlap(gap))
            return;
        // Crowded: spread everything a little (always makes room) and try again.
        QPointF centre;
        for (const QPointF& point : p)
            centre += point;
        centre /= double(std::max<size_t>(n, 1));
        for (QPointF& point : p)
            point = centre + (point - centre) * 1.15;
    }
}

NetworkLayout computeLayout(const NetworkGraph& graph, const LayoutOptions& options)
{
    NetworkLayout layout;
    const size_t n = graph.nodes.size();
    const int maxParticipation = graph.maxParticipation();
    double radiusSum = 0;
    for (const NetworkNode& node : graph.nodes) {
        layout.radii.push_back(nodeRadius(node.participation, maxParticipation));
        radiusSum += layout.radii.back();
    }
    if (n == 0)
        return layout;
    const double meanRadius = radiusSum / double(n);
    const double k = 2.2 * meanRadius + 30; // ideal distance between linked nodes
    for (size_t i = 0; i < n; ++i) {
        const double r = k * std::sqrt(double(i) + 0.5) * 0.6;
        layout.positions.emplace_back(r * std::cos(double(i) * kGoldenAngle), r * std::sin(double(i) * kGoldenAngle));
    }
    const int iterations = options.iterations > 0 ? options.iterations : (n > 250 ? 160 : 300);
    const double maxWeight = std::max(1, graph.maxWeight());
    const double logMax = std::log1p(maxWeight);
    std::vector<QPointF> force(n);
    auto& p = layout.positions;
    double temperature = k * std::sqrt(double(n)) / 4;
    const double cooling = temperature / (iterations + 1);
    for (int iteration = 0; iteration < iterations; ++iteration) {
        std::fill(force.begin(), force.end(), QPointF());
        for (size_t i = 0; i < n; ++i)
            for (size_t j = i + 1; j < n; ++j) {
                QPointF d = p[i] - p[j];
                double distance = std::hypot(d.x(), d.y());
                if (distance < 1e-6) {
                    d = fallbackDirection(i, j);
                    distance = 1;
                }
                // Repulsion between the rims rather than the centres: big nodes need more room.
                const double rim = std::max(distance - 0.5 * (layout.radii[i] + layout.radii[j]), 1.0);
                const QPointF push = d / distance * (k * k / rim);
                force[i] += push;
                force[j] -= push;
            }
        for (const NetworkEdge& edge : graph.edges) {
            const auto a = size_t(edge.source), b = size_t(edge.target);
            const QPointF d = p[a] - p[b];
            const double distance = std::max(std::hypot(d.x(), d.y()), 1e-6);
            const double strength = 0.35 + 0.65 * std::log1p(edge.weight()) / logMax;
            const QPointF pull = d / distance * (distance * distance / k * strength);
            force[a] -= pull;
            force[b] += pull;
        }
        for (size_t i = 0; i < n; ++i) {
            force[i] -= p[i] * (0.8 * k / (k * std::sqrt(double(n)))); // gravity toward the centre
            const double length = std::hypot(force[i].x(), force[i].y());
            if (length > 1e-9)
                p[i] += force[i] / length * std::min(length, temperature);
        }
        temperature = std::max(temperature - cooling, k * 0.02);
    }
    removeOverlaps(layout, options.gap);
    // Start the picture at the origin: views and exports need not care where the forces left it.
    const QRectF rect = layout.bounds();
    for (QPointF& point : p)
        point -= rect.topLeft();
    return layout;
}

} // namespace maillage
