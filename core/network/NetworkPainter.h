// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QRectF>

#include <vector>

class QPainter;

namespace maillage {

struct NetworkGraph;
struct NetworkLayout;

struct MapStyle {
    bool legend = true;      ///< sector legend in the top-right corner
    int labelCount = 30;     ///< the biggest nodes (participation, then betweenness) get a label, unless it would
                             ///< overlap a label already placed
    int highlighted = -1;    ///< node index drawn with a ring, -1: none
    bool caption = true;     ///< a line under the legend says what sizes and links mean
};

/// Draws the network map (links, sector-coloured discs sized by participation, labels of the big nodes, legend)
/// fitted into target with its aspect kept. For the map exports and the annual report; any QPainter works
/// (QImage, QPdfWriter, QSvgGenerator).
void drawNetworkMap(QPainter& painter, const QRectF& target, const NetworkGraph& graph, const NetworkLayout& layout,
                    const MapStyle& style = {});

/// Draws the sector legend in the top-right corner of target: each sector's colour, its share of the attendance
/// as a percentage and a bar, the sectors that carry the council first. unit scales text and spacing (about a
/// sixth of the text height). Returns the rectangle drawn (empty without sectors).
QRectF drawSectorLegend(QPainter& painter, const QRectF& target, const NetworkGraph& graph, double unit,
                        bool caption = true);

/// How opaque (0-255) a link is drawn: stronger links darker, and the more links on the map the fainter the weak
/// ones, so thousands of links do not grey the whole map. share: sqrt(weight / max weight), in [0, 1].
int linkAlpha(double share, size_t linkCount);

/// The indices of the nodes that get a label: the largest by participation, then betweenness, then name.
std::vector<int> labelledNodes(const NetworkGraph& graph, int count);

} // namespace maillage
