// SPDX-License-Identifier: EUPL-1.2
#include "core/storage/CouncilRepository.h"
#include "core/storage/OrganisationRepository.h"
#include "core/storage/SectorRepository.h"
#include "tests/storage/RepositoryChecks.h"
#include "tests/support/TestDatabase.h"

#include "tests/support/Catch.h"

#include <QThread>

using namespace maillage;
using maillage::test::rowCount;

namespace {

Organisation sampleOrganisation(qint64 sectorId)
{
    Organisation value;
    value.name = QStringLiteral("Union nationale de familles et amis de personnes malades");
    value.acronym = QStringLiteral("UNAFAM 59");
    value.sectorId = sectorId;
    value.type = QStringLiteral("Association");
    value.address = QStringLiteral("12 rue de la Paix\nBâtiment B");
    value.postcode = QStringLiteral("59100");
    value.commune = QStringLiteral("Roubaix");
    value.phone = QStringLiteral("03 20 00 00 00");
    value.email = QStringLiteral("59@unafam.org");
    value.website = QStringLiteral("https://www.unafam.org");
    value.active = false;
    value.notes = QStringLiteral("Délégation départementale");
    return value;
}

std::vector<QString> names(const Result<std::vector<Organisation>>& list)
{
    std::vector<QString> result;
    if (list.ok())
        for (const Organisation& organisation : list.value())
            result.push_back(organisation.name);
    return result;
}

/// A small network: four organisations in three sectors, two councils.
struct Network {
    explicit Network(Database& db) : sectors(db), organisations(db), councils(db)
    {
        REQUIRE_OK(sectors.ensureDefaults());
        social = sectors.byCode(QStringLiteral("social"))->id;             // position 50
        psychiatry = sectors.byCode(QStringLiteral("psychiatrie_publique"))->id; // position 20
        add(QStringLiteral("Centre hospitalier"), QStringLiteral("CH"), psychiatry, QStringLiteral("Tourcoing"), true);
        add(QStringLiteral("Établissement public de santé mentale"), QStringLiteral("EPSM"), psychiatry,
            QStringLiteral("Lille"), true);
        add(QStringLiteral("Centre communal d'action sociale"), QStringLiteral("CCAS"), social,
            QStringLiteral("Roubaix"), false);
        add(QStringLiteral("Association Les Amis"), QString(), 0, QStringLiteral("Armentières"), true);
        Council roubaix;
        roubaix.name = QStringLiteral("CLSM Roubaix");
        REQUIRE_OK(councils.create(roubaix));
        Council lille;
        lille.name = QStringLiteral("CLSM Lille");
        REQUIRE_OK(councils.create(lille));
        roubaixId = roubaix.id;
        lilleId = lille.id;
    }
    void add(const QString& name, const QString& acronym, qint64 sector, const QString& commune, bool active)
    {
        Organisation value;
        value.name = name;
        value.acronym = acronym;
        value.sectorId = sector;
        value.commune = commune;
        value.active = active;
        REQUIRE_OK(organisations.create(value));
        ids.push_back(value.id);
    }
    SectorRepository sectors;
    OrganisationRepository organisations;
    CouncilRepository councils;
    qint64 social = 0;
    qint64 psychiatry = 0;
    qint64 roubaixId = 0;
    qint64 lilleId = 0;
    std::vector<qint64> ids; // CH, EPSM, CCAS, Les Amis
};

} // namespace

TEST_CASE("An organisation is stored and read back with every field", "[db]")
{
    test::TestDatabase fx;
    SectorRepository sectors(fx.db());
    REQUIRE_OK(sectors.ensureDefaults());
    const qint64 carers = sectors.byCode(QStringLiteral("aidants_unafam"))->id;
    OrganisationRepository repo(fx.db());
    Organisation value = sampleOrganisation(carers);
    REQUIRE_OK(repo.create(value));
    CHECK(value.id > 0);
    CHECK(value.version == 1);

    fx.reopen();
    OrganisationRepository reopened(fx.db());
    auto read = reopened.get(value.id);
    REQUIRE(read.ok());
    CHECK(read->name == value.name);
    CHECK(read->acronym == QStringLiteral("UNAFAM 59"));
    CHECK(read->sectorId == carers);
    CHECK(read->type == QStringLiteral("Association"));
    CHECK(read->address == QStringLiteral("12 rue de la Paix\nBâtiment B"));
    CHECK(read->postcode == QStringLiteral("59100"));
    CHECK(read->commune == QStringLiteral("Roubaix"));
    CHECK(read->phone == QStringLiteral("03 20 00 00 00"));
    CHECK(read->email == QStringLiteral("59@unafam.org"));
    CHECK(read->website == QStringLiteral("https://www.unafam.org"));
    CHECK(read->active == false);
    CHECK(read->notes == QStringLiteral("Délégation départementale"));
    CHECK(read->createdAt == value.createdAt);
    CHECK(read->version == 1);

    Organisation changed = read.value();
    changed.sectorId = 0; // no sector is allowed
    changed.active = true;
    changed.acronym.clear();
    REQUIRE_OK(reopened.update(changed));
    CHECK(changed.version == 2);
    auto again = reopened.get(value.id);
    REQUIRE(again.ok());
    CHECK(again->sectorId == 0);
    CHECK(again->active);
    CHECK(again->acronym.isEmpty());
    CHECK(again->version == 2);
    CHECK(again->updatedAt >= again->createdAt);
    CHECK(reopened.get(value.id + 1000).error().kind == Error::Kind::NotFound);
}

TEST_CASE("Organisations are filtered by text, sector, activity and council", "[db]")
{
    test::TestDatabase fx;
    Network net(fx.db());
    OrganisationRepository& repo = net.organisations;
    REQUIRE_OK(repo.addToCouncil(net.ids[0], net.roubaixId, QDate(2020, 1, 1)));
    REQUIRE_OK(repo.addToCouncil(net.ids[2], net.roubaixId));
    REQUIRE_OK(repo.addToCouncil(net.ids[2], net.roubaixId)); // twice: still one partnership
    REQUIRE_OK(repo.addToCouncil(net.ids[2], net.lilleId));
    CHECK(rowCount(fx.db(), QStringLiteral("council_partner")) == 3);
    CHECK(repo.councilIds(net.ids[2]).value() == std::vector<qint64>{net.roubaixId, net.lilleId});

    OrganisationFilter filter;
    CHECK(repo.count(filter) == 4);

    SECTION("text in the name, ignoring case and accents")
    {
        filter.text = QStringLiteral("etablissement");
        CHECK(names(repo.list(filter)) == std::vector<QString>{QStringLiteral("Établissement public de santé mentale")});
        filter.text = QStringLiteral("CENTRE");
        CHECK(repo.count(filter) == 2);
    }
    SECTION("text in the acronym")
    {
        filter.text = QStringLiteral("ccas");
        CHECK(names(repo.list(filter)) == std::vector<QString>{QStringLiteral("Centre communal d'action sociale")});
    }
    SECTION("text in the commune")
    {
        filter.text = QStringLiteral("armentieres");
        CHECK(names(repo.list(filter)) == std::vector<QString>{QStringLiteral("Association Les Amis")});
    }
    SECTION("sector")
    {
        filter.sectorId = net.psychiatry;
        CHECK(repo.count(filter) == 2);
        filter.text = QStringLiteral("tourcoing");
        CHECK(names(repo.list(filter)) == std::vector<QString>{QStringLiteral("Centre hospitalier")});
    }
    SECTION("active or not")
    {
        filter.active = false;
        CHECK(names(repo.list(filter)) == std::vector<QString>{QStringLiteral("Centre communal d'action sociale")});
        filter.active = true;
        CHECK(repo.count(filter) == 3);
    }
    SECTION("council")
    {
        filter.councilId = net.roubaixId;
        CHECK(names(repo.list(filter))
              == std::vector<QString>{QStringLiteral("Centre communal d'action sociale"),
                                      QStringLiteral("Centre hospitalier")});
        filter.councilId = net.lilleId;
        CHECK(repo.count(filter) == 1);
        REQUIRE_OK(repo.removeFromCouncil(net.ids[2], net.lilleId));
        CHECK(repo.count(filter) == 0);
    }
    SECTION("nothing matches")
    {
        filter.text = QStringLiteral("zzz");
        CHECK(repo.list(filter)->empty());
        CHECK(repo.count(filter) == 0);
    }
}

TEST_CASE("Organisations are sorted by name, sector, commune or last change", "[db]")
{
    test::TestDatabase fx;
    Network net(fx.db());
    OrganisationRepository& repo = net.organisations;
    OrganisationFilter filter;
    const QString ch = QStringLiteral("Centre hospitalier");
    const QString epsm = QStringLiteral("Établissement public de santé mentale");
    const QString ccas = QStringLiteral("Centre communal d'action sociale");
    const QString amis = QStringLiteral("Association Les Amis");

    SECTION("name, accents ignored")
    {
        CHECK(names(repo.list(filter)) == std::vector<QString>{amis, ccas, ch, epsm});
        filter.descending = true;
        CHECK(names(repo.list(filter)) == std::vector<QString>{epsm, ch, ccas, amis});
    }
    SECTION("sector position, then name; no sector last")
    {
        filter.sort = OrganisationSort::Sector;
        CHECK(names(repo.list(filter)) == std::vector<QString>{ch, epsm, ccas, amis});
    }
    SECTION("commune")
    {
        filter.sort = OrganisationSort::Commune;
        CHECK(names(repo.list(filter)) == std::vector<QString>{amis, epsm, ccas, ch});
    }
    SECTION("last change first when descending")
    {
        QThread::msleep(5); // timestamps have millisecond precision
        Organisation touched = repo.get(net.ids[0]).value();
        touched.phone = QStringLiteral("03 20 11 11 11");
        REQUIRE_OK(repo.update(touched));
        filter.sort = OrganisationSort::Updated;
        filter.descending = true;
        auto list = names(repo.list(filter));
        REQUIRE(list.size() == 4);
        CHECK(list.front() == ch);
    }
    SECTION("a page of the list")
    {
        filter.limit = 2;
        filter.offset = 1;
        CHECK(names(repo.list(filter)) == std::vector<QString>{ccas, ch});
        CHECK(repo.count(filter) == 4); // count ignores paging
    }
}

TEST_CASE("An invalid organisation is refused and nothing is written", "[db]")
{
    test::TestDatabase fx;
    OrganisationRepository repo(fx.db());
    Organisation value = sampleOrganisation(0);
    SECTION("no name")
    {
        value.name = QStringLiteral(" ");
        const Status status = repo.create(value);
        CHECK(status.error().kind == Error::Kind::Invalid);
        CHECK(status.error().message.contains(QStringLiteral("Organisation name")));
    }
    SECTION("bad e-mail and postcode")
    {
        value.email = QStringLiteral("not an address");
        value.postcode = QStringLiteral("123");
        const Status status = repo.create(value);
        CHECK(status.error().kind == Error::Kind::Invalid);
        CHECK(status.error().message.contains(QStringLiteral("E-mail")));
        CHECK(status.error().message.contains(QStringLiteral("Postcode")));
        CHECK(status.error().message.contains(u'\n'));
    }
    CHECK(value.id == 0);
    CHECK(rowCount(fx.db(), QStringLiteral("organisation")) == 0);
}

TEST_CASE("An organisation must name an existing sector", "[db]")
{
    test::TestDatabase fx;
    OrganisationRepository repo(fx.db());
    Organisation value = sampleOrganisation(9999);
    const Status status = repo.create(value);
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().kind == Error::Kind::Constraint);
    CHECK(value.id == 0);
    CHECK(rowCount(fx.db(), QStringLiteral("organisation")) == 0);
}

TEST_CASE("An organisation changed by someone else is not overwritten", "[db]")
{
    test::TestDatabase fx;
    OrganisationRepository repo(fx.db());
    Organisation value = sampleOrganisation(0);
    REQUIRE_OK(repo.create(value));
    Organisation mine = repo.get(value.id).value();
    Organisation theirs = repo.get(value.id).value();
    theirs.phone = QStringLiteral("their phone");
    REQUIRE_OK(repo.update(theirs));
    mine.phone = QStringLiteral("my phone");
    const Status status = repo.update(mine);
    CHECK(status.error().kind == Error::Kind::Conflict);
    CHECK(mine.version == 1);
    auto stored = repo.get(value.id);
    CHECK(stored->phone == QStringLiteral("their phone"));
    CHECK(stored->version == 2);

    REQUIRE_OK(repo.remove(value.id));
    const Status gone = repo.update(theirs);
    CHECK(gone.error().kind == Error::Kind::NotFound);
}

TEST_CASE("Deleting an organisation removes its partnerships", "[db]")
{
    test::TestDatabase fx;
    Network net(fx.db());
    REQUIRE_OK(net.organisations.addToCouncil(net.ids[1], net.lilleId));
    REQUIRE_OK(net.organisations.remove(net.ids[1]));
    CHECK(net.organisations.get(net.ids[1]).error().kind == Error::Kind::NotFound);
    CHECK(rowCount(fx.db(), QStringLiteral("council_partner")) == 0);
    CHECK(net.organisations.remove(net.ids[1]).error().kind == Error::Kind::NotFound);
}
