// SPDX-License-Identifier: EUPL-1.2
#include "ui/network/NetworkMapView.h"

#include "core/network/NetworkPainter.h"

#include <QGraphicsEllipseItem>
#include <QGraphicsLineItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QFontInfo>
#include <QFontMetrics>
#include <QPainter>
#include <QPicture>
#include <QMouseEvent>
#include <QResizeEvent>
#include <QWheelEvent>

#include <cmath>

namespace maillage::ui {

namespace {

constexpr int kIndexKey = 0;

/// Paints the sector legend of the view's graph; passes the mouse through to the map.
class LegendOverlay : public QWidget
{
public:
    LegendOverlay(const NetworkGraph& graph, QWidget* parent) : QWidget(parent), m_graph(graph)
    {
        setObjectName(QStringLiteral("networkLegend"));
        setAttribute(Qt::WA_TransparentForMouseEvents);
    }

    static double unit(const QFont& font) { return QFontInfo(font).pixelSize() / 1.6; }

    QSize sizeFor(const QFont& font) const
    {
        QPicture picture; // measure without drawing: a picture records and is thrown away
        QPainter recorder(&picture);
        recorder.setFont(font);
        const QRectF box = drawSectorLegend(recorder, QRectF(0, 0, 10000, 10000), m_graph, unit(font));
        return box.size().toSize() + QSize(2, 2);
    }

protected:
    void paintEvent(QPaintEvent*) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setFont(font());
        drawSectorLegend(painter, QRectF(rect()).adjusted(0, 0, -1, -1), m_graph, unit(font()));
    }

private:
    const NetworkGraph& m_graph;
};

} // namespace

NetworkMapView::NetworkMapView(QWidget* parent) : QGraphicsView(parent)
{
    setObjectName(QStringLiteral("networkMapView"));
    setAccessibleName(tr("Network map"));
    setScene(new QGraphicsScene(this));
    setRenderHint(QPainter::Antialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setBackgroundBrush(Qt::white);
    m_legend = new LegendOverlay(m_graph, viewport());
}

void NetworkMapView::placeLegend()
{
    const QSize size = static_cast<LegendOverlay*>(m_legend)->sizeFor(font());
    const int margin = 8;
    m_legend->setGeometry(viewport()->width() - size.width() - margin, margin, size.width(), size.height());
    m_legend->setVisible(!m_graph.nodes.empty());
    m_legend->update();
}

void NetworkMapView::setNetwork(const NetworkGraph& graph, const NetworkLayout& layout)
{
    scene()->clear();
    m_nodes.clear();
    m_ring = nullptr;
    m_highlighted = -1;
    m_graph = graph;
    const double maxWeight = std::max(1, graph.maxWeight());
    for (const NetworkEdge& edge : graph.edges) {
        const double share = std::sqrt(edge.weight() / maxWeight);
        auto* line = scene()->addLine(QLineF(layout.positions[size_t(edge.source)],
                                             layout.positions[size_t(edge.target)]),
                                      QPen(QColor(90, 100, 120, int(35 + 150 * share)), 0.6 + 6 * share));
        line->setZValue(share);
        line->setToolTip(tr("%1 — %2\nWeight %3: %4")
                             .arg(graph.nodes[size_t(edge.source)].label, graph.nodes[size_t(edge.target)].label)
                             .arg(edge.weight())
                             .arg(edge.describe()));
    }
    for (size_t i = 0; i < graph.nodes.size(); ++i) {
        const NetworkNode& node = graph.nodes[i];
        const double r = layout.radii[i];
        auto* disc = scene()->addEllipse(QRectF(-r, -r, 2 * r, 2 * r), QPen(Qt::white, 1.5), node.color);
        disc->setPos(layout.positions[i]);
        disc->setZValue(10);
        disc->setData(kIndexKey, int(i));
        disc->setCursor(Qt::PointingHandCursor);
        disc->setToolTip(tr("%1\n%2\n%n meeting(s) attended", nullptr, node.participation).arg(node.name, node.sectorLabel));
        m_nodes.push_back(disc);
    }
    QFont font = this->font();
    font.setPointSizeF(8);
    for (int index : labelledNodes(graph, 40)) {
        const QString label = QFontMetrics(font).elidedText(graph.nodes[size_t(index)].label, Qt::ElideRight, 110);
        auto* text = scene()->addSimpleText(label, font);
        const QRectF box = text->boundingRect();
        text->setPos(layout.positions[size_t(index)] + QPointF(-box.width() / 2, layout.radii[size_t(index)] + 1));
        text->setZValue(20);
        text->setBrush(QColor(30, 30, 30));
    }
    fitAll();
}

void NetworkMapView::highlight(int index)
{
    delete m_ring;
    m_ring = nullptr;
    m_highlighted = index >= 0 && index < int(m_nodes.size()) ? index : -1;
    if (m_highlighted < 0)
        return;
    QGraphicsEllipseItem* disc = m_nodes[size_t(m_highlighted)];
    const QRectF rect = disc->rect().adjusted(-5, -5, 5, 5);
    m_ring = scene()->addEllipse(rect, QPen(QColor(0xd0, 0x30, 0x30), 3), Qt::NoBrush);
    m_ring->setPos(disc->pos());
    m_ring->setZValue(30);
    centerOn(disc);
}

void NetworkMapView::zoomBy(double factor)
{
    const double current = transform().m11();
    if ((factor > 1 && current > 20) || (factor < 1 && current < 0.02))
        return;
    scale(factor, factor);
    m_zoomed = true;
}

void NetworkMapView::fitAll()
{
    placeLegend();
    m_zoomed = false;
    const QRectF scene = this->scene()->itemsBoundingRect().adjusted(-20, -20, 20, 20);
    if (this->scene()->items().isEmpty() || scene.isEmpty())
        return;
    // Fit the map into what the legend leaves free on the left, so it hides no organisation.
    const double legendWidth = m_legend->isVisible() ? m_legend->width() + 16 : 0;
    const QRectF free(0, 0, std::max(50.0, viewport()->width() - legendWidth), viewport()->height());
    const double factor = std::min(free.width() / scene.width(), free.height() / scene.height());
    const QRectF withLegend = scene.adjusted(0, 0, legendWidth / factor, 0);
    setSceneRect(withLegend);
    setTransform(QTransform::fromScale(factor, factor));
    centerOn(withLegend.center());
}

void NetworkMapView::resizeEvent(QResizeEvent* event)
{
    QGraphicsView::resizeEvent(event);
    if (!m_zoomed) // the map was laid out before the view had its size: keep it fitted
        fitAll();
}

void NetworkMapView::wheelEvent(QWheelEvent* event)
{
    zoomBy(std::pow(1.0015, event->angleDelta().y()));
    event->accept();
}

void NetworkMapView::mousePressEvent(QMouseEvent* event)
{
    for (QGraphicsItem* item : items(event->pos()))
        if (item->data(kIndexKey).isValid()) {
            const int index = item->data(kIndexKey).toInt();
            highlight(index);
            emit nodeActivated(index);
            event->accept();
            return;
        }
    QGraphicsView::mousePressEvent(event);
}

} // namespace maillage::ui
