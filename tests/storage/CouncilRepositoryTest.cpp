// SPDX-License-Identifier: EUPL-1.2
#include "core/storage/CouncilRepository.h"
#include "core/storage/SqlQuery.h"
#include "tests/storage/RepositoryChecks.h"
#include "tests/support/TestDatabase.h"

#include "tests/support/Catch.h"

#include <QSqlQuery>

using namespace maillage;
using maillage::test::rowCount;

namespace {

Council sampleCouncil()
{
    Council council;
    council.name = QStringLiteral("CLSM de Roubaix");
    council.shortName = QStringLiteral("CLSM Roubaix");
    council.kind = CouncilKind::Intercommunal;
    council.createdOn = QDate(2014, 3, 12);
    council.chairs = QStringLiteral("Maire de Roubaix\nChef de pôle EPSM");
    council.coordinatorName = QStringLiteral("Élise Dupont");
    council.coordinatorFtePercent = 80;
    council.coordinatorEmployer = QStringLiteral("Ville de Roubaix");
    council.coordinatorFunding = QStringLiteral("ARS 50 %\nVille 50 %");
    council.conventions = QStringLiteral("Convention cadre 2022");
    council.situationsEnabled = true;
    council.notes = QStringLiteral("Notes « libres »");
    Commune roubaix;
    roubaix.name = QStringLiteral("Roubaix");
    roubaix.inseeCode = QStringLiteral("59512");
    roubaix.population = 98000;
    roubaix.qpvCount = 9;
    roubaix.validFrom = QDate(2014, 1, 1);
    Commune wattrelos;
    wattrelos.name = QStringLiteral("Wattrelos");
    wattrelos.inseeCode = QStringLiteral("59650");
    wattrelos.population = 40000;
    wattrelos.validFrom = QDate(2018, 1, 1);
    wattrelos.validTo = QDate(2030, 12, 31);
    council.communes = {roubaix, wattrelos};
    PsychiatricSector adult;
    adult.name = QStringLiteral("59G20");
    adult.population = SectorPopulation::Adult;
    adult.establishment = QStringLiteral("EPSM Lille-Métropole");
    PsychiatricSector child;
    child.name = QStringLiteral("59I05");
    child.population = SectorPopulation::Child;
    child.establishment = QStringLiteral("CH Roubaix");
    child.validFrom = QDate(2020, 9, 1);
    council.psychiatricSectors = {adult, child};
    return council;
}

void checkSameCouncil(const Council& read, const Council& written)
{
    CHECK(read.id == written.id);
    CHECK(read.version == written.version);
    CHECK(read.name == written.name);
    CHECK(read.shortName == written.shortName);
    CHECK(read.kind == written.kind);
    CHECK(read.createdOn == written.createdOn);
    CHECK(read.chairs == written.chairs);
    CHECK(read.coordinatorName == written.coordinatorName);
    CHECK(read.coordinatorFtePercent == written.coordinatorFtePercent);
    CHECK(read.coordinatorEmployer == written.coordinatorEmployer);
    CHECK(read.coordinatorFunding == written.coordinatorFunding);
    CHECK(read.conventions == written.conventions);
    CHECK(read.situationsEnabled == written.situationsEnabled);
    CHECK(read.notes == written.notes);
    REQUIRE(read.communes.size() == written.communes.size());
    for (std::size_t i = 0; i < read.communes.size(); ++i) {
        const Commune& a = read.communes[i];
        const Commune& b = written.communes[i];
        CHECK(a.id == b.id);
        CHECK(a.councilId == written.id);
        CHECK(a.name == b.name);
        CHECK(a.inseeCode == b.inseeCode);
        CHECK(a.population == b.population);
        CHECK(a.qpvCount == b.qpvCount);
        CHECK(a.validFrom == b.validFrom);
        CHECK(a.validTo == b.validTo);
    }
    REQUIRE(read.psychiatricSectors.size() == written.psychiatricSectors.size());
    for (std::size_t i = 0; i < read.psychiatricSectors.size(); ++i) {
        const PsychiatricSector& a = read.psychiatricSectors[i];
        const PsychiatricSector& b = written.psychiatricSectors[i];
        CHECK(a.id == b.id);
        CHECK(a.councilId == written.id);
        CHECK(a.name == b.name);
        CHECK(a.population == b.population);
        CHECK(a.establishment == b.establishment);
        CHECK(a.validFrom == b.validFrom);
        CHECK(a.validTo == b.validTo);
    }
}

} // namespace

TEST_CASE("A council and its territory are stored and read back whole", "[db]")
{
    test::TestDatabase fx;
    CouncilRepository repo(fx.db());
    Council council = sampleCouncil();
    REQUIRE_OK(repo.create(council));
    CHECK(council.id > 0);
    CHECK(council.version == 1);
    CHECK(council.createdAt.isValid());
    for (const Commune& commune : council.communes) {
        CHECK(commune.id > 0);
        CHECK(commune.councilId == council.id);
    }
    for (const PsychiatricSector& sector : council.psychiatricSectors)
        CHECK(sector.id > 0);

    fx.reopen();
    CouncilRepository reopened(fx.db());
    auto read = reopened.get(council.id);
    REQUIRE(read.ok());
    checkSameCouncil(read.value(), council);
    CHECK(read->chairList() == QStringList{QStringLiteral("Maire de Roubaix"), QStringLiteral("Chef de pôle EPSM")});
    CHECK(read->createdAt == council.createdAt);
}

TEST_CASE("Updating a council replaces its territory and keeps the ids of what stays", "[db]")
{
    test::TestDatabase fx;
    CouncilRepository repo(fx.db());
    Council council = sampleCouncil();
    REQUIRE_OK(repo.create(council));
    const qint64 roubaixId = council.communes[0].id;
    const qint64 wattrelosId = council.communes[1].id;

    council.name = QStringLiteral("CLSM Roubaix-Wattrelos");
    council.kind = CouncilKind::Communal;
    council.situationsEnabled = false;
    council.communes[0].population = 99000;
    council.communes.erase(council.communes.begin() + 1); // Wattrelos leaves
    Commune leers;
    leers.name = QStringLiteral("Leers");
    leers.inseeCode = QStringLiteral("59339");
    council.communes.push_back(leers);
    council.psychiatricSectors.clear();
    REQUIRE_OK(repo.update(council));
    CHECK(council.version == 2);
    CHECK(council.communes[0].id == roubaixId);
    CHECK(council.communes[1].id > 0);
    CHECK(council.communes[1].id != wattrelosId);

    auto read = repo.get(council.id);
    REQUIRE(read.ok());
    // Read back sorted by name: Leers before Roubaix.
    std::swap(council.communes[0], council.communes[1]);
    checkSameCouncil(read.value(), council);
    CHECK(rowCount(fx.db(), QStringLiteral("commune")) == 2);
    CHECK(rowCount(fx.db(), QStringLiteral("psychiatric_sector")) == 0);
}

TEST_CASE("Councils are listed by name; first() gives the oldest", "[db]")
{
    test::TestDatabase fx;
    CouncilRepository repo(fx.db());
    CHECK(repo.first().error().kind == Error::Kind::NotFound);
    CHECK(repo.count() == 0);
    auto empty = repo.list();
    REQUIRE(empty.ok());
    CHECK(empty->empty());

    Council zeta;
    zeta.name = QStringLiteral("Zeta");
    REQUIRE_OK(repo.create(zeta));
    Council alpha = sampleCouncil();
    alpha.name = QStringLiteral("Alpha");
    REQUIRE_OK(repo.create(alpha));
    Council middle;
    middle.name = QStringLiteral("Middle");
    REQUIRE_OK(repo.create(middle));

    auto list = repo.list();
    REQUIRE(list.ok());
    REQUIRE(list->size() == 3);
    CHECK(list->at(0).name == QStringLiteral("Alpha"));
    CHECK(list->at(1).name == QStringLiteral("Middle"));
    CHECK(list->at(2).name == QStringLiteral("Zeta"));
    CHECK(list->at(0).communes.size() == 2); // children come with the list
    CHECK(list->at(0).psychiatricSectors.size() == 2);
    CHECK(list->at(1).communes.empty());
    CHECK(repo.count() == 3);

    auto first = repo.first();
    REQUIRE(first.ok());
    CHECK(first->id == zeta.id);
    CHECK(first->name == QStringLiteral("Zeta"));
}

TEST_CASE("An invalid council or commune is refused and nothing is written", "[db]")
{
    test::TestDatabase fx;
    CouncilRepository repo(fx.db());
    Council council = sampleCouncil();
    SECTION("missing name")
    {
        council.name = QStringLiteral("  ");
        const Status status = repo.create(council);
        REQUIRE_FALSE(status.ok());
        CHECK(status.error().kind == Error::Kind::Invalid);
        CHECK(status.error().message.contains(QStringLiteral("Council name")));
    }
    SECTION("bad commune")
    {
        council.communes[1].inseeCode = QStringLiteral("123");
        const Status status = repo.create(council);
        REQUIRE_FALSE(status.ok());
        CHECK(status.error().kind == Error::Kind::Invalid);
        CHECK(status.error().message.contains(QStringLiteral("INSEE code")));
    }
    CHECK(council.id == 0);
    CHECK(council.communes[0].id == 0);
    CHECK(rowCount(fx.db(), QStringLiteral("council")) == 0);
    CHECK(rowCount(fx.db(), QStringLiteral("commune")) == 0);
}

TEST_CASE("A council changed by someone else is not overwritten", "[db]")
{
    test::TestDatabase fx;
    CouncilRepository repo(fx.db());
    Council council = sampleCouncil();
    REQUIRE_OK(repo.create(council));
    Council mine = repo.get(council.id).value();
    Council theirs = repo.get(council.id).value();
    theirs.name = QStringLiteral("Their name");
    REQUIRE_OK(repo.update(theirs));

    mine.name = QStringLiteral("My name");
    mine.communes.clear();
    const Status status = repo.update(mine);
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().kind == Error::Kind::Conflict);
    CHECK(mine.version == 1); // the caller's copy is left as it was

    auto stored = repo.get(council.id);
    REQUIRE(stored.ok());
    CHECK(stored->name == QStringLiteral("Their name"));
    CHECK(stored->version == 2);
    CHECK(stored->communes.size() == 2);
}

TEST_CASE("A council save that fails on a commune leaves everything as it was", "[db]")
{
    test::TestDatabase fx;
    CouncilRepository repo(fx.db());
    Council council = sampleCouncil();
    REQUIRE_OK(repo.create(council));
    // A rule only the database knows: no two communes of the same name in a council.
    QSqlQuery ddl(fx.db().connection());
    REQUIRE(ddl.exec(QStringLiteral("CREATE UNIQUE INDEX test_commune_name ON commune(council_id, name)")));

    Council changed = council;
    changed.name = QStringLiteral("Renamed");
    changed.communes[0].population = 1;
    Commune duplicate;
    duplicate.name = changed.communes[1].name;
    changed.communes.push_back(duplicate);
    changed.psychiatricSectors.pop_back();
    const Status status = repo.update(changed);
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().kind == Error::Kind::Constraint);
    CHECK(changed.version == council.version);
    CHECK(changed.communes.back().id == 0);

    auto stored = repo.get(council.id);
    REQUIRE(stored.ok());
    checkSameCouncil(stored.value(), council);

    // The same rule on create: no council is left half-written.
    Council twin = sampleCouncil();
    twin.communes[1].name = twin.communes[0].name;
    CHECK(repo.create(twin).error().kind == Error::Kind::Constraint);
    CHECK(repo.count() == 1);
    CHECK(rowCount(fx.db(), QStringLiteral("commune")) == 2);
}

TEST_CASE("Deleting a council deletes its territory", "[db]")
{
    test::TestDatabase fx;
    CouncilRepository repo(fx.db());
    Council council = sampleCouncil();
    REQUIRE_OK(repo.create(council));
    Council other;
    other.name = QStringLiteral("Other");
    other.communes = {council.communes[0]};
    REQUIRE_OK(repo.create(other));
    CHECK(other.communes[0].id != council.communes[0].id); // copied, not shared

    REQUIRE(repo.remove(council.id).ok());
    CHECK(repo.get(council.id).error().kind == Error::Kind::NotFound);
    CHECK(rowCount(fx.db(), QStringLiteral("commune")) == 1);
    CHECK(rowCount(fx.db(), QStringLiteral("psychiatric_sector")) == 0);
    CHECK(repo.remove(council.id).error().kind == Error::Kind::NotFound);
}

TEST_CASE("An unknown stored council kind reads as the first kind", "[db]")
{
    test::TestDatabase fx;
    CouncilRepository repo(fx.db());
    Council council = sampleCouncil();
    REQUIRE_OK(repo.create(council));
    SqlQuery query(fx.db(), QStringLiteral("UPDATE council SET kind = 'metropolitan' WHERE id = :id"));
    query.bind(QStringLiteral(":id"), council.id);
    REQUIRE(query.exec(QStringLiteral("test")).ok());
    auto read = repo.get(council.id);
    REQUIRE(read.ok());
    CHECK(read->kind == CouncilKind::InfraCommunal);
}
