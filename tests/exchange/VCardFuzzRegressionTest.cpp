// SPDX-License-Identifier: EUPL-1.2
#include "tests/support/Catch.h"

#include "core/exchange/VCardReader.h"
#include "core/exchange/VCardWriter.h"

#include <QDir>
#include <QFile>

using namespace maillage;
using namespace maillage::contacts;

namespace {

// The property fuzz_vcard checks: the people read, written as vCards and read again, keep name and e-mail.
void requireRoundTrip(const QByteArray& bytes)
{
    const ContactBatch batch = readVCards(bytes);
    std::vector<ExportedContact> people;
    for (const IncomingContact& record : batch.records)
        if (!record.isOrganisation && !record.contact.lastName.trimmed().isEmpty())
            people.push_back({record.contact, record.organisation});
    const QByteArray written = writeVCards(people);
    const ContactBatch again = readVCards(written);
    for (const RejectedRecord& rejected : again.rejected)
        UNSCOPED_INFO("rejected: " << rejected.reason.toStdString());
    REQUIRE(again.rejected.empty());
    REQUIRE(again.records.size() == people.size());
    for (size_t i = 0; i < people.size(); ++i) {
        CHECK(again.records[i].contact.lastName == people[i].contact.lastName);
        CHECK(again.records[i].contact.firstName == people[i].contact.firstName);
        CHECK(again.records[i].contact.email == people[i].contact.email);
    }
}

} // namespace

TEST_CASE("control characters encoded in quoted-printable never reach a contact nor our vCards", "[exchange][vcard]")
{
    // What fuzzing found: =03 and =19 in a NOTE came through, our writer copied them, and reading it back
    // rejected the card ("unreadable line"). Line breaks (=0D=0A) stay line breaks.
    const QByteArray card = "BEGIN:VCARD\r\nVERSION:2.1\r\n"
                            "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Du=01pont;Ann=1Be\r\n"
                            "EMAIL:ann@example.org\r\n"
                            "NOTE;ENCODING=QUOTED-PRINTABLE:a=03b=0D=0Ac=19d=0De\r\nEND:VCARD\r\n";
    const ContactBatch batch = readVCards(card);
    REQUIRE(batch.rejected.empty());
    REQUIRE(batch.records.size() == 1);
    const Contact& contact = batch.records[0].contact;
    CHECK(contact.lastName == QStringLiteral("Dupont"));
    CHECK(contact.firstName == QStringLiteral("Anne"));
    CHECK(contact.notes == QStringLiteral("ab\ncd\ne"));

    // A contact holding control characters (typed elsewhere) is written without them.
    Contact typed = contact;
    typed.notes = QStringLiteral("x\x01y\tz\r\nw");
    const QByteArray written = writeVCards({{typed, QStringLiteral("GEM\x02")}});
    for (const char c : written)
        if (c != '\r' && c != '\n' && c != '\t')
            CHECK(static_cast<unsigned char>(c) >= 0x20);
    const ContactBatch again = readVCards(written);
    REQUIRE(again.records.size() == 1);
    CHECK(again.records[0].contact.notes == QStringLiteral("xy\tz\nw"));
    CHECK(again.records[0].organisation == QStringLiteral("GEM"));
    requireRoundTrip(card);
}

TEST_CASE("the vCard inputs kept from fuzzing read, write and read again the same", "[exchange][vcard][fuzz]")
{
    const QDir dir(QStringLiteral(MAILLAGE_SOURCE_DIR "/tests/fuzz/regressions/vcard"));
    const QStringList files = dir.entryList(QDir::Files);
    REQUIRE_FALSE(files.isEmpty());
    for (const QString& name : files) {
        INFO(name.toStdString());
        QFile file(dir.filePath(name));
        REQUIRE(file.open(QIODevice::ReadOnly));
        requireRoundTrip(file.readAll());
    }
}
