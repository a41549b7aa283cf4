// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/network/NetworkGraph.h"
#include "core/network/NetworkLayout.h"

#include <QGraphicsView>

#include <vector>

class QGraphicsEllipseItem;
class QGraphicsSimpleTextItem;
class QWidget;

namespace maillage::ui {

/// The network map: sector-coloured discs sized by participation, links as wide as their weight (tooltip: weight
/// and kinds), labels on the big nodes. Wheel / Ctrl++ / Ctrl+- zoom, drag to pan, click a disc to select it.
class NetworkMapView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit NetworkMapView(QWidget* parent = nullptr);

    void setNetwork(const NetworkGraph& graph, const NetworkLayout& layout);
    /// Rings the node and centres the view on it; -1 clears.
    void highlight(int index);
    int highlighted() const { return m_highlighted; }
    void zoomBy(double factor);
    void fitAll();
    /// The sector legend drawn over the top-right corner (share of attendance by sector).
    QWidget* legend() const { return m_legend; }
    /// How many organisation names are shown (those that fit without covering one another at this zoom).
    int visibleLabelCount() const;

signals:
    void nodeActivated(int index);

protected:
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    void placeLegend();
    void updateLabels();

    bool m_zoomed = false; ///< the user zoomed: resizing keeps their zoom
    double m_fitZoom = 0;  ///< the scale that shows the whole map
    NetworkGraph m_graph;  ///< what the legend summarises
    QWidget* m_legend = nullptr;

    std::vector<QGraphicsEllipseItem*> m_nodes;
    std::vector<QGraphicsSimpleTextItem*> m_labels; ///< most important first
    QGraphicsEllipseItem* m_ring = nullptr;
    int m_highlighted = -1;
};

} // namespace maillage::ui
