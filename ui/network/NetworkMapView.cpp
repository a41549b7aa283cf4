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

#include <algorithm>
#include <cmath>

namespace maillage::ui {

namespace {

constexpr int kIndexKey = 0;
constexpr int kRadiusKey = 1;

/// An organisation's name on a light backing, readable over discs and links.
class LabelItem : public QGraphicsSimpleTextItem
{
public:
    using QGraphicsSimpleTextItem::QGraphicsSimpleTextItem;

    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override
    {
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(255, 255, 255, 190));
        painter->drawRoundedRect(boundingRect().adjusted(-1, 0, 1, 0), 2, 2);
        QGraphicsSimpleTextItem::paint(painter, option, widget);
    }
};

/// Paints the sector legend of the view's graph; passes the mouse through to the map.
class LegendOverlay : public QWidget
{
public:
    LegendOverlay(const NetworkGraph& graph, QWidget* parent) : QWidget(parent), m_graph(graph)
    {
        setObjectName(QStringLiteral("networkLegend"));
        setAttribute(Qt::WA_TransparentForMouseEvents);
    }

    static double unit(const QFont& font) { return QFontInfo(font).pixelSize() * 0.9 / 1.6; }

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
    m_legend->setHidden(m_graph.nodes.empty());
    m_legend->update();
}

void NetworkMapView::setNetwork(const NetworkGraph& graph, const NetworkLayout& layout)
{
    scene()->clear();
    m_nodes.clear();
    m_ring = nullptr;
    m_labels.clear();
    m_highlighted = -1;
    m_graph = graph;
    const double maxWeight = std::max(1, graph.maxWeight());
    for (const NetworkEdge& edge : graph.edges) {
        const double share = std::sqrt(edge.weight() / maxWeight);
        const QColor colour(90, 100, 120, linkAlpha(share, graph.edges.size()));
        auto* line = scene()->addLine(
            QLineF(layout.positions[size_t(edge.source)], layout.positions[size_t(edge.target)]),
            QPen(colour, 0.6 + 6 * share));
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
        disc->setToolTip(
            tr("%1\n%2\n%n meeting(s) attended", nullptr, node.participation).arg(node.name, node.sectorLabel));
        m_nodes.push_back(disc);
    }
    // Every organisation may get a label, at a fixed screen size; updateLabels() shows those that fit.
    m_labels.clear();
    QFont font = this->font();
    font.setPointSizeF(8);
    for (int index : labelledNodes(graph, int(graph.nodes.size()))) {
        const QString label = QFontMetrics(font).elidedText(graph.nodes[size_t(index)].label, Qt::ElideRight, 110);
        auto* text = new LabelItem(label);
        text->setFont(font);
        scene()->addItem(text);
        const QRectF box = text->boundingRect();
        text->setFlag(QGraphicsItem::ItemIgnoresTransformations);
        text->setPos(layout.positions[size_t(index)] + QPointF(0, layout.radii[size_t(index)]));
        text->setTransform(QTransform::fromTranslate(-box.width() / 2, 1));
        text->setZValue(20);
        text->setBrush(QColor(30, 30, 30));
        text->setData(kRadiusKey, layout.radii[size_t(index)]);
        m_labels.push_back(text);
    }
    fitAll();
}

void NetworkMapView::updateLabels()
{
    // In order of importance, a label shows when it covers neither a shown label nor the legend.
    std::vector<QRect> taken;
    if (!m_legend->isHidden())
        taken.push_back(m_legend->geometry().adjusted(-4, -4, 4, 4));
    // Small discs get a name only once zoomed in enough, and a whole map shows about one name per 110 × 110
    // pixels: a crowd of names hides the map.
    const double zoom = transform().m11();
    const double magnification = m_fitZoom > 0 ? std::max(1.0, zoom / m_fitZoom) : 1.0;
    const double area = double(viewport()->width()) * viewport()->height();
    const auto budget = size_t(12 + area / 12000.0 * magnification * magnification);
    for (size_t rank = 0; rank < m_labels.size(); ++rank) {
        QGraphicsSimpleTextItem* label = m_labels[rank];
        const QPoint anchor = mapFromScene(label->pos());
        const QRectF box = label->boundingRect();
        const QRect onScreen(anchor.x() - int(box.width() / 2), anchor.y() + 1, int(box.width()), int(box.height()));
        const bool bigEnough = rank < 12 || (rank < budget && label->data(kRadiusKey).toDouble() * zoom >= 6);
        const bool free = bigEnough && std::none_of(taken.begin(), taken.end(),
                                                    [&](const QRect& other) { return other.intersects(onScreen); });
        label->setVisible(free);
        if (free)
            taken.push_back(onScreen.adjusted(-2, 0, 2, 0));
    }
}

int NetworkMapView::visibleLabelCount() const
{
    return int(std::count_if(m_labels.begin(), m_labels.end(), [](auto* label) { return label->isVisible(); }));
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
    updateLabels();
}

void NetworkMapView::fitAll()
{
    placeLegend();
    m_zoomed = false;
    QRectF scene;
    for (const QGraphicsEllipseItem* disc : m_nodes)
        scene = scene.united(disc->sceneBoundingRect());
    if (m_nodes.empty() || scene.isEmpty())
        return;
    scene.adjust(-20, -20, 20, 30); // room for the names under the discs
    // The legend hides no organisation: the map goes beside it or below it, whichever shows it larger.
    const QSizeF legend = m_legend->isHidden() ? QSizeF() : QSizeF(m_legend->size()) + QSizeF(16, 16);
    const double width = viewport()->width(), height = viewport()->height();
    const double beside = std::min(std::max(50.0, width - legend.width()) / scene.width(), height / scene.height());
    const double below = std::min(width / scene.width(), std::max(50.0, height - legend.height()) / scene.height());
    const double factor = std::max(beside, below);
    const QRectF withLegend = beside >= below ? scene.adjusted(0, 0, legend.width() / factor, 0)
                                              : scene.adjusted(0, -legend.height() / factor, 0, 0);
    setSceneRect(withLegend);
    setTransform(QTransform::fromScale(factor, factor));
    m_fitZoom = factor;
    centerOn(withLegend.center());
    updateLabels();
}

void NetworkMapView::resizeEvent(QResizeEvent* event)
{
    QGraphicsView::resizeEvent(event);
    if (!m_zoomed) { // the map was laid out before the view had its size: keep it fitted
        fitAll();
    } else {
        placeLegend();
        updateLabels();
    }
}

void NetworkMapView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    updateLabels(); // labels that slid under the legend give way
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
