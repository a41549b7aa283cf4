// SPDX-License-Identifier: EUPL-1.2
#include "core/network/NetworkPainter.h"

#include "core/network/NetworkExport.h"
#include "core/network/NetworkGraph.h"
#include "core/network/NetworkLayout.h"

#include <QFontMetricsF>
#include <QLocale>
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

int linkAlpha(double share, size_t linkCount)
{
    const double faint = std::clamp(600.0 / double(std::max<size_t>(linkCount, 1)), 0.2, 1.0);
    return int((35 + 150 * share) * (faint + (1 - faint) * share));
}

namespace {

// Lays the legend out with its top-right corner at topRight; draws it only when draw is set.
QRectF sectorLegend(QPainter& painter, const QPointF& topRight, const NetworkGraph& graph, double unit, bool caption,
                    bool draw)
{
    std::vector<SectorWeight> sectors = sectorsCarryingCouncil(graph);
    if (sectors.empty())
        return {};
    std::stable_sort(sectors.begin(), sectors.end(), [](const SectorWeight& a, const SectorWeight& b) {
        return a.participationShare > b.participationShare;
    });
    painter.save();
    QFont font = painter.font();
    font.setPixelSize(std::max(1, int(unit * 1.6)));
    font.setBold(false);
    QFont bold = font;
    bold.setBold(true);
    const QFontMetricsF metrics(font);
    const QFontMetricsF boldMetrics(bold);
    const QString title = NetworkGraph::tr("Share of attendance by sector");
    const QString note = NetworkGraph::tr("Disc size: meetings attended. Line width: link weight.");
    const QLocale locale;
    auto percent = [&](double share) { return locale.toString(share * 100, 'f', 0) + QStringLiteral("\u00a0%"); };
    double labelWidth = 0;
    for (const SectorWeight& sector : sectors)
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(sector.label));
    labelWidth = std::min(labelWidth, unit * 26);
    const double line = metrics.height() * 1.3;
    const double percentWidth = metrics.horizontalAdvance(QStringLiteral("100\u00a0%"));
    const double barWidth = unit * 7;
    double width = line + labelWidth + unit + percentWidth + unit + barWidth;
    width = std::max(width, boldMetrics.horizontalAdvance(title));
    const double noteWidth = width;
    const QRectF noteBounds = caption ? metrics.boundingRect(QRectF(0, 0, noteWidth, 1000), Qt::TextWordWrap, note)
                                      : QRectF();
    const double height = boldMetrics.height() * 1.3 + line * double(sectors.size()) +
                          (caption ? noteBounds.height() + unit : 0) + 2 * unit;
    const QRectF box(topRight.x() - width - 2 * unit, topRight.y(), width + 2 * unit, height);
    if (!draw) {
        painter.restore();
        return box;
    }
    painter.setPen(QPen(QColor(0, 0, 0, 60), std::max(0.5, unit * 0.1)));
    painter.setBrush(QColor(255, 255, 255, 235));
    painter.drawRoundedRect(box, unit, unit);
    double y = box.top() + unit;
    const double left = box.left() + unit;
    painter.setFont(bold);
    painter.setPen(QColor(30, 30, 30));
    painter.drawText(QRectF(left, y, width, boldMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter, title);
    y += boldMetrics.height() * 1.3;
    painter.setFont(font);
    const double top = std::max(0.01, sectors.front().participationShare);
    for (const SectorWeight& sector : sectors) {
        const QColor color(sector.color);
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        painter.drawEllipse(QRectF(left, y + line * 0.2, line * 0.6, line * 0.6));
        painter.setPen(QColor(30, 30, 30));
        double x = left + line;
        painter.drawText(QRectF(x, y, labelWidth, line), Qt::AlignVCenter | Qt::AlignLeft,
                         metrics.elidedText(sector.label, Qt::ElideRight, labelWidth));
        x += labelWidth + unit;
        painter.drawText(QRectF(x, y, percentWidth, line), Qt::AlignVCenter | Qt::AlignRight,
                         percent(sector.participationShare));
        x += percentWidth + unit;
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0, 0, 0, 18));
        painter.drawRect(QRectF(x, y + line * 0.3, barWidth, line * 0.4));
        painter.setBrush(color);
        painter.drawRect(QRectF(x, y + line * 0.3, barWidth * sector.participationShare / top, line * 0.4));
        y += line;
    }
    if (caption) {
        painter.setPen(QColor(90, 90, 90));
        painter.drawText(QRectF(left, y + unit * 0.5, noteWidth, noteBounds.height()), Qt::TextWordWrap, note);
    }
    painter.restore();
    return box;
}

} // namespace

QRectF drawSectorLegend(QPainter& painter, const QRectF& target, const NetworkGraph& graph, double unit,
                        bool caption)
{
    return sectorLegend(painter, target.topRight(), graph, unit, caption, true);
}

void drawNetworkMap(QPainter& painter, const QRectF& target, const NetworkGraph& graph, const NetworkLayout& layout,
                    const MapStyle& style)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const double unit = std::max(target.height(), target.width() * 0.7) / 115.0; // text and line scale
    if (graph.nodes.empty()) {
        QFont font = painter.font();
        font.setPixelSize(std::max(1, int(unit * 2)));
        painter.setFont(font);
        painter.drawText(target, Qt::AlignCenter, NetworkGraph::tr("No link between partners in this period."));
        painter.restore();
        return;
    }
    // Fit the discs into what the legend leaves, less room for the labels (centred under a disc, at most
    // unit * 18 wide). The legend goes beside the map or below it, whichever leaves the map larger.
    QFont font = painter.font();
    font.setPixelSize(std::max(1, int(unit * 1.3)));
    const QFontMetricsF metrics(font);
    const QRectF bounds = layout.bounds().adjusted(-1, -1, 1, 1); // a single disc still has a size
    const auto fitted = [&](QRectF area, double* scale) {
        area.adjust(unit * 9.5, unit * 0.5, -unit * 9.5, -(metrics.height() + unit));
        *scale = std::min(area.width() / bounds.width(), area.height() / bounds.height());
        return area;
    };
    double scale = 0;
    QRectF area = fitted(target, &scale);
    if (style.legend) {
        const QRectF legend = sectorLegend(painter, target.topRight(), graph, unit, style.caption, false);
        double besideScale = 0, belowScale = 0;
        const QRectF beside = fitted(target.adjusted(0, 0, -(legend.width() + unit), 0), &besideScale);
        const QRectF below = fitted(target.adjusted(0, 0, 0, -(legend.height() + unit)), &belowScale);
        if (besideScale >= belowScale) {
            sectorLegend(painter, target.topRight(), graph, unit, style.caption, true);
            area = beside;
            scale = besideScale;
        } else {
            sectorLegend(painter, QPointF(target.right(), target.bottom() - legend.height()), graph, unit,
                         style.caption, true);
            area = below;
            scale = belowScale;
        }
    }
    const QPointF offset = area.center() - bounds.center() * scale;
    const auto at = [&](size_t i) { return layout.positions[i] * scale + offset; };

    const double maxWeight = std::max(1, graph.maxWeight());
    std::vector<size_t> edges(graph.edges.size());
    std::iota(edges.begin(), edges.end(), size_t(0));
    std::stable_sort(edges.begin(), edges.end(),
                     [&](size_t a, size_t b) { return graph.edges[a].weight() < graph.edges[b].weight(); });
    for (size_t index : edges) {
        const NetworkEdge& edge = graph.edges[index];
        const double share = std::sqrt(edge.weight() / maxWeight);
        QPen pen(QColor(90, 100, 120, linkAlpha(share, graph.edges.size())),
                 std::max(0.3, unit * (0.08 + 0.55 * share)));
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
    painter.setFont(font);
    std::vector<QRectF> placed; // labels must not cover each other: the more important one wins
    for (int index : labelledNodes(graph, style.labelCount)) {
        const auto i = size_t(index);
        const QString text = metrics.elidedText(graph.nodes[i].label, Qt::ElideRight, unit * 18);
        const QPointF anchor = at(i) + QPointF(0, layout.radii[i] * scale + metrics.ascent() + unit * 0.2);
        const double width = metrics.horizontalAdvance(text);
        const QRectF box(anchor.x() - width / 2, anchor.y() - metrics.ascent(), width, metrics.height());
        if (std::any_of(placed.begin(), placed.end(), [&](const QRectF& other) { return other.intersects(box); }))
            continue;
        placed.push_back(box);
        QPainterPath path;
        path.addText(anchor - QPointF(width / 2, 0), font, text);
        painter.setPen(QPen(QColor(255, 255, 255, 220), unit * 0.35, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(path); // white halo keeps labels readable over links
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(30, 30, 30));
        painter.drawPath(path);
    }
    painter.restore();
}

} // namespace maillage
