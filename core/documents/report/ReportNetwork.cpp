// SPDX-License-Identifier: EUPL-1.2
// Chapter 4's network. One council: its map, laid out once (under a second for a few hundred organisations).
// Several councils: no map. An ARS or a departmental coordinator compares councils; thumbnails of networks of
// different sizes are neither readable nor comparable, and laying out 300 graphs would cost minutes. They get
// each council's network in figures (size, links, density, sectors, best connected partner) in one table; each
// council's own report carries its map.
#include "core/documents/report/ReportNetwork.h"

#include "core/documents/DocumentBuilder.h"
#include "core/documents/report/ReportProgress.h"
#include "core/network/NetworkPainter.h"
#include "core/report/ReportFigures.h"
#include "core/storage/ReportNetworkQueries.h"

#include <QFontMetricsF>
#include <QPainter>

#include <cmath>
#include <map>

namespace maillage {

namespace {

constexpr double kMapAspect = 0.95; // the map itself, nearly square: the layout spreads in every direction
constexpr int kLegendColumns = 3;

CouncilNetworkFigures figuresOf(const QString& council, const NetworkGraph& graph)
{
    CouncilNetworkFigures f;
    f.council = council;
    f.organisations = int(graph.nodes.size());
    f.links = int(graph.edges.size());
    const double n = double(graph.nodes.size());
    f.density = n > 1 ? 2.0 * double(f.links) / (n * (n - 1)) : 0;
    f.sectors = int(graph.sectors.size());
    int best = -1;
    for (size_t i = 0; i < graph.nodes.size(); ++i)
        if (best < 0 || graph.nodes[i].degree > graph.nodes[size_t(best)].degree)
            best = int(i);
    if (best >= 0)
        f.hub = graph.nodes[size_t(best)].name;
    return f;
}

int legendRows(const NetworkGraph& graph)
{
    return (int(graph.sectors.size()) + kLegendColumns - 1) / kLegendColumns;
}

} // namespace

double ReportNetworkMap::aspect() const
{
    return kMapAspect + 0.02 + 0.035 * legendRows(graph);
}

void ReportNetworkMap::paint(QPainter& painter, const QRectF& rect) const
{
    const QRectF mapArea(rect.left(), rect.top(), rect.width(), rect.width() * kMapAspect);
    MapStyle style;
    style.legend = false; // drawn under the map, where it hides no organisation
    style.labelCount = kLabels;
    // The painter sizes its text in whole pixels of the target: drawn ten times larger and scaled back, the
    // labels keep their intended size instead of being rounded down (a third smaller on a page).
    painter.save();
    painter.translate(mapArea.topLeft());
    painter.scale(0.1, 0.1);
    drawNetworkMap(painter, QRectF(0, 0, mapArea.width() * 10, mapArea.height() * 10), graph, layout, style);
    painter.restore();

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    std::map<qint64, int> counts;
    for (const NetworkNode& node : graph.nodes)
        ++counts[node.sectorId];
    const QFont font = DocumentStyle::font(7.5);
    painter.setFont(font);
    const QFontMetricsF metrics(font, painter.device());
    const double line = rect.width() * 0.035;
    const double column = rect.width() / kLegendColumns;
    const double top = mapArea.bottom() + rect.width() * 0.02;
    painter.setPen(QPen(QColor(0xcc, 0xcc, 0xcc), rect.width() / 1000.0));
    painter.drawLine(QPointF(rect.left(), top - line * 0.3), QPointF(rect.right(), top - line * 0.3));
    for (size_t i = 0; i < graph.sectors.size(); ++i) {
        const auto& sector = graph.sectors[i];
        const double x = rect.left() + column * double(i % kLegendColumns);
        const double y = top + line * double(i / kLegendColumns);
        const double disc = metrics.height() * 0.8;
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(sector.color).isValid() ? QColor(sector.color) : QColor(0x88, 0x88, 0x88));
        painter.drawEllipse(QRectF(x, y + (line - disc) / 2, disc, disc));
        painter.setPen(QColor(0x22, 0x22, 0x22));
        const QString text = QStringLiteral("%1 (%2)").arg(sector.label).arg(counts[sector.id]);
        const double room = column - disc * 1.6;
        painter.drawText(QRectF(x + disc * 1.4, y, room, line), Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(text, Qt::ElideRight, room));
    }
    painter.restore();
}

Result<ReportNetwork> computeReportNetwork(Database& db, const ReportPeriod& period,
                                           const std::vector<qint64>& councilIds, const QStringList& names,
                                           const ReportProgress& progress)
{
    ReportNetwork network;
    if (councilIds.empty())
        return network;
    auto data = loadReportNetwork(db, period.from, period.to, councilIds);
    if (!data.ok())
        return data.error();
    if (councilIds.size() == 1) {
        auto map = std::make_shared<ReportNetworkMap>();
        map->graph = buildNetworkGraph(data->data);
        if (progress.cancelled())
            return ReportProgress::cancelledError();
        map->layout = computeLayout(map->graph);
        network.map = std::move(map);
        return network;
    }
    for (size_t i = 0; i < councilIds.size(); ++i) {
        if (progress.cancelled())
            return ReportProgress::cancelledError();
        network.councils.push_back(figuresOf(names.value(qsizetype(i)), buildNetworkGraph(data->slice(councilIds[i]))));
    }
    return network;
}

} // namespace maillage
