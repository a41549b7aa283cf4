// SPDX-License-Identifier: EUPL-1.2
#include "tests/support/Catch.h"

#include "core/exchange/ContactExport.h"
#include "core/exchange/CsvFormat.h"

#include <QFile>
#include <QTemporaryDir>

using namespace maillage;
using namespace maillage::contacts;

namespace {

QString fieldOf(const QHash<int, QString>& mapping, const QStringList& header, const QString& column)
{
    return mapping.value(int(header.indexOf(column)));
}

} // namespace

TEST_CASE("CSV from French Excel: Windows-1252 accents and semicolons", "[exchange][csv]")
{
    const QByteArray bytes =
        "Civilit\xE9;Pr\xE9nom;Nom;Fonction;Organisme;Courriel;T\xE9l\xE9phone;Portable;Commune\r\n"
        "Mme;H\xE9l\xE8ne;L\xE9vy;Infirmi\xE8re;CMP \x9C"
        "dipe;h.levy@ch.fr;03 20 00 00 00;;Lille\r\n"
        "M.;Fran\xE7ois;Dupr\xE9;\x93\xC9lu\x94;Mairie;;;06 11 22 33 44;Roubaix\r\n";
    auto table = parseCsv(bytes);
    REQUIRE(table.ok());
    CHECK_FALSE(table->utf8);
    CHECK(table->separator == u';');
    CHECK(table->header.value(0) == QStringLiteral("Civilité"));
    REQUIRE(table->rows.size() == 2);
    const ContactBatch batch = csvToContacts(table.value(), guessCsvMapping(table->header));
    REQUIRE(batch.rejected.empty());
    REQUIRE(batch.records.size() == 2);
    CHECK(batch.records[0].contact.firstName == QStringLiteral("Hélène"));
    CHECK(batch.records[0].contact.lastName == QStringLiteral("Lévy"));
    CHECK(batch.records[0].contact.jobTitle == QStringLiteral("Infirmière"));
    CHECK(batch.records[0].organisation == QStringLiteral("CMP œdipe"));
    CHECK(batch.records[0].contact.email == QStringLiteral("h.levy@ch.fr"));
    CHECK(batch.records[0].contact.address == QStringLiteral("Lille"));
    CHECK(batch.records[0].line == 2);
    CHECK(batch.records[1].contact.jobTitle == QStringLiteral("“Élu”"));
    CHECK(batch.records[1].contact.mobile == QStringLiteral("06 11 22 33 44"));
    CHECK(batch.records[1].commune == QStringLiteral("Roubaix"));
}

TEST_CASE("CSV: UTF-8 with BOM, commas, quoted fields with doubled quotes and newlines", "[exchange][csv]")
{
    const QByteArray bytes = "\xEF\xBB\xBF"
                             "First Name,Last Name,Company,E-mail Address,Notes,Job Title\n"
                             "Anne,Martin,\"UNAFAM, délégation 59\",anne@unafam.org,\"Dit \"\"bonjour\"\"\n"
                             "sur deux lignes\",Bénévole\n"
                             "Paul,Durand,ARS,paul@ars.fr,,Chargé de mission\n";
    auto table = parseCsv(bytes);
    REQUIRE(table.ok());
    CHECK(table->utf8);
    CHECK(table->separator == u',');
    CHECK(table->header.value(0) == QStringLiteral("First Name")); // the BOM is not part of the header
    const ContactBatch batch = csvToContacts(table.value(), guessCsvMapping(table->header));
    REQUIRE(batch.records.size() == 2);
    CHECK(batch.records[0].organisation == QStringLiteral("UNAFAM, délégation 59"));
    CHECK(batch.records[0].contact.notes == QStringLiteral("Dit \"bonjour\"\nsur deux lignes"));
    CHECK(batch.records[0].contact.jobTitle == QStringLiteral("Bénévole"));
    CHECK(batch.records[1].line == 4); // the embedded newline counts
    CHECK(batch.records[1].contact.email == QStringLiteral("paul@ars.fr"));
}

TEST_CASE("CSV: tab separator and header guessing in French and English", "[exchange][csv]")
{
    auto table = parseCsv("NOM\tprenom\tE-MAIL\tStructure\tSecteur\tPilier\tTél.\tMobile\n"
                          "Roux\tLéa\tlea@x.fr\tGEM\tusagers\tusager\t01\t06\n");
    REQUIRE(table.ok());
    CHECK(table->separator == u'\t');
    const QHash<int, QString> guessed = guessCsvMapping(table->header);
    CHECK(fieldOf(guessed, table->header, QStringLiteral("NOM")) == QStringLiteral("lastName"));
    CHECK(fieldOf(guessed, table->header, QStringLiteral("prenom")) == QStringLiteral("firstName"));
    CHECK(fieldOf(guessed, table->header, QStringLiteral("E-MAIL")) == QStringLiteral("email"));
    CHECK(fieldOf(guessed, table->header, QStringLiteral("Structure")) == QStringLiteral("organisation"));
    CHECK(fieldOf(guessed, table->header, QStringLiteral("Secteur")) == QStringLiteral("sector"));
    CHECK(fieldOf(guessed, table->header, QStringLiteral("Pilier")) == QStringLiteral("pillar"));
    CHECK(fieldOf(guessed, table->header, QStringLiteral("Tél.")) == QStringLiteral("phone"));
    CHECK(fieldOf(guessed, table->header, QStringLiteral("Mobile")) == QStringLiteral("mobile"));

    const QStringList english = {QStringLiteral("Title"),   QStringLiteral("Given name"),
                                 QStringLiteral("Surname"), QStringLiteral("Organization"),
                                 QStringLiteral("Mail"),    QStringLiteral("City"),
                                 QStringLiteral("Mystery")};
    const QHash<int, QString> mapping = guessCsvMapping(english);
    CHECK(mapping.value(0) == QStringLiteral("civility"));
    CHECK(mapping.value(1) == QStringLiteral("firstName"));
    CHECK(mapping.value(2) == QStringLiteral("lastName"));
    CHECK(mapping.value(3) == QStringLiteral("organisation"));
    CHECK(mapping.value(4) == QStringLiteral("email"));
    CHECK(mapping.value(5) == QStringLiteral("commune"));
    CHECK_FALSE(mapping.contains(6));
}

TEST_CASE("CSV: an explicit JSON mapping, and its mistakes", "[exchange][csv]")
{
    auto table = parseCsv("Qui;Prénom usuel;Où;Contact\nMartin;Anne;CCAS;anne@ccas.fr\n");
    REQUIRE(table.ok());
    CHECK_FALSE(guessCsvMapping(table->header).values().contains(QStringLiteral("lastName")));
    auto mapping = csvMappingFromJson(R"({"Qui": "lastName", "prenom usuel": "firstName", "Où": "organisation",
                                         "Contact": "email"})",
                                      table->header);
    REQUIRE(mapping.ok());
    const ContactBatch batch = csvToContacts(table.value(), mapping.value());
    REQUIRE(batch.records.size() == 1);
    CHECK(batch.records[0].contact.lastName == QStringLiteral("Martin"));
    CHECK(batch.records[0].contact.firstName == QStringLiteral("Anne"));
    CHECK(batch.records[0].organisation == QStringLiteral("CCAS"));
    CHECK(batch.records[0].contact.email == QStringLiteral("anne@ccas.fr"));

    auto unknownField = csvMappingFromJson(R"({"Qui": "surname"})", table->header);
    REQUIRE_FALSE(unknownField.ok());
    CHECK(unknownField.error().message.contains(QStringLiteral("surname")));
    auto unknownColumn = csvMappingFromJson(R"({"Nom": "lastName"})", table->header);
    REQUIRE_FALSE(unknownColumn.ok());
    CHECK(unknownColumn.error().message.contains(QStringLiteral("Nom")));
    CHECK_FALSE(csvMappingFromJson("[1, 2]", table->header).ok());
}

TEST_CASE("CSV: unclosed quotes, over-long fields and rows without a name", "[exchange][csv]")
{
    auto unclosed = parseCsv("Nom;Notes\nMartin;\"sans fin\nDurand;x\n");
    REQUIRE_FALSE(unclosed.ok());
    CHECK(unclosed.error().message.contains(QStringLiteral("line 2")));

    const QByteArray huge = "Nom;Notes\nLong;" + QByteArray(kMaxFieldChars + 5, 'x') + "\nCourt;ok\n;sans nom\n";
    auto table = parseCsv(huge);
    REQUIRE(table.ok());
    const ContactBatch batch = csvToContacts(table.value(), guessCsvMapping(table->header));
    REQUIRE(batch.records.size() == 1);
    CHECK(batch.records[0].contact.lastName == QStringLiteral("Court"));
    REQUIRE(batch.rejected.size() == 2);
    CHECK(batch.rejected[0].line == 2);
    CHECK(batch.rejected[1].line == 4);
}

TEST_CASE("CSV writer: UTF-8 BOM, semicolons by default, quoting; reads back", "[exchange][csv]")
{
    ExportedContact anne;
    anne.contact.civility = QStringLiteral("Mme");
    anne.contact.firstName = QStringLiteral("Anne");
    anne.contact.lastName = QStringLiteral("Martin; \"Nana\"");
    anne.contact.notes = QStringLiteral("deux\nlignes");
    anne.contact.pillar = Pillar::Carer;
    anne.organisation = QStringLiteral("UNAFAM, 59");
    for (const QChar separator : {QChar(u';'), QChar(u',')}) {
        const QByteArray bytes = writeContactsCsv({anne}, separator);
        CHECK(bytes.startsWith("\xEF\xBB\xBF"
                               "Civilité"));
        auto table = parseCsv(bytes);
        REQUIRE(table.ok());
        CHECK(table->separator == separator);
        const ContactBatch batch = csvToContacts(table.value(), guessCsvMapping(table->header));
        REQUIRE(batch.records.size() == 1);
        CHECK(batch.records[0].contact.lastName == anne.contact.lastName);
        CHECK(batch.records[0].contact.notes == anne.contact.notes);
        CHECK(batch.records[0].organisation == anne.organisation);
        CHECK(batch.records[0].pillar == QStringLiteral("aidant"));
    }
}

TEST_CASE("contact files over the size limit are refused before being read", "[exchange][csv]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.csv"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.resize(kMaxFileBytes + 1)); // sparse: no memory, no disk
    file.close();
    auto read = readCsvContactFile(path);
    REQUIRE_FALSE(read.ok());
    CHECK(read.error().message.contains(QStringLiteral("too big")));
    CHECK_FALSE(readCsvContactFile(dir.filePath(QStringLiteral("missing.csv"))).ok());
}

TEST_CASE("CSV: a byte-order mark after the start is not part of a column name (fuzz_csv finding)", "[exchange][csv]")
{
    const QByteArray bytes(" \xEF\xBB\xBFNom;Pr\xC3\xA9nom\nMartin;Jeanne\n");
    auto table = parseCsv(bytes);
    REQUIRE(table.ok());
    CHECK(table->header == QStringList{QStringLiteral("Nom"), QStringLiteral("Prénom")});
    // Written back and read again, the names stay the same.
    auto again = parseCsv(writeCsvLine(table->header, table->separator) +
                          writeCsvLine(table->rows.front().fields, table->separator));
    REQUIRE(again.ok());
    CHECK(again->header == table->header);
}

TEST_CASE("CSV: a header made only of a byte-order mark is no header (fuzz_csv finding)", "[exchange][csv]")
{
    auto table = parseCsv(QByteArray("\n\xEF\xBB\xBF \n"));
    CHECK_FALSE(table.ok());
}
