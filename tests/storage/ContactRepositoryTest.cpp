// SPDX-License-Identifier: EUPL-1.2
#include "core/storage/ContactRepository.h"
#include "core/storage/OrganisationRepository.h"
#include "core/storage/SqlQuery.h"
#include "tests/storage/RepositoryChecks.h"
#include "tests/support/TestDatabase.h"

#include "tests/support/Catch.h"

#include <QThread>

using namespace maillage;
using maillage::test::rowCount;

namespace {

Contact sampleContact()
{
    Contact value;
    value.civility = QStringLiteral("Dr");
    value.firstName = QStringLiteral("Anne");
    value.lastName = QStringLiteral("Martin");
    value.jobTitle = QStringLiteral("Psychiatre, cheffe de pôle");
    value.pillar = Pillar::Psychiatry;
    value.email = QStringLiteral("anne.martin@epsm.fr");
    value.phone = QStringLiteral("03 20 00 00 01");
    value.mobile = QStringLiteral("06 00 00 00 01");
    value.address = QStringLiteral("1 rue du Parc\n59000 Lille");
    value.legalBasis = LegalBasis::Consent;
    value.consentConfirmedOn = QDate(2024, 5, 2);
    value.charterSignedOn = QDate(2024, 6, 1);
    value.active = false;
    value.notes = QStringLiteral("Référente « cellule »");
    return value;
}

qint64 addOrganisation(Database& db, const QString& name)
{
    OrganisationRepository repo(db);
    Organisation value;
    value.name = name;
    REQUIRE_OK(repo.create(value));
    return value.id;
}

qint64 addContact(ContactRepository& repo, const QString& first, const QString& last, Pillar pillar = Pillar::Professional,
                  bool active = true)
{
    Contact value;
    value.firstName = first;
    value.lastName = last;
    value.pillar = pillar;
    value.active = active;
    REQUIRE_OK(repo.create(value));
    return value.id;
}

qint64 affiliate(ContactRepository& repo, qint64 contact, qint64 organisation, QDate from = {}, QDate to = {})
{
    Affiliation value;
    value.contactId = contact;
    value.organisationId = organisation;
    value.validFrom = from;
    value.validTo = to;
    REQUIRE_OK(repo.addAffiliation(value));
    return value.id;
}

std::vector<QString> lastNames(const Result<std::vector<Contact>>& list)
{
    std::vector<QString> result;
    if (list.ok())
        for (const Contact& contact : list.value())
            result.push_back(contact.lastName);
    return result;
}

} // namespace

TEST_CASE("A contact is stored and read back with every field", "[db]")
{
    test::TestDatabase fx;
    ContactRepository repo(fx.db());
    Contact value = sampleContact();
    REQUIRE_OK(repo.create(value));
    CHECK(value.id > 0);
    CHECK(value.version == 1);

    fx.reopen();
    ContactRepository reopened(fx.db());
    auto read = reopened.get(value.id);
    REQUIRE(read.ok());
    CHECK(read->civility == QStringLiteral("Dr"));
    CHECK(read->firstName == QStringLiteral("Anne"));
    CHECK(read->lastName == QStringLiteral("Martin"));
    CHECK(read->jobTitle == QStringLiteral("Psychiatre, cheffe de pôle"));
    CHECK(read->pillar == Pillar::Psychiatry);
    CHECK(read->email == QStringLiteral("anne.martin@epsm.fr"));
    CHECK(read->phone == QStringLiteral("03 20 00 00 01"));
    CHECK(read->mobile == QStringLiteral("06 00 00 00 01"));
    CHECK(read->address == QStringLiteral("1 rue du Parc\n59000 Lille"));
    CHECK(read->legalBasis == LegalBasis::Consent);
    CHECK(read->consentConfirmedOn == QDate(2024, 5, 2));
    CHECK(read->charterSignedOn == QDate(2024, 6, 1));
    CHECK_FALSE(read->active);
    CHECK(read->notes == QStringLiteral("Référente « cellule »"));
    CHECK(read->createdAt == value.createdAt);
    CHECK(read->displayName() == QStringLiteral("Dr Anne Martin"));

    Contact changed = read.value();
    changed.pillar = Pillar::Citizen;
    changed.legalBasis = LegalBasis::PublicTask;
    changed.consentConfirmedOn = QDate();
    changed.charterSignedOn = QDate();
    changed.active = true;
    REQUIRE_OK(reopened.update(changed));
    CHECK(changed.version == 2);
    auto again = reopened.get(value.id);
    REQUIRE(again.ok());
    CHECK(again->pillar == Pillar::Citizen);
    CHECK(again->legalBasis == LegalBasis::PublicTask);
    CHECK_FALSE(again->consentConfirmedOn.isValid());
    CHECK_FALSE(again->charterSignedOn.isValid());
    CHECK(again->active);
    CHECK(again->version == 2);
}

TEST_CASE("Unknown stored pillar and legal basis read as the first values", "[db]")
{
    test::TestDatabase fx;
    ContactRepository repo(fx.db());
    const qint64 id = addContact(repo, QStringLiteral("A"), QStringLiteral("B"));
    SqlQuery query(fx.db(), QStringLiteral("UPDATE contact SET pillar = 'martien', legal_basis = '?' WHERE id = :id"));
    query.bind(QStringLiteral(":id"), id);
    REQUIRE_OK(query.exec(QStringLiteral("test")));
    auto read = repo.get(id);
    REQUIRE(read.ok());
    CHECK(read->pillar == Pillar::Elected);
    CHECK(read->legalBasis == LegalBasis::LegitimateInterest);
}

TEST_CASE("Affiliations record a contact's organisations over time", "[db]")
{
    test::TestDatabase fx;
    ContactRepository repo(fx.db());
    const qint64 anne = addContact(repo, QStringLiteral("Anne"), QStringLiteral("Martin"));
    const qint64 ch = addOrganisation(fx.db(), QStringLiteral("CH Roubaix"));
    const qint64 epsm = addOrganisation(fx.db(), QStringLiteral("EPSM"));

    Affiliation first;
    first.contactId = anne;
    first.organisationId = ch;
    first.jobTitle = QStringLiteral("Interne");
    first.validFrom = QDate(2018, 11, 1);
    REQUIRE_OK(repo.addAffiliation(first));
    CHECK(first.id > 0);
    CHECK(first.version == 1);
    CHECK(repo.currentOrganisationId(anne, QDate(2020, 1, 1)).value() == ch);
    CHECK(repo.currentOrganisationId(anne, QDate(2018, 10, 31)).value() == 0);

    // Anne leaves the CH at the end of 2021 and joins the EPSM.
    REQUIRE_OK(repo.endAffiliation(first, QDate(2021, 12, 31)));
    CHECK(first.validTo == QDate(2021, 12, 31));
    CHECK(first.version == 2);
    affiliate(repo, anne, epsm, QDate(2022, 1, 1));
    CHECK(repo.currentOrganisationId(anne, QDate(2021, 12, 31)).value() == ch);
    CHECK(repo.currentOrganisationId(anne, QDate(2022, 1, 1)).value() == epsm);

    // An undated affiliation applies always; a later start wins on days both cover.
    const qint64 undated = affiliate(repo, anne, ch);
    CHECK(repo.currentOrganisationId(anne, QDate(2010, 1, 1)).value() == ch);
    CHECK(repo.currentOrganisationId(anne, QDate(2023, 1, 1)).value() == epsm);

    auto all = repo.affiliations(anne);
    REQUIRE(all.ok());
    REQUIRE(all->size() == 3);
    CHECK(all->at(0).id == undated);
    CHECK(all->at(1).id == first.id);
    CHECK(all->at(1).jobTitle == QStringLiteral("Interne"));
    CHECK(all->at(1).validFrom == QDate(2018, 11, 1));
    CHECK(all->at(1).validTo == QDate(2021, 12, 31));
    CHECK(all->at(2).organisationId == epsm);

    Affiliation edited = repo.affiliation(first.id).value();
    edited.jobTitle = QStringLiteral("Praticienne");
    REQUIRE_OK(repo.updateAffiliation(edited));
    CHECK(repo.affiliation(first.id)->jobTitle == QStringLiteral("Praticienne"));

    // The stale copy is refused.
    first.jobTitle = QStringLiteral("stale");
    CHECK(repo.updateAffiliation(first).error().kind == Error::Kind::Conflict);
    CHECK(repo.affiliation(first.id)->jobTitle == QStringLiteral("Praticienne"));

    REQUIRE_OK(repo.removeAffiliation(undated));
    CHECK(repo.affiliations(anne)->size() == 2);
    CHECK(repo.affiliation(undated).error().kind == Error::Kind::NotFound);
}

TEST_CASE("Affiliations are validated and must point to existing rows", "[db]")
{
    test::TestDatabase fx;
    ContactRepository repo(fx.db());
    const qint64 anne = addContact(repo, QStringLiteral("Anne"), QStringLiteral("Martin"));
    const qint64 ch = addOrganisation(fx.db(), QStringLiteral("CH"));
    Affiliation value;
    value.contactId = anne;
    value.organisationId = ch;
    value.validFrom = QDate(2022, 1, 1);
    value.validTo = QDate(2021, 1, 1);
    const Status backwards = repo.addAffiliation(value);
    CHECK(backwards.error().kind == Error::Kind::Invalid);
    CHECK(backwards.error().message.contains(QStringLiteral("Until")));

    value.validTo = QDate();
    value.organisationId = 0;
    CHECK(repo.addAffiliation(value).error().message.contains(QStringLiteral("Organisation")));

    value.organisationId = ch + 1000;
    CHECK(repo.addAffiliation(value).error().kind == Error::Kind::Constraint);
    CHECK(value.id == 0);
    CHECK(rowCount(fx.db(), QStringLiteral("affiliation")) == 0);

    value.organisationId = ch;
    REQUIRE_OK(repo.addAffiliation(value));
    CHECK(repo.endAffiliation(value, QDate(2020, 1, 1)).error().kind == Error::Kind::Invalid);
    CHECK(repo.endAffiliation(value, QDate()).error().kind == Error::Kind::Invalid);
    CHECK_FALSE(repo.affiliation(value.id)->validTo.isValid());

    // An organisation with affiliated contacts cannot be deleted; the contact can, with its history.
    OrganisationRepository organisations(fx.db());
    CHECK(organisations.remove(ch).error().kind == Error::Kind::Constraint);
    REQUIRE_OK(repo.remove(anne));
    CHECK(rowCount(fx.db(), QStringLiteral("affiliation")) == 0);
    REQUIRE_OK(organisations.remove(ch));
}

TEST_CASE("Contacts are filtered by text, pillar, organisation and activity", "[db]")
{
    test::TestDatabase fx;
    ContactRepository repo(fx.db());
    const qint64 ch = addOrganisation(fx.db(), QStringLiteral("CH"));
    const qint64 mairie = addOrganisation(fx.db(), QStringLiteral("Mairie"));
    const qint64 anne = addContact(repo, QStringLiteral("Anne"), QStringLiteral("Martin"), Pillar::Psychiatry);
    const qint64 eloise = addContact(repo, QStringLiteral("Éloïse"), QStringLiteral("Durand"), Pillar::Elected);
    const qint64 paul = addContact(repo, QStringLiteral("Paul"), QStringLiteral("Lefèvre"), Pillar::User, false);
    Contact withMail = repo.get(paul).value();
    withMail.email = QStringLiteral("paul@gem-lille.fr");
    withMail.jobTitle = QStringLiteral("Président du GEM");
    REQUIRE_OK(repo.update(withMail));
    const QDate today = QDate::currentDate();
    affiliate(repo, anne, ch, today.addYears(-2));
    affiliate(repo, eloise, ch, today.addYears(-6), today.addYears(-1)); // left the CH
    affiliate(repo, eloise, mairie, today.addYears(-1).addDays(1));

    ContactFilter filter;
    CHECK(repo.count(filter) == 3);
    SECTION("text in names, accents and case ignored")
    {
        filter.text = QStringLiteral("ELOISE");
        CHECK(lastNames(repo.list(filter)) == std::vector<QString>{QStringLiteral("Durand")});
        filter.text = QStringLiteral("lefevre");
        CHECK(lastNames(repo.list(filter)) == std::vector<QString>{QStringLiteral("Lefèvre")});
    }
    SECTION("text in e-mail and job title")
    {
        filter.text = QStringLiteral("gem-lille");
        CHECK(repo.count(filter) == 1);
        filter.text = QStringLiteral("président");
        CHECK(lastNames(repo.list(filter)) == std::vector<QString>{QStringLiteral("Lefèvre")});
    }
    SECTION("pillar")
    {
        filter.pillar = Pillar::Elected;
        CHECK(lastNames(repo.list(filter)) == std::vector<QString>{QStringLiteral("Durand")});
        filter.pillar = Pillar::Carer;
        CHECK(repo.count(filter) == 0);
    }
    SECTION("current organisation")
    {
        filter.organisationId = ch;
        CHECK(lastNames(repo.list(filter)) == std::vector<QString>{QStringLiteral("Martin")});
        filter.day = today.addYears(-3); // back then Éloïse was at the CH, Anne not yet
        CHECK(lastNames(repo.list(filter)) == std::vector<QString>{QStringLiteral("Durand")});
        filter.day = {};
        filter.organisationId = mairie;
        CHECK(repo.count(filter) == 1);
    }
    SECTION("activity")
    {
        filter.active = false;
        CHECK(lastNames(repo.list(filter)) == std::vector<QString>{QStringLiteral("Lefèvre")});
        filter.active = true;
        CHECK(repo.count(filter) == 2);
    }
}

TEST_CASE("Contacts are sorted by last name, first name, organisation or last change", "[db]")
{
    test::TestDatabase fx;
    ContactRepository repo(fx.db());
    const qint64 zebra = addOrganisation(fx.db(), QStringLiteral("Zèbre association"));
    const qint64 alpha = addOrganisation(fx.db(), QStringLiteral("Alpha"));
    const qint64 martin = addContact(repo, QStringLiteral("Zoé"), QStringLiteral("Martin"));
    const qint64 ecoffier = addContact(repo, QStringLiteral("Bruno"), QStringLiteral("Écoffier"));
    const qint64 durand = addContact(repo, QStringLiteral("Anne"), QStringLiteral("Durand"));
    addContact(repo, QStringLiteral("Claire"), QStringLiteral("Nomade"));
    affiliate(repo, martin, alpha);
    affiliate(repo, ecoffier, zebra);
    affiliate(repo, durand, zebra);
    affiliate(repo, durand, alpha, {}, QDate(2000, 1, 1)); // a past affiliation does not count

    ContactFilter filter;
    SECTION("last name, accents ignored")
    {
        CHECK(lastNames(repo.list(filter))
              == std::vector<QString>{QStringLiteral("Durand"), QStringLiteral("Écoffier"), QStringLiteral("Martin"),
                                      QStringLiteral("Nomade")});
        filter.descending = true;
        CHECK(lastNames(repo.list(filter)).front() == QStringLiteral("Nomade"));
    }
    SECTION("first name")
    {
        filter.sort = ContactSort::FirstName;
        CHECK(lastNames(repo.list(filter))
              == std::vector<QString>{QStringLiteral("Durand"), QStringLiteral("Écoffier"), QStringLiteral("Nomade"),
                                      QStringLiteral("Martin")});
    }
    SECTION("current organisation, then name; none last")
    {
        filter.sort = ContactSort::Organisation;
        CHECK(lastNames(repo.list(filter))
              == std::vector<QString>{QStringLiteral("Martin"), QStringLiteral("Durand"), QStringLiteral("Écoffier"),
                                      QStringLiteral("Nomade")});
    }
    SECTION("last change")
    {
        QThread::msleep(5);
        Contact touched = repo.get(ecoffier).value();
        touched.notes = QStringLiteral("vu");
        REQUIRE_OK(repo.update(touched));
        filter.sort = ContactSort::Updated;
        filter.descending = true;
        CHECK(lastNames(repo.list(filter)).front() == QStringLiteral("Écoffier"));
    }
    SECTION("a page")
    {
        filter.limit = 2;
        filter.offset = 2;
        CHECK(lastNames(repo.list(filter)) == std::vector<QString>{QStringLiteral("Martin"), QStringLiteral("Nomade")});
    }
}

TEST_CASE("An invalid contact is refused and nothing is written", "[db]")
{
    test::TestDatabase fx;
    ContactRepository repo(fx.db());
    Contact value = sampleContact();
    SECTION("no last name")
    {
        value.lastName.clear();
        const Status status = repo.create(value);
        CHECK(status.error().kind == Error::Kind::Invalid);
        CHECK(status.error().message.contains(QStringLiteral("Last name")));
    }
    SECTION("consent without a date")
    {
        value.consentConfirmedOn = QDate();
        const Status status = repo.create(value);
        CHECK(status.error().kind == Error::Kind::Invalid);
        CHECK(status.error().message.contains(QStringLiteral("Consent confirmed on")));
    }
    CHECK(value.id == 0);
    CHECK(rowCount(fx.db(), QStringLiteral("contact")) == 0);
}

TEST_CASE("A contact changed by someone else is not overwritten", "[db]")
{
    test::TestDatabase fx;
    ContactRepository repo(fx.db());
    Contact value = sampleContact();
    REQUIRE_OK(repo.create(value));
    Contact mine = repo.get(value.id).value();
    Contact theirs = repo.get(value.id).value();
    theirs.mobile = QStringLiteral("07 11 11 11 11");
    REQUIRE_OK(repo.update(theirs));
    mine.mobile = QStringLiteral("06 99 99 99 99");
    CHECK(repo.update(mine).error().kind == Error::Kind::Conflict);
    CHECK(mine.version == 1);
    CHECK(repo.get(value.id)->mobile == QStringLiteral("07 11 11 11 11"));
    CHECK(repo.get(value.id)->version == 2);
    REQUIRE_OK(repo.remove(value.id));
    CHECK(repo.get(value.id).error().kind == Error::Kind::NotFound);
    CHECK(repo.remove(value.id).error().kind == Error::Kind::NotFound);
}
