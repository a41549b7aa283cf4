// SPDX-License-Identifier: EUPL-1.2
#include "tests/support/Catch.h"

#include "core/exchange/VCardReader.h"

#include <QDir>

using namespace maillage::contacts;

namespace {

QString corpusFile(const QString& name)
{
    return QStringLiteral(MAILLAGE_TEST_DATA_DIR "/vcard/") + name;
}

ContactBatch readCorpus(const QString& name)
{
    auto batch = readVCardFile(corpusFile(name));
    REQUIRE(batch.ok());
    return batch.value();
}

struct Expected
{
    const char* file;
    int cards;
    const char* firstName;
    const char* lastName;
    const char* organisation;
    const char* email;
};

} // namespace

TEST_CASE("every vCard of the corpus reads without a crash or a rejected card", "[exchange][vcard]")
{
    const QStringList files =
        QDir(QStringLiteral(MAILLAGE_TEST_DATA_DIR "/vcard")).entryList({QStringLiteral("*.vcf")});
    REQUIRE(files.size() == 14);
    for (const QString& file : files) {
        INFO(file.toStdString());
        const ContactBatch batch = readCorpus(file);
        CHECK(batch.rejected.empty());
        CHECK_FALSE(batch.records.empty());
    }
}

TEST_CASE("the corpus cards give the right names, organisations and e-mails", "[exchange][vcard]")
{
    const Expected expected[] = {
        {"John_Doe_BLACK_BERRY.vcf", 1, "john", "Doe", "Acme Solutions", ""},
        {"John_Doe_EVOLUTION.vcf", 1, "John", "Doe", "IBM", "john.doe@ibm.com"},
        {"John_Doe_GMAIL.vcf", 1, "John", "Doe", "IBM", "john.doe@ibm.com"},
        {"John_Doe_IPHONE.vcf", 1, "John", "Doe", "IBM", "john.doe@ibm.com"},
        {"John_Doe_LOTUS_NOTES.vcf", 1, "John", "Doe", "IBM", "john.doe@ibm.com"},
        {"John_Doe_MAC_ADDRESS_BOOK.vcf", 1, "John", "Doe", "IBM", "john.doe@ibm.com"},
        {"John_Doe_MS_OUTLOOK.vcf", 1, "John", "Doe", "IBM", "john.doe@ibm.cm"},
        {"gmail-list.vcf", 3, "Arnold", "Smith", "", "asmithk@gmail.com"},
        {"outlook-2003.vcf", 1, "John", "Doe", "Company, The", "jdoe@hotmail.com"},
        {"outlook-2007.vcf", 1, "Michael", "Angstadt", "TheCompany", "mike.angstadt@gmail.com"},
        {"rfc2426-example.vcf", 2, "Frank", "Dawson", "Lotus Development Corporation", "Frank_Dawson@Lotus.com"},
        {"rfc6350-example.vcf", 1, "Simon", "Perreault", "Viagenie", "simon.perreault@viagenie.ca"},
        {"thunderbird-MoreFunctionsForAddressBook-extension.vcf", 1, "John", "Doe", "TheOrganization",
         "doe.john@hotmail.com"},
    };
    for (const Expected& e : expected) {
        INFO(e.file);
        const ContactBatch batch = readCorpus(QString::fromLatin1(e.file));
        REQUIRE(int(batch.records.size()) == e.cards);
        const IncomingContact& first = batch.records.front();
        CHECK(first.contact.firstName == QString::fromLatin1(e.firstName));
        CHECK(first.contact.lastName == QString::fromLatin1(e.lastName));
        CHECK(first.organisation == QString::fromLatin1(e.organisation));
        CHECK(first.contact.email == QString::fromLatin1(e.email));
        CHECK_FALSE(first.isOrganisation);
    }
}

TEST_CASE("corpus details: civility, units, telephones, notes, addresses", "[exchange][vcard]")
{
    const IncomingContact iphone = readCorpus(QStringLiteral("John_Doe_IPHONE.vcf")).records.front();
    CHECK(iphone.contact.civility == QStringLiteral("M."));
    CHECK(iphone.organisationUnits == QStringList{QStringLiteral("Accounting")});
    CHECK(iphone.contact.jobTitle == QStringLiteral("Money Counter"));
    CHECK(iphone.contact.mobile == QStringLiteral("905-555-1234"));
    CHECK(iphone.contact.phone == QStringLiteral("905-777-1234")); // the work line, not the fax nor the pager
    CHECK(iphone.contact.address.startsWith(QStringLiteral("Street4\nBuilding 6\nFloor 8")));
    CHECK(iphone.commune == QStringLiteral("New York"));

    // 2.1 quoted-printable note with =0D=0A and a soft break in the middle of "=0D=\r\n=0A": plain line breaks.
    const IncomingContact outlook = readCorpus(QStringLiteral("outlook-2003.vcf")).records.front();
    CHECK(outlook.contact.notes == QStringLiteral("This is the note field!!\nSecond line\n\nThird line is empty"));
    CHECK(outlook.contact.mobile == QStringLiteral("MobilePhone"));
    CHECK(outlook.contact.phone == QStringLiteral("BusinessPhone"));

    // Folded 3.0 lines (Evolution) with quoted parameters, and escaped commas in N.
    const IncomingContact evolution = readCorpus(QStringLiteral("John_Doe_EVOLUTION.vcf")).records.front();
    CHECK(evolution.contact.notes.startsWith(
        QStringLiteral("THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND "
                       "CONTRIBUTORS \"AS IS\" AND ANY EXPRESS OR IMPLIED WARRANTIES, "
                       "INCLUDING, BUT NOT LIMITED TO, THE")));
    CHECK(evolution.organisationUnits == QStringList{QStringLiteral("Accounting"), QStringLiteral("Dungeon")});

    // 4.0 telephone URIs.
    const IncomingContact rfc6350 = readCorpus(QStringLiteral("rfc6350-example.vcf")).records.front();
    CHECK(rfc6350.contact.phone == QStringLiteral("+1-418-656-9254 ext. 102"));
    CHECK(rfc6350.contact.mobile == QStringLiteral("+1-418-262-6501"));

    // Android: UTF-8 quoted-printable names split by soft breaks, no name on the first cards.
    const ContactBatch android = readCorpus(QStringLiteral("John_Doe_ANDROID.vcf"));
    REQUIRE(android.records.size() == 6);
    CHECK(android.records[0].contact.lastName.isEmpty());
    CHECK(android.records[0].contact.email == QStringLiteral("john.doe@company.com"));
    CHECK(android.records[3].contact.lastName == QStringLiteral("Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ"));
    CHECK(android.records[4].contact.email == QStringLiteral("bob@company.com"));
    CHECK(android.records[5].organisation == QString(44, QChar(0xD1)));
}

TEST_CASE("vCard 2.1 charsets, quoted-printable and KIND:org", "[exchange][vcard]")
{
    const QByteArray latin1 = "BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=ISO-8859-1:L\xE9vy;H\xE9l\xE8ne;;Mme\r\n"
                              "ORG;CHARSET=WINDOWS-1252:Mairie;CCAS\r\n"
                              "NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:Caf=C3=A9 =\r\ncr=C3=A8me\r\n"
                              "EMAIL;INTERNET;HOME:perso@example.org\r\nEMAIL;INTERNET;WORK:helene.levy@ville.fr\r\n"
                              "TEL;CELL:06 12 34 56 78\r\nTEL;WORK;VOICE:03 20 00 00 00\r\nEND:VCARD\r\n"
                              "BEGIN:VCARD\r\nVERSION:4.0\r\nKIND:org\r\nFN:UNAFAM 59\r\nEMAIL:59@unafam.org\r\n"
                              "END:VCARD\r\n";
    const ContactBatch batch = readVCards(latin1);
    REQUIRE(batch.rejected.empty());
    REQUIRE(batch.records.size() == 2);
    const IncomingContact& helene = batch.records[0];
    CHECK(helene.contact.lastName == QStringLiteral("Lévy"));
    CHECK(helene.contact.firstName == QStringLiteral("Hélène"));
    CHECK(helene.contact.civility == QStringLiteral("Mme"));
    CHECK(helene.organisation == QStringLiteral("Mairie"));
    CHECK(helene.organisationUnits == QStringList{QStringLiteral("CCAS")});
    CHECK(helene.contact.notes == QStringLiteral("Café crème"));
    CHECK(helene.contact.email == QStringLiteral("helene.levy@ville.fr"));
    CHECK(helene.contact.mobile == QStringLiteral("06 12 34 56 78"));
    CHECK(helene.contact.phone == QStringLiteral("03 20 00 00 00"));
    CHECK(batch.records[1].isOrganisation);
    CHECK(batch.records[1].organisation == QStringLiteral("UNAFAM 59"));
    CHECK(batch.records[1].line == 12);
}

TEST_CASE("a broken card is rejected with its line while the others are read", "[exchange][vcard]")
{
    const QByteArray good = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Martin;Anne;;;\r\nEND:VCARD\r\n"; // 4 lines
    SECTION("missing END")
    {
        const ContactBatch batch = readVCards(good + "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Perdu;Paul;;;\r\n" + good);
        REQUIRE(batch.records.size() == 2);
        REQUIRE(batch.rejected.size() == 1);
        CHECK(batch.rejected[0].line == 5);
        CHECK(batch.rejected[0].reason.contains(QStringLiteral("END:VCARD")));
        CHECK(batch.records[1].line == 8);
    }
    SECTION("missing END at the end of the file")
    {
        const ContactBatch batch = readVCards(good + "BEGIN:VCARD\r\nN:Perdu;Paul;;;\r\n");
        REQUIRE(batch.records.size() == 1);
        REQUIRE(batch.rejected.size() == 1);
        CHECK(batch.rejected[0].line == 5);
    }
    SECTION("nested BEGIN")
    {
        const ContactBatch batch =
            readVCards("BEGIN:VCARD\r\nVERSION:3.0\r\nN:Dehors;Denis;;;\r\n" + good + "END:VCARD\r\n" + good);
        REQUIRE(batch.rejected.size() == 1);
        CHECK(batch.rejected[0].line == 1);
        REQUIRE(batch.records.size() == 2);
        CHECK(batch.records[0].contact.lastName == QStringLiteral("Martin"));
        CHECK(batch.records[0].line == 4);
    }
    SECTION("binary junk")
    {
        static const char raw[] =
            "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Bruit;Bob;;;\r\n\x01\x02\xFF\x00\x7F garbage\r\nEND:VCARD\r\n";
        const QByteArray junk(raw, sizeof(raw) - 1);
        const ContactBatch batch = readVCards(good + junk + good);
        REQUIRE(batch.records.size() == 2);
        REQUIRE(batch.rejected.size() == 1);
        CHECK(batch.rejected[0].line == 5);
        CHECK(batch.rejected[0].reason.contains(QStringLiteral("line 8")));
    }
    SECTION("a field over the limit")
    {
        const QByteArray huge =
            "BEGIN:VCARD\r\nN:Long;Luc;;;\r\nNOTE:" + QByteArray(kMaxFieldChars + 10, 'x') + "\r\nEND:VCARD\r\n";
        const ContactBatch batch = readVCards(huge + good);
        REQUIRE(batch.records.size() == 1);
        REQUIRE(batch.rejected.size() == 1);
        CHECK(batch.rejected[0].reason.contains(QStringLiteral("NOTE")));
    }
}
