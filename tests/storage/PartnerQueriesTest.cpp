// SPDX-License-Identifier: EUPL-1.2
#include "core/domain/Council.h"
#include "core/domain/Instance.h"
#include "core/storage/ContactRepository.h"
#include "core/storage/CouncilRepository.h"
#include "core/storage/InstanceRepository.h"
#include "core/storage/OrganisationRepository.h"
#include "core/storage/PartnerListQueries.h"
#include "core/storage/SectorRepository.h"
#include "tests/support/Catch.h"
#include "tests/support/TestDatabase.h"

using namespace maillage;

namespace {

struct Network
{
    qint64 psychiatry = 0, elected = 0;
    qint64 cmp = 0, mairie = 0;
    qint64 etienne = 0, anne = 0, paul = 0;
    qint64 instance = 0;
};

Network buildNetwork(Database& db)
{
    Network n;
    SectorRepository sectors(db);
    for (auto [code, label, id] : {std::tuple{"psy", "Psychiatrie", &n.psychiatry}, {"elus", "Élus", &n.elected}}) {
        Sector sector;
        sector.code = QString::fromLatin1(code);
        sector.label = QString::fromUtf8(label);
        REQUIRE(sectors.create(sector).ok());
        *id = sector.id;
    }
    OrganisationRepository organisations(db);
    Organisation cmp;
    cmp.name = QStringLiteral("Centre médico-psychologique");
    cmp.sectorId = n.psychiatry;
    cmp.commune = QStringLiteral("Lomme");
    cmp.siret = QStringLiteral("123 456 789 00012");
    cmp.finess = QStringLiteral("590000001");
    REQUIRE(organisations.create(cmp).ok());
    n.cmp = cmp.id;
    Organisation mairie;
    mairie.name = QStringLiteral("Mairie d'Hellemmes");
    mairie.sectorId = n.elected;
    mairie.commune = QStringLiteral("Hellemmes");
    mairie.active = false;
    REQUIRE(organisations.create(mairie).ok());
    n.mairie = mairie.id;

    ContactRepository contacts(db);
    auto person = [&](const char* first, const char* last, Pillar pillar, qint64 organisation) {
        Contact c;
        c.firstName = QString::fromUtf8(first);
        c.lastName = QString::fromUtf8(last);
        c.pillar = pillar;
        REQUIRE(contacts.create(c).ok());
        if (organisation > 0) {
            Affiliation a;
            a.contactId = c.id;
            a.organisationId = organisation;
            a.validFrom = QDate(2020, 1, 1);
            REQUIRE(contacts.addAffiliation(a).ok());
        }
        return c.id;
    };
    n.etienne = person("Étienne", "Lévêque", Pillar::Elected, n.mairie);
    n.anne = person("Anne", "Martin", Pillar::Psychiatry, n.cmp);
    n.paul = person("Paul", "Zéro", Pillar::User, 0);

    Council council;
    council.name = QStringLiteral("CLSM");
    REQUIRE(CouncilRepository(db).create(council).ok());
    Instance instance;
    instance.councilId = council.id;
    instance.name = QStringLiteral("Cellule");
    InstanceMember member;
    member.contactId = n.anne;
    instance.members.push_back(member);
    REQUIRE(InstanceRepository(db).create(instance).ok());
    n.instance = instance.id;
    return n;
}

QList<qint64> contactIds(const PartnerListQueries& q, const PartnerFilter& filter)
{
    QList<qint64> ids;
    const auto rows = q.contacts(filter, 0, 100); // kept: a range-for over .value() of a temporary would dangle
    for (const ContactListRow& row : rows.value())
        ids << row.id;
    REQUIRE(q.countContacts(filter).value() == ids.size());
    return ids;
}

QStringList organisationNames(const PartnerListQueries& q, const PartnerFilter& filter)
{
    QStringList names;
    const auto rows = q.organisations(filter, 0, 100);
    for (const OrganisationListRow& row : rows.value())
        names << row.name;
    REQUIRE(q.countOrganisations(filter).value() == names.size());
    return names;
}

} // namespace

TEST_CASE("Partner lists search every word without accents and filter", "[db][partners]")
{
    test::TestDatabase fx;
    Database& db = fx.db();
    const Network n = buildNetwork(db);
    const PartnerListQueries q(db);

    CHECK(contactIds(q, textFilter(QStringLiteral("etienne"))) == QList<qint64>{n.etienne});
    CHECK(contactIds(q, textFilter(QStringLiteral("LEVEQUE ETIEN"))) == QList<qint64>{n.etienne});
    // The current organisation is searched too.
    CHECK(contactIds(q, textFilter(QStringLiteral("medico martin"))) == QList<qint64>{n.anne});
    CHECK(contactIds(q, textFilter(QStringLiteral("medico etienne"))).isEmpty());
    CHECK(organisationNames(q, textFilter(QStringLiteral("12345678900012"))) ==
          QStringList{QStringLiteral("Centre médico-psychologique")});

    PartnerFilter filter;
    filter.sectorId = n.elected;
    CHECK(contactIds(q, filter) == QList<qint64>{n.etienne});
    CHECK(organisationNames(q, filter) == QStringList{QStringLiteral("Mairie d'Hellemmes")});
    filter = {};
    filter.commune = QStringLiteral("LOMME");
    CHECK(contactIds(q, filter) == QList<qint64>{n.anne});
    filter = {};
    filter.pillar = QStringLiteral("usager");
    CHECK(contactIds(q, filter) == QList<qint64>{n.paul});
    filter = {};
    filter.instanceId = n.instance;
    CHECK(contactIds(q, filter) == QList<qint64>{n.anne});
    // An organisation sits in an instance through its people.
    CHECK(organisationNames(q, filter) == QStringList{QStringLiteral("Centre médico-psychologique")});
    filter = {};
    filter.active = false;
    CHECK(organisationNames(q, filter) == QStringList{QStringLiteral("Mairie d'Hellemmes")});

    CHECK(q.communes().value() == QStringList{QStringLiteral("Hellemmes"), QStringLiteral("Lomme")});
}

TEST_CASE("Partner lists sort on every column both ways", "[db][partners]")
{
    test::TestDatabase fx;
    Database& db = fx.db();
    const Network n = buildNetwork(db);
    const PartnerListQueries q(db);
    PartnerFilter filter;
    CHECK(contactIds(q, filter) == (QList<qint64>{n.etienne, n.anne, n.paul})); // Lévêque, Martin, Zéro
    filter.descending = true;
    CHECK(contactIds(q, filter) == (QList<qint64>{n.paul, n.anne, n.etienne}));
    filter.descending = false;
    filter.sort = PartnerSort::Organisation; // none, Centre…, Mairie…
    CHECK(contactIds(q, filter) == (QList<qint64>{n.paul, n.anne, n.etienne}));
    filter.sort = PartnerSort::Sector;
    CHECK(organisationNames(q, filter) ==
          (QStringList{QStringLiteral("Mairie d'Hellemmes"), QStringLiteral("Centre médico-psychologique")}));
    filter.descending = true;
    CHECK(organisationNames(q, filter) ==
          (QStringList{QStringLiteral("Centre médico-psychologique"), QStringLiteral("Mairie d'Hellemmes")}));
}

TEST_CASE("A change of organisation closes the current affiliation and keeps the history", "[db][partners]")
{
    test::TestDatabase fx;
    Database& db = fx.db();
    const Network n = buildNetwork(db);
    ContactRepository contacts(db);
    Affiliation opened;
    REQUIRE(contacts.changeOrganisation(n.anne, n.mairie, QDate(2026, 3, 1), QStringLiteral("Élue"), &opened).ok());
    CHECK(opened.id > 0);
    CHECK(contacts.currentOrganisationId(n.anne, QDate(2026, 3, 1)).value() == n.mairie);
    CHECK(contacts.currentOrganisationId(n.anne, QDate(2026, 2, 28)).value() == n.cmp);

    const auto history = PartnerListQueries(db).affiliationsOf(n.anne, QDate(2026, 6, 1)).value();
    REQUIRE(history.size() == 2);
    CHECK(history[0].organisationId == n.mairie);
    CHECK(history[0].current);
    CHECK(history[0].jobTitle == QStringLiteral("Élue"));
    CHECK(history[1].organisationId == n.cmp);
    CHECK(history[1].validTo == QDate(2026, 2, 28));
    CHECK_FALSE(history[1].current);

    const auto people = PartnerListQueries(db).peopleOf(n.cmp, QDate(2026, 6, 1)).value();
    REQUIRE(people.size() == 1);
    CHECK(people[0].contactName == QStringLiteral("Anne Martin"));
    CHECK_FALSE(people[0].current);
    const auto instances = PartnerListQueries(db).instancesOfContact(n.anne, QDate(2026, 6, 1)).value();
    REQUIRE(instances.size() == 1);
    CHECK(instances[0].instanceName == QStringLiteral("Cellule"));
    CHECK(PartnerListQueries(db).instancesOfOrganisation(n.mairie, QDate(2026, 6, 1)).value().size() == 1);
    CHECK(PartnerListQueries(db).instancesOfOrganisation(n.cmp, QDate(2026, 6, 1)).value().empty());
}

TEST_CASE("SIRET and FINESS are kept, and checked", "[db][partners]")
{
    test::TestDatabase fx;
    Database& db = fx.db();
    const Network n = buildNetwork(db);
    OrganisationRepository organisations(db);
    Organisation cmp = organisations.get(n.cmp).value();
    CHECK(cmp.siret == QStringLiteral("12345678900012"));
    CHECK(cmp.finess == QStringLiteral("590000001"));
    cmp.siret = QStringLiteral("1234");
    cmp.finess = QStringLiteral("ABC");
    auto status = organisations.update(cmp);
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().message.contains(QLatin1String("SIRET")));
    CHECK(status.error().message.contains(QLatin1String("FINESS")));
    cmp.siret.clear();
    cmp.finess = QStringLiteral("2a0000001");
    REQUIRE(organisations.update(cmp).ok());
    CHECK(organisations.get(n.cmp)->finess == QStringLiteral("2A0000001"));
}

TEST_CASE("An erased contact shows as a number and can no longer be edited", "[db][partners]")
{
    test::TestDatabase fx;
    Database& db = fx.db();
    const Network n = buildNetwork(db);
    ContactRepository contacts(db);
    Contact paul = contacts.get(n.paul).value();
    CHECK_FALSE(paul.isErased());
    paul.erasedOn = QDate(2026, 1, 5);
    REQUIRE(contacts.update(paul).ok()); // erasing is the last edit
    Contact erased = contacts.get(n.paul).value();
    CHECK(erased.erasedOn == QDate(2026, 1, 5));
    CHECK(erased.displayName() == QStringLiteral("Erased person no. %1").arg(n.paul));
    erased.notes = QStringLiteral("again");
    auto status = contacts.update(erased);
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().kind == Error::Kind::Invalid);
    const auto rows = PartnerListQueries(db).contacts(textFilter({}), 0, 10).value();
    CHECK(std::any_of(rows.begin(), rows.end(), [&](const ContactListRow& r) { return r.erasedOn.isValid(); }));
    PartnerFilter active;
    active.active = true;
    const auto activeRows = PartnerListQueries(db).contacts(active, 0, 10);
    for (const ContactListRow& row : activeRows.value())
        CHECK(row.id != n.paul);
}
