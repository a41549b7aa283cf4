// SPDX-License-Identifier: EUPL-1.2
// The map read by a person: at 400 organisations the names shown never cover one another nor the legend, and
// the exports keep every label inside the page. The hidden [look] case writes the pictures to look at.
#include "core/demo/DemoCouncil.h"
#include "core/network/NetworkLayout.h"
#include "core/network/NetworkPainter.h"
#include "tests/support/Catch.h"
#include "tests/support/TestDatabase.h"
#include "ui/network/NetworkMapPage.h"
#include "ui/network/NetworkMapView.h"
#include "ui/network/NetworkSection.h"

#include <QDir>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QImage>
#include <QPainter>
#include <QSettings>
#include <QSvgRenderer>

using namespace maillage;

namespace {

// 400 organisations in 8 sectors, each sector meeting in its own working group and a plenary for all.
NetworkData bigNetwork()
{
    NetworkData data;
    data.from = QDate(2025, 1, 1);
    data.to = QDate(2025, 12, 31);
    const QStringList colours{"#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf"};
    for (int s = 0; s < 8; ++s)
        data.sectors.push_back({s + 1, QStringLiteral("Secteur %1").arg(s + 1), colours[s], s + 1});
    for (int i = 1; i <= 400; ++i)
        data.organisations.push_back({i, QStringLiteral("Organisation partenaire %1").arg(i), {}, 1 + i % 8, true});
    data.instances = {{1, QStringLiteral("Plénière")}};
    for (int g = 0; g < 8; ++g)
        data.instances.push_back({g + 2, QStringLiteral("Groupe %1").arg(g + 1)});
    qint64 meeting = 0;
    for (int m = 0; m < 40; ++m) {
        ++meeting;
        for (int k = 0; k < 30; ++k) // a plenary: 30 of the 400 come
            data.presences.push_back({meeting, 1, data.from.addDays(m * 7), 1 + (m * 37 + k * 13) % 400});
        ++meeting;
        for (int k = 0; k < 8; ++k) // a working group: organisations of one sector
            data.presences.push_back(
                {meeting, 2 + m % 8, data.from.addDays(m * 7 + 1), 1 + (m % 8) + 8 * ((m + k * 5) % 50)});
    }
    return data;
}

std::vector<QRectF> shownLabels(const ui::NetworkMapView& view)
{
    std::vector<QRectF> boxes;
    for (QGraphicsItem* item : view.scene()->items())
        if (auto* label = dynamic_cast<QGraphicsSimpleTextItem*>(item); label && label->isVisible()) {
            const QPointF anchor = view.mapFromScene(label->pos());
            const QRectF box = label->boundingRect();
            boxes.emplace_back(anchor.x() - box.width() / 2, anchor.y() + 1, box.width(), box.height());
        }
    return boxes;
}

} // namespace

TEST_CASE("At 400 organisations the names shown on the map cover neither one another nor the legend", "[ui][network]")
{
    const NetworkGraph graph = buildNetworkGraph(bigNetwork());
    REQUIRE(graph.nodes.size() == 400);
    const NetworkLayout layout = computeLayout(graph);
    ui::NetworkMapView view;
    view.resize(1000, 700);
    view.setNetwork(graph, layout);
    view.fitAll();
    const std::vector<QRectF> labels = shownLabels(view);
    CHECK(labels.size() >= 10); // the biggest partners are named…
    CHECK(labels.size() < 400); // …but not all 400 at once
    CHECK(view.visibleLabelCount() == int(labels.size()));
    const QRectF legend = view.legend()->geometry();
    for (size_t i = 0; i < labels.size(); ++i) {
        CHECK_FALSE(labels[i].intersects(legend));
        for (size_t j = i + 1; j < labels.size(); ++j)
            CHECK_FALSE(labels[i].adjusted(1, 1, -1, -1).intersects(labels[j]));
    }
    // Zooming in names more of them.
    view.zoomBy(3);
    CHECK(view.visibleLabelCount() > int(labels.size()));
}

TEST_CASE("The map drawn for the exports keeps discs and legend inside the target", "[ui][network]")
{
    const NetworkGraph graph = buildNetworkGraph(bigNetwork());
    const NetworkLayout layout = computeLayout(graph);
    for (const QSize size : {QSize(1600, 1100), QSize(900, 1300)}) {
        INFO(size.width() << "x" << size.height());
        QImage image(size, QImage::Format_ARGB32);
        image.fill(Qt::white);
        const QRect target(40, 40, size.width() - 80, size.height() - 80);
        {
            QPainter painter(&image);
            drawNetworkMap(painter, target, graph, layout);
        }
        // Nothing is drawn in the margin around target: no label or legend spills out of the page.
        bool spilled = false;
        for (int y = 0; y < size.height() && !spilled; y += 2)
            for (int x = 0; x < size.width(); x += 2)
                if (!target.adjusted(-2, -2, 2, 2).contains(x, y) && image.pixel(x, y) != qRgb(255, 255, 255)) {
                    spilled = true;
                    break;
                }
        CHECK_FALSE(spilled);
    }
}

TEST_CASE("Pictures of the map to look at (MAILLAGE_LOOK_DIR)", "[.][look]")
{
    const QDir out(qEnvironmentVariable("MAILLAGE_LOOK_DIR", QDir::tempPath()));
    QSettings().remove(QStringLiteral("network"));
    test::TestDatabase fixture;
    Database& db = fixture.db();
    REQUIRE(demo::generateDemoCouncil(db, QDate(2026, 6, 15)));
    ui::NetworkSection section;
    section.resize(1150, 760);
    section.setDatabase(&db);
    section.show();
    ui::NetworkMapPage* page = section.mapPage();
    page->setPeriod(QDate(2025, 1, 1), QDate(2025, 12, 31));
    for (const char* name : {"network-demo.pdf", "network-demo.svg", "network-demo.png"})
        CHECK(page->exportImage(out.filePath(QString::fromLatin1(name))));
    CHECK(section.grab().save(out.filePath(QStringLiteral("network-demo-screen.png"))));
    QSvgRenderer svg(out.filePath(QStringLiteral("network-demo.svg")));
    REQUIRE(svg.isValid());
    QImage fromSvg(1600, 1100, QImage::Format_ARGB32);
    fromSvg.fill(Qt::white);
    {
        QPainter painter(&fromSvg);
        svg.render(&painter);
    }
    CHECK(fromSvg.save(out.filePath(QStringLiteral("network-demo-svg.png"))));
    // As the annual report draws it: a portrait page, the legend below the map.
    QImage portrait(1000, 1300, QImage::Format_ARGB32);
    portrait.fill(Qt::white);
    {
        QPainter painter(&portrait);
        drawNetworkMap(painter, QRectF(40, 40, 920, 1220), page->graph(), page->layout());
    }
    CHECK(portrait.save(out.filePath(QStringLiteral("network-demo-portrait.png"))));

    const NetworkGraph graph = buildNetworkGraph(bigNetwork());
    ui::NetworkMapView view;
    view.resize(1000, 700);
    view.show();
    view.setNetwork(graph, computeLayout(graph));
    CHECK(view.grab().save(out.filePath(QStringLiteral("network-400-screen.png"))));
}
