// SPDX-License-Identifier: EUPL-1.2
#include "core/demo/DemoCouncil.h"
#include "core/report/ReportFigures.h"
#include "core/storage/CouncilRepository.h"
#include "core/storage/SqlQuery.h"
#include "tests/support/Catch.h"
#include "tests/support/TestDatabase.h"

#include <QJsonArray>

using namespace maillage;

namespace {

int scalar(Database& db, const QString& statement)
{
    SqlQuery query(db, statement);
    REQUIRE(query.exec(QStringLiteral("count")).ok());
    REQUIRE(query.next());
    return query.value(0).toInt();
}

} // namespace

TEST_CASE("Report figures agree with the data of the demo council", "[exchange][report]")
{
    test::TestDatabase fixture;
    Database& db = fixture.db();
    REQUIRE(demo::generateDemoCouncil(db, QDate(2026, 6, 15)).ok());
    auto figures = computeReportFigures(db, ReportPeriod::year(2025));
    REQUIRE(figures.ok());
    const ReportFigures& f = figures.value();

    CHECK(f.councils.size() == 1);
    CHECK(f.meetingsHeld == scalar(db, QStringLiteral("SELECT COUNT(*) FROM meeting WHERE status = 'held' AND "
                                                      "starts_at >= '2025-01-01' AND starts_at < '2026-01-01'")));
    CHECK(f.meetingsHeld > 20);
    CHECK(f.meetingsCancelled == scalar(db, QStringLiteral("SELECT COUNT(*) FROM meeting WHERE status = 'cancelled' AND "
                                                           "starts_at >= '2025-01-01' AND starts_at < '2026-01-01'")));
    CHECK(f.decisions == scalar(db, QStringLiteral("SELECT COUNT(*) FROM decision d JOIN meeting m ON m.id = d.meeting_id "
                                                   "WHERE m.status = 'held' AND m.starts_at >= '2025-01-01' AND "
                                                   "m.starts_at < '2026-01-01'")));
    CHECK(f.turnout.present == scalar(db, QStringLiteral("SELECT COUNT(*) FROM attendance a JOIN meeting m ON m.id = a.meeting_id "
                                                         "WHERE a.is_guest = 0 AND m.status = 'held' AND "
                                                         "a.status IN ('present', 'represented') AND "
                                                         "m.starts_at >= '2025-01-01' AND m.starts_at < '2026-01-01'")));
    int bySector = 0;
    for (const SectorFigures& s : f.sectors)
        bySector += s.organisations;
    CHECK(bySector == f.activeOrganisations);
    CHECK(f.activeOrganisations > 100);
    CHECK(f.sheets == scalar(db, QStringLiteral("SELECT COUNT(*) FROM action_sheet")));
    CHECK(f.communes >= 4);
    CHECK(f.population > 0);
    int trained = 0;
    for (const EventKindFigures& e : f.events)
        if (e.kind == EventKind::PssmTraining)
            trained = e.peopleTrained;
    CHECK(trained == scalar(db, QStringLiteral("SELECT COALESCE(SUM(people_trained), 0) FROM event WHERE kind = 'pssm' "
                                               "AND starts_on >= '2025-01-01' AND starts_on <= '2025-12-31'")));
    CHECK(trained > 0);

    const QJsonObject json = reportFiguresJson(f);
    CHECK(json[QStringLiteral("governance")][QStringLiteral("meetingsHeld")].toInt() == f.meetingsHeld);
    CHECK(json[QStringLiteral("network")][QStringLiteral("sectors")].toArray().size() == int(f.sectors.size()));
}

TEST_CASE("Report figures: an empty year, a wrong period, small counts hidden, several councils", "[exchange][report]")
{
    test::TestDatabase fixture;
    Database& db = fixture.db();
    REQUIRE(demo::generateDemoCouncil(db, QDate(2026, 6, 15)).ok());

    auto empty = computeReportFigures(db, ReportPeriod::year(2019));
    REQUIRE(empty.ok());
    CHECK(empty->meetingsHeld == 0);
    CHECK_FALSE(empty->hasActivity());
    CHECK_FALSE(empty->turnout.rate().has_value());

    auto wrong = computeReportFigures(db, ReportPeriod{QDate(2026, 5, 1), QDate(2026, 4, 1)});
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().kind == Error::Kind::Invalid);

    CHECK_FALSE(ReportFigures::masked(3).has_value());
    CHECK(ReportFigures::masked(0) == 0);
    CHECK(ReportFigures::masked(7) == 7);
    CHECK(reportFiguresJson(ReportFigures{})[QStringLiteral("situations")][QStringLiteral("examined")].toInt() == 0);

    Council other;
    other.name = QStringLiteral("CLSM de Berville");
    REQUIRE(CouncilRepository(db).create(other).ok());
    auto all = computeReportFigures(db, ReportPeriod::year(2025));
    auto onlyOther = computeReportFigures(db, ReportPeriod::year(2025), {other.id});
    REQUIRE(all.ok());
    REQUIRE(onlyOther.ok());
    CHECK(all->councils.size() == 2);
    CHECK(onlyOther->councils == QStringList{QStringLiteral("CLSM de Berville")});
    CHECK(onlyOther->meetingsHeld == 0);
    CHECK(all->meetingsHeld > 0);
}
