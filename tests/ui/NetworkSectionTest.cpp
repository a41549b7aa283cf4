// SPDX-License-Identifier: EUPL-1.2
#include "core/demo/DemoCouncil.h"
#include "core/network/NetworkLayout.h"
#include "core/storage/NetworkQueries.h"
#include "tests/support/Catch.h"
#include "tests/support/TestDatabase.h"
#include "ui/network/NetworkMapPage.h"
#include "ui/network/NetworkMapView.h"
#include "ui/network/NetworkSection.h"
#include "ui/network/ParticipationPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QGraphicsScene>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QToolButton>
#include <QSlider>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>

using namespace maillage;

namespace {

qint64 fileSize(const QString& path)
{
    return QFile(path).size();
}

} // namespace

TEST_CASE("Network map of the demo council: deterministic, no overlap, filters, search and exports", "[ui][network]")
{
    test::TestDatabase fixture;
    Database& db = fixture.db();
    REQUIRE(demo::generateDemoCouncil(db, QDate(2026, 6, 15)));

    // The same data gives the same picture, and no two discs overlap.
    auto data = NetworkQueries(db).load(QDate(2025, 1, 1), QDate(2025, 12, 31));
    REQUIRE(data);
    const NetworkGraph graph = buildNetworkGraph(data.value());
    REQUIRE(graph.nodes.size() > 20);
    const NetworkLayout first = computeLayout(graph);
    const NetworkLayout second = computeLayout(buildNetworkGraph(data.value()));
    CHECK(first.positions == second.positions);
    CHECK_FALSE(first.hasOverlap());

    QSettings().remove(QStringLiteral("network")); // the filters remembered by an earlier run
    ui::NetworkSection section;
    section.resize(1300, 800);
    section.setDatabase(&db);
    ui::NetworkMapPage* page = section.mapPage();
    page->setPeriod(QDate(2025, 1, 1), QDate(2025, 12, 31));
    const size_t all = page->graph().nodes.size();
    CHECK(all == graph.nodes.size());
    CHECK(page->view()->scene()->items().size() > int(all));
    CHECK(page->findChild<QTextBrowser*>(QStringLiteral("networkCarriers"))->toPlainText().contains(
        graph.nodes.front().sectorLabel.isEmpty() ? QString() : QStringLiteral("%")));

    // Sector filter, several at once, ticked in the list: only those sectors' organisations remain.
    auto* sectors = page->findChild<QListWidget*>(QStringLiteral("networkSectorList"));
    REQUIRE(sectors->count() > 2);
    sectors->item(0)->setCheckState(Qt::Checked);
    const qint64 sectorId = sectors->item(0)->data(Qt::UserRole).toLongLong();
    REQUIRE_FALSE(page->graph().nodes.empty());
    for (const NetworkNode& node : page->graph().nodes)
        CHECK(node.sectorId == sectorId);
    CHECK(page->findChild<QToolButton*>(QStringLiteral("networkSector"))->text() == sectors->item(0)->text());
    const size_t oneSector = page->graph().nodes.size();
    sectors->item(1)->setCheckState(Qt::Checked);
    const std::set<qint64> two{sectorId, sectors->item(1)->data(Qt::UserRole).toLongLong()};
    CHECK(page->selectedSectors() == two);
    CHECK(page->graph().nodes.size() > oneSector);
    for (const NetworkNode& node : page->graph().nodes)
        CHECK(two.count(node.sectorId) == 1);
    {
        // The choice is remembered: a new page shows the same two sectors.
        ui::NetworkSection again;
        again.setDatabase(&db);
        again.mapPage()->setPeriod(QDate(2025, 1, 1), QDate(2025, 12, 31));
        CHECK(again.mapPage()->selectedSectors() == two);
    }
    page->setSectors({});
    CHECK(page->graph().nodes.size() == all);

    // Minimum weight: the lighter links go, and the organisations left with none.
    const int heaviest = page->graph().maxWeight();
    REQUIRE(heaviest > 1);
    page->setMinimumWeight(heaviest);
    REQUIRE_FALSE(page->graph().edges.empty());
    for (const NetworkEdge& edge : page->graph().edges)
        CHECK(edge.weight() >= heaviest);
    CHECK(page->graph().nodes.size() < all);
    page->setMinimumWeight(1);
    CHECK(page->graph().nodes.size() == all);

    // The legend over the map names every sector shown.
    CHECK_FALSE(page->view()->legend()->isHidden());
    CHECK(page->view()->legend()->width() > 100);

    // Edge kinds: without co-attendance no edge has meetings together.
    page->findChild<QCheckBox*>(QStringLiteral("networkLinkCoAttendance"))->setChecked(false);
    for (const NetworkEdge& edge : page->graph().edges)
        CHECK(edge.coAttendance == 0);
    page->findChild<QCheckBox*>(QStringLiteral("networkLinkCoAttendance"))->setChecked(true);

    // Instance filter shrinks the map.
    auto* instance = page->findChild<QComboBox*>(QStringLiteral("networkInstance"));
    instance->setCurrentIndex(instance->count() - 1);
    CHECK(page->graph().nodes.size() < all);
    instance->setCurrentIndex(0);

    // Search highlights a node and opens its summary.
    const NetworkNode target = page->graph().nodes[page->graph().nodes.size() / 2];
    const int found = page->findNode(target.name.toUpper());
    REQUIRE(found >= 0);
    CHECK(page->graph().nodes[size_t(found)].name.contains(target.name, Qt::CaseInsensitive));
    CHECK(page->view()->highlighted() == found);
    CHECK(page->findChild<QTextBrowser*>(QStringLiteral("networkDetails"))->toPlainText().contains(
        page->graph().nodes[size_t(found)].name));

    // The year slider moves the period.
    auto* slider = page->findChild<QSlider*>(QStringLiteral("networkYearSlider"));
    CHECK(slider->minimum() == 2025);
    slider->setValue(2026);
    CHECK(page->graph().from == QDate(2026, 1, 1));

    QTemporaryDir dir;
    for (const QString& name : {QStringLiteral("map.png"), QStringLiteral("map.svg"), QStringLiteral("map.pdf")}) {
        INFO(name.toStdString());
        CHECK(page->exportImage(dir.filePath(name)));
        CHECK(fileSize(dir.filePath(name)) > 1000);
    }
    QFile pdf(dir.filePath(QStringLiteral("map.pdf")));
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    CHECK(pdf.read(5) == "%PDF-");
    CHECK(page->exportGraphMl(dir.filePath(QStringLiteral("net.graphml"))));
    CHECK(fileSize(dir.filePath(QStringLiteral("net.graphml"))) > 1000);
    CHECK(page->exportCsv(dir.filePath(QStringLiteral("net.csv"))));
    CHECK(fileSize(dir.filePath(QStringLiteral("net-elements.csv"))) > 100);
    CHECK(fileSize(dir.filePath(QStringLiteral("net-connections.csv"))) > 100);
}

TEST_CASE("Participation tab fills sortable tables and exports CSV", "[ui][network]")
{
    test::TestDatabase fixture;
    Database& db = fixture.db();
    REQUIRE(demo::generateDemoCouncil(db, QDate(2026, 6, 15)));
    ui::ParticipationPage page;
    page.setDatabase(&db);
    page.setPeriod(QDate(2025, 1, 1), QDate(2025, 12, 31));
    QTableView* organisations = page.table(0);
    REQUIRE(organisations->model()->rowCount() == int(page.report().byOrganisation.size()));
    CHECK(organisations->model()->rowCount() > 10);
    // Sort by rate (last column), descending: the first row has the highest rate.
    organisations->sortByColumn(5, Qt::DescendingOrder);
    const double top = organisations->model()->index(0, 5).data(Qt::UserRole).toDouble();
    for (int row = 1; row < organisations->model()->rowCount(); ++row)
        CHECK(organisations->model()->index(row, 5).data(Qt::UserRole).toDouble() <= top);
    CHECK(page.table(6)->model()->rowCount() == int(page.report().pillars.size()));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.csv"));
    page.tabs()->setCurrentIndex(1);
    REQUIRE(page.exportCsv(path));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(bytes.count('\n') == int(page.report().bySector.size()) + 1);
    CHECK(bytes.contains(';'));
}
