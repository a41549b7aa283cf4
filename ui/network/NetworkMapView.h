// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/network/NetworkGraph.h"
#include "core/network/NetworkLayout.h"

#include <QGraphicsView>

#include <vector>

class QGraphicsEllipseItem;
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

signals:
    void nodeActivated(int index);

protected:
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void placeLegend();

    bool m_zoomed = false; ///< the user zoomed: resizing keeps their zoom
    NetworkGraph m_graph;  ///< what the legend summarises
    QWidget* m_legend = nullptr;

    std::vector<QGraphicsEllipseItem*> m_nodes;
    QGraphicsEllipseItem* m_ring = nullptr;
    int m_highlighted = -1;
};

} // namespace maillage::ui
