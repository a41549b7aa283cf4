// SPDX-License-Identifier: EUPL-1.2
#include "tests/support/Catch.h"
#include "tests/support/TestDatabase.h"

#include "core/demo/DemoCouncil.h"
#include "core/exchange/ContactImportPlan.h"
#include "core/exchange/CsvFormat.h"
#include "core/exchange/VCardReader.h"
#include "core/storage/ContactRepository.h"
#include "core/storage/CouncilRepository.h"
#include "core/storage/OrganisationRepository.h"
#include "core/storage/SectorRepository.h"

using namespace maillage;
using namespace maillage::contacts;

namespace {

ContactBatch csv(const QString& text)
{
    auto table = parseCsv(text.toUtf8());
    REQUIRE(table.ok());
    return csvToContacts(table.value(), guessCsvMapping(table->header));
}

// A demo contact with an e-mail, a phone and a current organisation.
struct Known
{
    Contact contact;
    Organisation organisation;
};

Known knownContact(Database& db)
{
    ContactRepository contacts(db);
    auto list = contacts.list();
    REQUIRE(list.ok());
    for (const Contact& c : list.value()) {
        auto orgId = contacts.currentOrganisationId(c.id, QDate::currentDate());
        if (!c.email.isEmpty() && !c.phone.isEmpty() && !c.firstName.isEmpty() && orgId.ok() && orgId.value() > 0) {
            auto org = OrganisationRepository(db).get(orgId.value());
            REQUIRE(org.ok());
            return {c, org.value()};
        }
    }
    FAIL("the demo council has no contact with an e-mail, a phone and an organisation");
    return {};
}

QString shout(const QString& text) // "Lévy" → "LEVY": case and accents must not matter
{
    QString plain;
    for (const QChar c : text.normalized(QString::NormalizationForm_D))
        if (c.category() != QChar::Mark_NonSpacing)
            plain += c;
    return plain.toUpper();
}

} // namespace

TEST_CASE("import plan: update by e-mail never blanks a filled field", "[exchange][csv][db]")
{
    test::TestDatabase fx;
    Database& db = fx.db();
    REQUIRE(demo::generateDemoCouncil(db, QDate(2026, 6, 15)).ok());
    const Known known = knownContact(db);
    const ContactBatch batch =
        csv(QStringLiteral("Nom;Prénom;Courriel;Téléphone;Fonction;Organisme\n%1;%2;%3;;Nouvelle "
                           "fonction;\n")
                .arg(known.contact.lastName, known.contact.firstName, known.contact.email.toUpper()));
    auto plan = planContactImport(db, batch, MatchKey::Email);
    REQUIRE(plan.ok());
    REQUIRE(plan->contacts.size() == 1);
    const PlannedContact& planned = plan->contacts.front();
    CHECK(planned.action == ImportAction::Update);
    CHECK(planned.changedFields == QStringList{QStringLiteral("job title")});
    CHECK_FALSE(planned.addAffiliation); // no organisation given: the current one stays
    REQUIRE(apply(db, plan.value()).ok());
    auto after = ContactRepository(db).get(known.contact.id);
    REQUIRE(after.ok());
    CHECK(after->jobTitle == QStringLiteral("Nouvelle fonction"));
    CHECK(after->phone == known.contact.phone);
    CHECK(after->email == known.contact.email);
    CHECK(after->notes == known.contact.notes);

    // The same file again: nothing new.
    auto again = planContactImport(db, batch, MatchKey::Email);
    REQUIRE(again.ok());
    CHECK(again->count(ImportAction::Skip) == 1);
}

TEST_CASE("import plan: name + organisation key ignores accents and case; new people and organisations",
          "[exchange][csv][db]")
{
    test::TestDatabase fx;
    Database& db = fx.db();
    REQUIRE(demo::generateDemoCouncil(db, QDate(2026, 6, 15)).ok());
    const Known known = knownContact(db);
    const int contactsBefore = ContactRepository(db).count();
    const int organisationsBefore = OrganisationRepository(db).count();
    const ContactBatch batch =
        csv(QStringLiteral("Nom;Prénom;Organisme;Portable;Courriel\n"
                           "%1;%2;%3;06 99 99 99 99;\n"                      // known person, new mobile
                           "Nouveau;Nina;Association Zèbre;;nina@zebre.fr\n" // new person, new organisation
                           "NOUVEAU;nina;association zebre;;\n"              // the same again in the file
                           "%1;%2;Autre Structure;;autre@ailleurs.fr\n"      // same name elsewhere: a likely duplicate
                           ";Sans;;;\n")                                     // no name: rejected
                .arg(shout(known.contact.lastName), shout(known.contact.firstName), shout(known.organisation.name)));
    auto plan = planContactImport(db, batch, MatchKey::Name);
    REQUIRE(plan.ok());
    REQUIRE(plan->contacts.size() == 4);
    CHECK(plan->contacts[0].action == ImportAction::Update);
    CHECK(plan->contacts[0].contact.id == known.contact.id);
    CHECK(plan->contacts[0].changedFields.contains(QStringLiteral("mobile")));
    CHECK_FALSE(plan->contacts[0].addAffiliation);
    CHECK(plan->contacts[1].action == ImportAction::Create);
    CHECK(plan->contacts[1].addAffiliation);
    CHECK(plan->contacts[2].action == ImportAction::Skip);
    CHECK(plan->contacts[2].line == 4);
    CHECK(plan->contacts[2].reason.contains(QStringLiteral("line 3")));
    CHECK(plan->contacts[3].action == ImportAction::Create);
    CHECK_FALSE(plan->contacts[3].likelyDuplicateOf.isEmpty());
    CHECK(plan->likelyDuplicates() == 1);
    REQUIRE(plan->rejected.size() == 1);
    CHECK(plan->rejected[0].line == 6);
    REQUIRE(plan->organisations.size() == 2); // Association Zèbre, Autre Structure (once each)

    REQUIRE(apply(db, plan.value()).ok());
    CHECK(ContactRepository(db).count() == contactsBefore + 2);
    CHECK(OrganisationRepository(db).count() == organisationsBefore + 2);
    ContactFilter filter;
    filter.text = QStringLiteral("nina@zebre.fr");
    auto nina = ContactRepository(db).list(filter);
    REQUIRE(nina.ok());
    REQUIRE(nina->size() == 1);
    auto current = ContactRepository(db).currentOrganisationId(nina->front().id, QDate::currentDate());
    REQUIRE(current.ok());
    auto zebre = OrganisationRepository(db).get(current.value());
    REQUIRE(zebre.ok());
    CHECK(zebre->name == QStringLiteral("Association Zèbre"));
    auto councils = CouncilRepository(db).list();
    REQUIRE(councils.ok());
    REQUIRE(councils->size() == 1);
    CHECK(OrganisationRepository(db).councilIds(zebre->id).value() == std::vector<qint64>{councils->front().id});
    auto updated = ContactRepository(db).get(known.contact.id);
    REQUIRE(updated.ok());
    CHECK(updated->mobile == QStringLiteral("06 99 99 99 99"));
    CHECK(updated->email == known.contact.email);
}

TEST_CASE("import apply is all or nothing", "[exchange][csv][db]")
{
    test::TestDatabase fx;
    Database& db = fx.db();
    REQUIRE(demo::generateDemoCouncil(db, QDate(2026, 6, 15)).ok());
    const Known known = knownContact(db);
    const int contactsBefore = ContactRepository(db).count();
    const int organisationsBefore = OrganisationRepository(db).count();
    const ContactBatch batch = csv(QStringLiteral("Nom;Prénom;Organisme;Courriel;Fonction\n"
                                                  "Premier;Pierre;Nouvelle Asso;pierre@asso.fr;\n"
                                                  "%1;%2;;%3;Fonction changée\n"
                                                  "Dernier;Denise;;denise@asso.fr;\n")
                                       .arg(known.contact.lastName, known.contact.firstName, known.contact.email));
    auto plan = planContactImport(db, batch, MatchKey::Email);
    REQUIRE(plan.ok());
    REQUIRE(plan->count(ImportAction::Create) == 2);
    REQUIRE(plan->count(ImportAction::Update) == 1);

    SECTION("the last write fails")
    {
        plan->contacts[2].contact.email = QStringLiteral("pas un courriel"); // refused by the repository
        const Status status = apply(db, plan.value());
        REQUIRE_FALSE(status.ok());
        CHECK(status.error().message.contains(QStringLiteral("Line 4")));
    }
    SECTION("someone changed the contact meanwhile")
    {
        Contact changed = ContactRepository(db).get(known.contact.id).value();
        changed.notes = QStringLiteral("changé entre-temps");
        REQUIRE(ContactRepository(db).update(changed).ok());
        const Status status = apply(db, plan.value());
        REQUIRE_FALSE(status.ok());
        CHECK(status.error().kind == Error::Kind::Conflict);
    }
    CHECK(ContactRepository(db).count() == contactsBefore);
    CHECK(OrganisationRepository(db).count() == organisationsBefore);
    CHECK(ContactRepository(db).get(known.contact.id)->jobTitle == known.contact.jobTitle);
}

TEST_CASE("import plan: a vCard KIND:org completes its organisation without creating a person", "[exchange][vcard][db]")
{
    test::TestDatabase fx;
    Database& db = fx.db();
    Organisation unafam;
    unafam.name = QStringLiteral("UNAFAM 59");
    unafam.phone = QStringLiteral("03 00 00 00 00");
    REQUIRE(OrganisationRepository(db).create(unafam).ok());
    const ContactBatch batch = readVCards("BEGIN:VCARD\r\nVERSION:4.0\r\nKIND:org\r\nFN:Unafam 59\r\n"
                                          "EMAIL:59@unafam.org\r\nTEL:01 00 00 00 00\r\nEND:VCARD\r\n");
    auto plan = planContactImport(db, batch, MatchKey::Email);
    REQUIRE(plan.ok());
    CHECK(plan->contacts.empty());
    REQUIRE(plan->organisations.size() == 1);
    CHECK(plan->organisations[0].action == ImportAction::Update);
    REQUIRE(apply(db, plan.value()).ok());
    auto after = OrganisationRepository(db).get(unafam.id);
    REQUIRE(after.ok());
    CHECK(after->email == QStringLiteral("59@unafam.org"));
    CHECK(after->phone == QStringLiteral("03 00 00 00 00")); // filled: kept
    CHECK(ContactRepository(db).count() == 0);
}

TEST_CASE("import plan: a new organisation takes the sector named in the file, the person the pillar",
          "[exchange][csv][db]")
{
    test::TestDatabase fx;
    Database& db = fx.db();
    REQUIRE(SectorRepository(db).ensureDefaults().ok());
    const Sector sector = SectorRepository(db).list().value().at(1);
    const ContactBatch batch = csv(QStringLiteral("Nom;Structure;Secteur;Pilier\nRoux;GEM Envol;%1;AIDANT\n")
                                       .arg(sector.label.toUpper()));
    auto plan = planContactImport(db, batch, MatchKey::Email);
    REQUIRE(plan.ok());
    REQUIRE(plan->organisations.size() == 1);
    CHECK(plan->organisations[0].organisation.sectorId == sector.id);
    REQUIRE(plan->contacts.size() == 1);
    CHECK(plan->contacts[0].contact.pillar == Pillar::Carer);
}
