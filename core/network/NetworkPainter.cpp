// SPDX-License-Identifier: EUPL-1.2
#include "core/network/NetworkPainter.h"

#include "core/network/NetworkGraph.h"
#include "core/network/NetworkLayout.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <numeric>

namespace maillage {

std::vector<int> labelledNodes(const NetworkGraph& graph, int count)
{
    std::vector<int> order(graph.nodes.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const NetworkNode& x = graph.nodes[size_t(a)];
        const NetworkNode& y = graph.nodes[size_t(b)];
        if (x.participation != y.participation)
            return x.participation > y.participation;
        return x.betweenness > y.betweenness;
    });
    order.resize(std::min(order.size(), size_t(std::max(count, 0))));
    return order;
}

namespace {

void drawLegend(QPainter& painter, const QRectF& target, const NetworkGraph& graph, double unit)
{
    QFont font = painter.font();
    font.setPixelSize(std::max(1, int(unit * 1.6)));
    painter.setFont(font);
    const QFontMetricsF metrics(font);
    double width = 0;
    for (const auto& sector : graph.sectors)
        width = std::max(width, metrics.horizontalAdvance(sector.label));
    const double line = metrics.height() * 1.25;
    const QRectF box(target.right() - width - 4 * unit - line, target.top(), width + 3 * unit + line,
                     line * double(graph.sectors.size()) + 2 * unit);
    painter.setPen(QPen(QColor(0, 0, 0, 60), unit * 0.1));
    painter.setBrush(QColor(255, 255, 255, 230));
    painter.drawRoundedRect(box, unit, unit);
    double y = box.top() + unit;
    for (const auto& sector : graph.sectors) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(sector.color));
        painter.drawEllipse(QRectF(box.left() + unit, y + line * 0.2, line * 0.6, line * 0.6));
        painter.setPen(Qt::black);
        painter.drawText(QRectF(box.left() + unit + line, y, width + unit, line), Qt::AlignVCenter | Qt::AlignLeft,
                         sector.label);
        y += line;
    }
}

} // namespace

void drawNetworkMap(QPainter& painter, const QRectF& target, const NetworkGraph& graph, const NetworkLayout& layout,
                    const MapStyle& style)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const double unit = std::max(target.height(), target.width() * 0.7) / 140.0; // text and line scale
    if (graph.nodes.empty()) {
        QFont font = painter.font();
        font.setPixelSize(std::max(1, int(unit * 2)));
        painter.setFont(font);
        painter.drawText(target, Qt::AlignCenter, NetworkGraph::tr("No link between partners in this period."));
        painter.restore();
        return;
    }
    // Fit the layout (with room for labels under the discs) into target.
    QRectF bounds = layout.bounds().adjusted(-30, -10, 30, 30);
    const double scale = std::min(target.width() / bounds.width(), target.height() / bounds.height());
    const QPointF offset = target.center() - bounds.center() * scale;
    const auto at = [&](size_t i) { return layout.positions[i] * scale + offset; };

    const double maxWeight = std::max(1, graph.maxWeight());
    std::vector<size_t> edges(graph.edges.size());
    std::iota(edges.begin(), edges.end(), size_t(0));
    std::stable_sort(edges.begin(), edges.end(),
                     [&](size_t a, size_t b) { return graph.edges[a].weight() < graph.edges[b].weight(); });
    for (size_t index : edges) {
        const NetworkEdge& edge = graph.edges[index];
        const double share = std::sqrt(edge.weight() / maxWeight);
        QPen pen(QColor(90, 100, 120, int(35 + 150 * share)), std::max(0.3, unit * (0.08 + 0.55 * share)));
        pen.setCapStyle(Qt::RoundCap);
        painter.setPen(pen);
        painter.drawLine(at(size_t(edge.source)), at(size_t(edge.target)));
    }
    for (size_t i = 0; i < graph.nodes.size(); ++i) {
        const double r = layout.radii[i] * scale;
        painter.setPen(QPen(Qt::white, std::max(0.3, r * 0.12)));
        painter.setBrush(graph.nodes[i].color);
        painter.drawEllipse(at(i), r, r);
        if (int(i) == style.highlighted) {
            painter.setPen(QPen(QColor(0xd0, 0x30, 0x30), std::max(1.0, unit * 0.4)));
            painter.setBrush(Qt::NoBrush);
            painter.drawEllipse(at(i), r + unit * 0.6, r + unit * 0.6);
        }
    }
    QFont font = painter.font();
    font.setPixelSize(std::max(1, int(unit * 1.3)));
    painter.setFont(font);
    const QFontMetricsF metrics(font);
    for (int index : labelledNodes(graph, style.labelCount)) {
        const auto i = size_t(index);
        const QString text = metrics.elidedText(graph.nodes[i].label, Qt::ElideRight, unit * 18);
        const QPointF anchor = at(i) + QPointF(0, layout.radii[i] * scale + metrics.ascent() + unit * 0.2);
        const double width = metrics.horizontalAdvance(text);
        QPainterPath path;
        path.addText(anchor - QPointF(width / 2, 0), font, text);
        painter.setPen(QPen(QColor(255, 255, 255, 220), unit * 0.35, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(path); // white halo keeps labels readable over links
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(30, 30, 30));
        painter.drawPath(path);
    }
    if (style.legend)
        drawLegend(painter, target, graph, unit);
    painter.restore();
}

} // namespace maillage
