// SPDX-License-Identifier: EUPL-1.2
#include "core/exchange/ContactImportPlan.h"
#include "core/exchange/CsvFormat.h"
#include "core/storage/ContactRepository.h"
#include "core/storage/OrganisationRepository.h"
#include "core/storage/SearchRepository.h"
#include "core/storage/UndoBatchRepository.h"
#include "tests/storage/RepositoryChecks.h"
#include "tests/support/Catch.h"
#include "tests/support/TestDatabase.h"

using namespace maillage;
using maillage::test::rowCount;

namespace {

contacts::ContactBatch csv(const QString& text)
{
    auto table = contacts::parseCsv(text.toUtf8());
    REQUIRE(table.ok());
    return contacts::csvToContacts(table.value(), contacts::guessCsvMapping(table->header));
}

// Every stored field of a contact, to compare before and after.
QStringList fields(const Contact& c)
{
    return {c.civility,
            c.firstName,
            c.lastName,
            c.jobTitle,
            codeOf(c.pillar),
            c.email,
            c.phone,
            c.mobile,
            c.address,
            codeOf(c.legalBasis),
            c.consentConfirmedOn.toString(Qt::ISODate),
            c.charterSignedOn.toString(Qt::ISODate),
            c.active ? QStringLiteral("1") : QStringLiteral("0"),
            c.notes};
}

} // namespace

TEST_CASE("A contacts import is one batch that undo reverts exactly, updated fields included", "[db][undo]")
{
    test::TestDatabase fx;
    Database& db = fx.db();
    OrganisationRepository organisations(db);
    ContactRepository contacts(db);
    Organisation mairie;
    mairie.name = QStringLiteral("Mairie de Lomme");
    REQUIRE(organisations.create(mairie).ok());
    Contact known;
    known.civility = QStringLiteral("Mme");
    known.firstName = QStringLiteral("Élodie");
    known.lastName = QStringLiteral("Lefèvre");
    known.email = QStringLiteral("elodie@example.fr");
    known.jobTitle = QStringLiteral("Adjointe");
    known.notes = QStringLiteral("kept");
    known.legalBasis = LegalBasis::PublicTask;
    REQUIRE(contacts.create(known).ok());
    Affiliation first{};
    first.contactId = known.id;
    first.organisationId = mairie.id;
    REQUIRE(contacts.addAffiliation(first).ok());
    const Contact before = contacts.get(known.id).value();
    const int contactsBefore = rowCount(db, QStringLiteral("contact"));
    const int organisationsBefore = rowCount(db, QStringLiteral("organisation"));
    const int affiliationsBefore = rowCount(db, QStringLiteral("affiliation"));

    // Élodie gets a new function and phone (her notes stay: a blank never overwrites), moves to a new
    // organisation; Paul is new in a new organisation.
    const auto batch = csv(QStringLiteral("Prénom;Nom;Fonction;Organisme;Courriel;Téléphone;Notes\n"
                                          "Élodie;Lefèvre;Maire adjointe;CCAS de Lomme;elodie@example.fr;0320;\n"
                                          "Paul;Petit;Éducateur;Association Ensemble;paul@example.fr;;\n"));
    auto plan = contacts::planContactImport(db, batch, contacts::MatchKey::Email);
    REQUIRE(plan.ok());
    REQUIRE(plan->count(contacts::ImportAction::Update) == 1);
    REQUIRE(plan->count(contacts::ImportAction::Create) == 1);
    qint64 batchId = 0;
    REQUIRE(contacts::apply(db, plan.value(), contacts::csvImportKind(), QStringLiteral("file.csv"), &batchId).ok());
    REQUIRE(batchId > 0);

    const Contact updated = contacts.get(known.id).value();
    CHECK(updated.jobTitle == QStringLiteral("Maire adjointe"));
    CHECK(updated.phone == QStringLiteral("0320"));
    CHECK(updated.notes == QStringLiteral("kept"));
    CHECK(rowCount(db, QStringLiteral("contact")) == contactsBefore + 1);
    CHECK(rowCount(db, QStringLiteral("organisation")) == organisationsBefore + 2);

    UndoBatchRepository batches(db);
    auto recorded = batches.get(batchId);
    REQUIRE(recorded.ok());
    CHECK(recorded->kind == QStringLiteral("csv_import"));
    CHECK(recorded->label == QStringLiteral("file.csv"));
    // 2 organisations, Élodie updated + her new affiliation, Paul + his affiliation.
    CHECK(recorded->items.size() == 6);
    CHECK(batches.latestUndoable({contacts::csvImportKind()}).value() == batchId);
    CHECK(batches.latestUndoable({contacts::vcardImportKind()}).value() == 0);

    REQUIRE(batches.undo(batchId).ok());
    CHECK(rowCount(db, QStringLiteral("contact")) == contactsBefore);
    CHECK(rowCount(db, QStringLiteral("organisation")) == organisationsBefore);
    CHECK(rowCount(db, QStringLiteral("affiliation")) == affiliationsBefore);
    const Contact restored = contacts.get(known.id).value();
    CHECK(fields(restored) == fields(before));
    CHECK(restored.version > before.version); // an editor holding the imported version sees a conflict
    CHECK(contacts.currentOrganisationId(known.id, QDate::currentDate()).value() == mairie.id);
    // The search index follows: Paul is no longer found, Élodie is found by her old function.
    CHECK(SearchRepository(db).search(QStringLiteral("Petit")).value().empty());
    CHECK_FALSE(SearchRepository(db).search(QStringLiteral("Adjointe")).value().empty());

    CHECK(batches.get(batchId)->isUndone());
    CHECK(batches.latestUndoable().value() == 0);
    CHECK_FALSE(batches.undo(batchId).ok()); // once only
}

TEST_CASE("An undo that cannot complete changes nothing", "[db][undo]")
{
    test::TestDatabase fx;
    Database& db = fx.db();
    auto plan = contacts::planContactImport(
        db, csv(QStringLiteral("Nom;Organisme\nPetit;Association Ensemble\nDurand;Association Ensemble\n")),
        contacts::MatchKey::Name);
    REQUIRE(plan.ok());
    qint64 batchId = 0;
    REQUIRE(contacts::apply(db, plan.value(), contacts::csvImportKind(), {}, &batchId).ok());
    REQUIRE(rowCount(db, QStringLiteral("contact")) == 2);
    // Someone else joined the imported organisation meanwhile: it cannot be deleted, so nothing is undone.
    Contact other;
    other.lastName = QStringLiteral("Autre");
    ContactRepository contacts(db);
    REQUIRE(contacts.create(other).ok());
    auto organisation = OrganisationRepository(db).list();
    REQUIRE(organisation->size() == 1);
    Affiliation link;
    link.contactId = other.id;
    link.organisationId = organisation->front().id;
    REQUIRE(contacts.addAffiliation(link).ok());

    UndoBatchRepository batches(db);
    CHECK_FALSE(batches.undo(batchId).ok());
    CHECK(rowCount(db, QStringLiteral("contact")) == 3);
    CHECK(rowCount(db, QStringLiteral("organisation")) == 1);
    CHECK_FALSE(batches.get(batchId)->isUndone());
}

TEST_CASE("Batches refuse tables they cannot restore", "[db][undo]")
{
    test::TestDatabase fx;
    UndoBatchRepository batches(fx.db());
    auto batch = batches.begin(QStringLiteral("merge"), {});
    REQUIRE(batch.ok());
    CHECK_FALSE(batches.recordCreated(batch.value(), QStringLiteral("council; DROP TABLE contact"), 1).ok());
    CHECK_FALSE(batches.snapshot(QStringLiteral("meeting"), 1).ok());
}
