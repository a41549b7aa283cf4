// SPDX-License-Identifier: EUPL-1.2
#include "core/storage/OrganisationRepository.h"
#include "core/storage/SectorRepository.h"
#include "tests/storage/RepositoryChecks.h"
#include "tests/support/TestDatabase.h"

#include "tests/support/Catch.h"

#include <QColor>

#include <set>

using namespace maillage;
using maillage::test::rowCount;

TEST_CASE("The default sectors are inserted once, with distinct colours and French labels", "[db]")
{
    test::TestDatabase fx;
    SectorRepository repo(fx.db());
    REQUIRE_OK(repo.ensureDefaults());
    auto list = repo.list();
    REQUIRE(list.ok());
    REQUIRE(list->size() == 15);
    CHECK(list->front().code == QStringLiteral("elus_collectivites"));
    CHECK(list->front().label == QStringLiteral("Élus et collectivités"));
    CHECK(list->at(1).label == QStringLiteral("Psychiatrie publique"));
    CHECK(list->at(12).label == QStringLiteral("Services de l'État et ARS"));
    CHECK(list->back().code == QStringLiteral("autre"));
    CHECK(list->back().label == QStringLiteral("Autre"));

    std::set<QString> codes;
    std::set<QString> colours;
    int previousPosition = -1;
    for (const Sector& sector : list.value()) {
        CHECK(sector.validate().isEmpty());
        CHECK(sector.position > previousPosition);
        previousPosition = sector.position;
        codes.insert(sector.code);
        colours.insert(sector.color);
        // Readable as a fill behind black or white text: neither near-white nor invisible.
        CHECK(QColor(sector.color).lightness() < 200);
    }
    CHECK(codes.size() == 15);
    CHECK(colours.size() == 15);

    // A second call, or a call on a renamed list, adds nothing.
    Sector renamed = list->front();
    renamed.label = QStringLiteral("Élus");
    REQUIRE_OK(repo.update(renamed));
    REQUIRE_OK(repo.ensureDefaults());
    CHECK(repo.count() == 15);
    CHECK(repo.get(renamed.id)->label == QStringLiteral("Élus"));
}

TEST_CASE("ensureDefaults leaves a list the coordinator already made alone", "[db]")
{
    test::TestDatabase fx;
    SectorRepository repo(fx.db());
    Sector own;
    own.code = QStringLiteral("mine");
    own.label = QStringLiteral("Mon secteur");
    REQUIRE_OK(repo.create(own));
    REQUIRE_OK(repo.ensureDefaults());
    CHECK(repo.count() == 1);
}

TEST_CASE("A sector is stored, read back, updated and found by code", "[db]")
{
    test::TestDatabase fx;
    SectorRepository repo(fx.db());
    Sector sector;
    sector.code = QStringLiteral("bailleurs");
    sector.label = QStringLiteral("Bailleurs sociaux");
    sector.position = 42;
    sector.color = QStringLiteral("#AA3366");
    REQUIRE_OK(repo.create(sector));
    CHECK(sector.id > 0);
    CHECK(sector.version == 1);
    CHECK(sector.color == QStringLiteral("#aa3366"));

    fx.reopen();
    SectorRepository reopened(fx.db());
    auto read = reopened.get(sector.id);
    REQUIRE(read.ok());
    CHECK(read->code == QStringLiteral("bailleurs"));
    CHECK(read->label == QStringLiteral("Bailleurs sociaux"));
    CHECK(read->position == 42);
    CHECK(read->color == QStringLiteral("#aa3366"));
    CHECK(read->version == 1);
    CHECK(read->createdAt == sector.createdAt);

    Sector changed = read.value();
    changed.label = QStringLiteral("Bailleurs");
    changed.position = 5;
    REQUIRE_OK(reopened.update(changed));
    CHECK(changed.version == 2);
    auto byCode = reopened.byCode(QStringLiteral("bailleurs"));
    REQUIRE(byCode.ok());
    CHECK(byCode->id == sector.id);
    CHECK(byCode->label == QStringLiteral("Bailleurs"));
    CHECK(byCode->position == 5);
    CHECK(byCode->version == 2);
    CHECK(reopened.byCode(QStringLiteral("nope")).error().kind == Error::Kind::NotFound);
    CHECK(reopened.get(sector.id + 100).error().kind == Error::Kind::NotFound);
}

TEST_CASE("Sectors are listed by position, then label", "[db]")
{
    test::TestDatabase fx;
    SectorRepository repo(fx.db());
    const auto add = [&](const char* code, const char* label, int position) {
        Sector sector;
        sector.code = QString::fromUtf8(code);
        sector.label = QString::fromUtf8(label);
        sector.position = position;
        REQUIRE_OK(repo.create(sector));
    };
    add("c", "Cccc", 2);
    add("b", "Bbbb", 1);
    add("a2", "Zzzz", 0);
    add("a1", "Aaaa", 0);
    auto list = repo.list();
    REQUIRE(list.ok());
    REQUIRE(list->size() == 4);
    CHECK(list->at(0).code == QStringLiteral("a1"));
    CHECK(list->at(1).code == QStringLiteral("a2"));
    CHECK(list->at(2).code == QStringLiteral("b"));
    CHECK(list->at(3).code == QStringLiteral("c"));
}

TEST_CASE("Invalid and duplicate sectors are refused", "[db]")
{
    test::TestDatabase fx;
    SectorRepository repo(fx.db());
    Sector sector;
    sector.code = QStringLiteral("x");
    sector.label = QStringLiteral("X");
    sector.color = QStringLiteral("red");
    const Status badColour = repo.create(sector);
    REQUIRE_FALSE(badColour.ok());
    CHECK(badColour.error().kind == Error::Kind::Invalid);
    CHECK(badColour.error().message.contains(QStringLiteral("Colour")));
    sector.color.clear();
    sector.label.clear();
    const Status noLabel = repo.create(sector);
    CHECK(noLabel.error().kind == Error::Kind::Invalid);
    CHECK(noLabel.error().message.contains(QStringLiteral("Sector")));
    CHECK(repo.count() == 0);

    sector.label = QStringLiteral("X");
    REQUIRE_OK(repo.create(sector));
    CHECK(sector.color == QStringLiteral("#888888"));
    Sector twin;
    twin.code = QStringLiteral("x");
    twin.label = QStringLiteral("Twin");
    CHECK(repo.create(twin).error().kind == Error::Kind::Constraint);
    CHECK(repo.count() == 1);
}

TEST_CASE("A sector changed by someone else is not overwritten", "[db]")
{
    test::TestDatabase fx;
    SectorRepository repo(fx.db());
    REQUIRE_OK(repo.ensureDefaults());
    Sector mine = repo.byCode(QStringLiteral("social")).value();
    Sector theirs = mine;
    theirs.label = QStringLiteral("Action sociale");
    REQUIRE_OK(repo.update(theirs));
    mine.label = QStringLiteral("Social (CCAS)");
    const Status status = repo.update(mine);
    CHECK(status.error().kind == Error::Kind::Conflict);
    CHECK(repo.get(mine.id)->label == QStringLiteral("Action sociale"));
    CHECK(repo.get(mine.id)->version == 2);
}

TEST_CASE("A sector used by an organisation cannot be deleted", "[db]")
{
    test::TestDatabase fx;
    SectorRepository sectors(fx.db());
    REQUIRE_OK(sectors.ensureDefaults());
    const Sector social = sectors.byCode(QStringLiteral("social")).value();
    const Sector other = sectors.byCode(QStringLiteral("autre")).value();
    OrganisationRepository organisations(fx.db());
    Organisation ccas;
    ccas.name = QStringLiteral("CCAS");
    ccas.sectorId = social.id;
    REQUIRE_OK(organisations.create(ccas));

    const Status refused = sectors.remove(social.id);
    CHECK(refused.error().kind == Error::Kind::Constraint);
    CHECK(sectors.get(social.id).ok());
    REQUIRE_OK(sectors.remove(other.id));
    CHECK(sectors.count() == 14);
    CHECK(sectors.remove(other.id).error().kind == Error::Kind::NotFound);
    CHECK(rowCount(fx.db(), QStringLiteral("organisation")) == 1);
}
