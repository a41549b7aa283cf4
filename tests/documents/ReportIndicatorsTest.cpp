// SPDX-License-Identifier: EUPL-1.2
#include "core/demo/DemoCouncil.h"
#include "core/report/IndicatorCsv.h"
#include "core/storage/CouncilRepository.h"
#include "tests/support/Catch.h"
#include "tests/support/TestDatabase.h"

#include <QFile>
#include <QTemporaryDir>

using namespace maillage;

TEST_CASE("The indicators CSV has one row per council with the national survey's dimensions",
          "[documents][report][db]")
{
    test::TestDatabase fx;
    Database& db = fx.db();
    REQUIRE(demo::generateDemoCouncil(db, QDate(2026, 6, 15)).ok());
    Council other;
    other.name = QStringLiteral("CLSM du Val; de Brume");
    REQUIRE(CouncilRepository(db).create(other).ok());

    QTemporaryDir folder;
    const QString path = folder.path() + QStringLiteral("/indicators.csv");
    REQUIRE(IndicatorCsv::write(db, ReportPeriod::year(2025), {}, path).ok());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 3);
    const QStringList header = lines[0].split(u';');
    const int held = int(header.indexOf(QStringLiteral("Plenary assemblies held")));
    const int sism = int(header.indexOf(QStringLiteral("SISM events")));
    REQUIRE(held > 0);
    REQUIRE(sism > 0);
    CHECK(header.contains(QStringLiteral("Coordinator (FTE %)")));
    CHECK(header.contains(QStringLiteral("Pillar Carer: contacts")));

    auto demoFigures = computeReportFigures(db, ReportPeriod::year(2025), {CouncilRepository(db).first()->id});
    REQUIRE(demoFigures.ok());
    int plenaries = 0, sismEvents = 0;
    for (const InstanceFigures& i : demoFigures->instances)
        if (i.kind == InstanceKind::Plenary)
            plenaries += i.held;
    for (const EventKindFigures& e : demoFigures->events)
        if (e.kind == EventKind::Sism)
            sismEvents = e.events;
    const QString demoRow = lines[1].startsWith(u'"') ? lines[2] : lines[1];
    const QString otherRow = lines[1].startsWith(u'"') ? lines[1] : lines[2];
    CHECK(demoRow.split(u';').value(held) == QString::number(plenaries));
    CHECK(demoRow.split(u';').value(sism) == QString::number(sismEvents));
    CHECK(otherRow.startsWith(QStringLiteral("\"CLSM du Val; de Brume\";")));
}
