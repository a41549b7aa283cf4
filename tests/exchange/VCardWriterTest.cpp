// SPDX-License-Identifier: EUPL-1.2
#include "tests/support/Catch.h"
#include "tests/support/TestDatabase.h"

#include "core/demo/DemoCouncil.h"
#include "core/exchange/ContactExport.h"
#include "core/exchange/ContactImportPlan.h"
#include "core/exchange/VCardReader.h"
#include "core/exchange/VCardWriter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using namespace maillage;
using namespace maillage::contacts;

namespace {

ExportedContact sample()
{
    ExportedContact e;
    e.contact.civility = QStringLiteral("Dr");
    e.contact.firstName = QStringLiteral("Anne-Hélène");
    e.contact.lastName = QStringLiteral("Lefèvre; dite \"Nana\", \\ la grande");
    e.contact.jobTitle = QStringLiteral("Psychiatre, cheffe de pôle");
    e.contact.email = QStringLiteral("a.lefevre@ch-exemple.fr");
    e.contact.phone = QStringLiteral("03 20 00 00 01");
    e.contact.mobile = QStringLiteral("06 00 00 00 02");
    e.contact.address = QStringLiteral("2 rue de la Paix\n59000 Lille");
    e.contact.notes = QStringLiteral("Très ") + QString(60, QChar(0x00E9)) + QStringLiteral("\nfin; ok, oui");
    e.organisation = QStringLiteral("Centre hospitalier; pôle Ouest");
    return e;
}

// Debian's python3-vobject, an independent reader (.ci/deps --tests installs it).
const char* const kVobjectScript = R"(
import sys, json, vobject
cards = []
for card in vobject.readComponents(open(sys.argv[1], encoding='utf-8').read()):
    n = card.n.value
    cards.append({'fn': card.fn.value, 'family': n.family, 'given': n.given,
                  'org': card.org.value[0] if hasattr(card, 'org') else '',
                  'email': card.email.value if hasattr(card, 'email') else ''})
print(json.dumps(cards))
)";

} // namespace

TEST_CASE("vCard writer: CRLF, lines folded at 75 octets without splitting a character, values escaped",
          "[exchange][vcard]")
{
    for (const VCardVersion version : {VCardVersion::V4, VCardVersion::V3}) {
        const QByteArray bytes = writeVCards({sample()}, version);
        CHECK(bytes.startsWith(version == VCardVersion::V4 ? "BEGIN:VCARD\r\nVERSION:4.0\r\n"
                                                           : "BEGIN:VCARD\r\nVERSION:3.0\r\n"));
        CHECK(bytes.endsWith("END:VCARD\r\n"));
        CHECK_FALSE(QByteArray(bytes).replace("\r\n", "").contains('\n'));
        const QByteArray raw = writeVCards({sample()}, version);
        for (const QByteArray& line : raw.split('\n')) {
            CHECK(line.size() <= 76);                        // 75 octets + the CR
            CHECK(QString::fromUtf8(line).toUtf8() == line); // no cut inside a UTF-8 sequence
        }
        CHECK(raw.contains("N:Lefèvre\\; dite \"Nana\"\\, \\\\ la grande;Anne-Hélène;;Dr;"));
        CHECK(raw.contains("ORG:Centre hospitalier\\; pôle Ouest"));
        CHECK(raw.contains(version == VCardVersion::V4 ? "TEL;TYPE=cell:06 00 00 00 02"
                                                       : "TEL;TYPE=CELL:06 00 00 00 02"));

        const ContactBatch back = readVCards(raw);
        REQUIRE(back.rejected.empty());
        REQUIRE(back.records.size() == 1);
        const IncomingContact& read = back.records.front();
        const ExportedContact original = sample();
        CHECK(read.contact.civility == original.contact.civility);
        CHECK(read.contact.firstName == original.contact.firstName);
        CHECK(read.contact.lastName == original.contact.lastName);
        CHECK(read.contact.jobTitle == original.contact.jobTitle);
        CHECK(read.contact.email == original.contact.email);
        CHECK(read.contact.phone == original.contact.phone);
        CHECK(read.contact.mobile == original.contact.mobile);
        CHECK(read.contact.address == original.contact.address);
        CHECK(read.contact.notes == original.contact.notes);
        CHECK(read.organisation == original.organisation);
    }
}

TEST_CASE("our vCard export of the demo council reads back identical and re-imports as nothing new",
          "[exchange][vcard][db]")
{
    test::TestDatabase fx;
    Database& db = fx.db();
    REQUIRE(demo::generateDemoCouncil(db, QDate(2026, 6, 15)).ok());
    auto exported = exportedContacts(db);
    REQUIRE(exported.ok());
    REQUIRE(exported->size() > 20);
    const ContactBatch back = readVCards(writeVCards(exported.value()));
    REQUIRE(back.rejected.empty());
    REQUIRE(back.records.size() == exported->size());
    for (size_t i = 0; i < back.records.size(); ++i) {
        const Contact& original = exported.value()[i].contact;
        const IncomingContact& read = back.records[i];
        INFO(original.displayName().toStdString());
        CHECK(read.contact.displayName() == original.displayName());
        CHECK(read.contact.email == original.email);
        CHECK(read.contact.phone == original.phone);
        CHECK(read.contact.mobile == original.mobile);
        CHECK(read.contact.jobTitle == original.jobTitle);
        CHECK(read.contact.notes == original.notes);
        CHECK(read.organisation == exported.value()[i].organisation);
    }
    for (const MatchKey key : {MatchKey::Email, MatchKey::Name}) {
        auto plan = planContactImport(db, back, key);
        REQUIRE(plan.ok());
        CHECK(plan->count(ImportAction::Create) == 0);
        CHECK(plan->count(ImportAction::Update) == 0);
        CHECK(plan->count(ImportAction::Skip) == int(back.records.size()));
        CHECK(plan->organisations.empty());
    }
}

TEST_CASE("python3-vobject reads our vCard export", "[exchange][vcard][db]")
{
    test::TestDatabase fx;
    Database& db = fx.db();
    REQUIRE(demo::generateDemoCouncil(db, QDate(2026, 6, 15)).ok());
    auto exported = exportedContacts(db);
    REQUIRE(exported.ok());
    std::vector<ExportedContact> contacts = exported.value();
    contacts.push_back(sample());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("contacts.vcf"));
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(writeVCards(contacts, VCardVersion::V3));
    }
    REQUIRE(QFile::exists(QStringLiteral("/usr/bin/python3")));
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), QString::fromLatin1(kVobjectScript), path});
    REQUIRE(python.waitForFinished(60000));
    const QByteArray errors = python.readAllStandardError();
    if (python.exitCode() != 0 && errors.contains("No module named 'vobject'")) {
        WARN("python3-vobject is not installed (bash .ci/deps --tests): independent check skipped");
        return;
    }
    INFO(errors.toStdString());
    REQUIRE(python.exitCode() == 0);
    const QJsonArray cards = QJsonDocument::fromJson(python.readAllStandardOutput()).array();
    REQUIRE(cards.size() == int(contacts.size()));
    for (int i = 0; i < cards.size(); ++i) {
        const QJsonObject card = cards[i].toObject();
        const ExportedContact& e = contacts[size_t(i)];
        CHECK(card[QStringLiteral("family")].toString() == e.contact.lastName);
        CHECK(card[QStringLiteral("given")].toString() == e.contact.firstName);
        CHECK(card[QStringLiteral("org")].toString() == e.organisation);
        CHECK(card[QStringLiteral("email")].toString() == e.contact.email);
    }
}
