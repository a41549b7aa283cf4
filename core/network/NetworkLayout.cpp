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
                    const QPointF d = p[j] - p[i];
                    const double minimum = layout.radii[i] + layout.radii[j] + gap;
                    const double squared = d.x() * d.x() + d.y() * d.y();
                    if (squared >= minimum * minimum)
                        continue;
                    const double distance = std::sqrt(squared);
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
    const int iterations = options.iterations > 0 ? options.iterations : (n > 250 ? 120 : 250);
    const double maxWeight = std::max(1, graph.maxWeight());
    const double logMax = std::log1p(maxWeight);
    // Plain arrays: this loop is O(n²) per iteration and must stay fast even in debug builds.
    std::vector<double> x(n), y(n), fx(n), fy(n), half(n);
    for (size_t i = 0; i < n; ++i) {
        x[i] = layout.positions[i].x();
        y[i] = layout.positions[i].y();
        half[i] = 0.5 * layout.radii[i];
    }
    std::vector<double> strength;
    for (const NetworkEdge& edge : graph.edges)
        strength.push_back((0.35 + 0.65 * std::log1p(edge.weight()) / logMax) / k);
    const double k2 = k * k;
    const double gravity = 0.8 / std::sqrt(double(n));
    double temperature = k * std::sqrt(double(n)) / 4;
    const double cooling = temperature / (iterations + 1);
    for (int iteration = 0; iteration < iterations; ++iteration) {
        std::fill(fx.begin(), fx.end(), 0.0);
        std::fill(fy.begin(), fy.end(), 0.0);
        for (size_t i = 0; i < n; ++i) {
            const double xi = x[i], yi = y[i], hi = half[i];
            double sx = 0, sy = 0;
            for (size_t j = i + 1; j < n; ++j) {
                double dx = xi - x[j], dy = yi - y[j];
                double distance = std::sqrt(dx * dx + dy * dy);
                if (distance < 1e-6) {
                    const QPointF d = fallbackDirection(i, j);
                    dx = d.x();
                    dy = d.y();
                    distance = 1;
                }
                // Repulsion between the rims rather than the centres: big nodes need more room.
                const double rim = std::max(distance - hi - half[j], 1.0);
                const double factor = k2 / (rim * distance);
                sx += dx * factor;
                sy += dy * factor;
                fx[j] -= dx * factor;
                fy[j] -= dy * factor;
            }
            fx[i] += sx;
            fy[i] += sy;
        }
        for (size_t e = 0; e < graph.edges.size(); ++e) {
            const auto a = size_t(graph.edges[e].source), b = size_t(graph.edges[e].target);
            const double dx = x[a] - x[b], dy = y[a] - y[b];
            const double distance = std::max(std::sqrt(dx * dx + dy * dy), 1e-6);
            const double factor = distance * strength[e]; // d² / k along the unit vector
            fx[a] -= dx * factor;
            fy[a] -= dy * factor;
            fx[b] += dx * factor;
            fy[b] += dy * factor;
        }
        for (size_t i = 0; i < n; ++i) {
            fx[i] -= x[i] * gravity; // gravity toward the centre keeps separate groups near
            fy[i] -= y[i] * gravity;
            const double length = std::sqrt(fx[i] * fx[i] + fy[i] * fy[i]);
            if (length > 1e-9) {
                const double step = std::min(length, temperature) / length;
                x[i] += fx[i] * step;
                y[i] += fy[i] * step;
            }
        }
        temperature = std::max(temperature - cooling, k * 0.02);
    }
    for (size_t i = 0; i < n; ++i)
        layout.positions[i] = QPointF(x[i], y[i]);
    removeOverlaps(layout, options.gap);
    // Start the picture at the origin: views and exports need not care where the forces left it.
    const QRectF rect = layout.bounds();
    for (QPointF& point : layout.positions)
        point -= rect.topLeft();
    return layout;
}

} // namespace maillage
