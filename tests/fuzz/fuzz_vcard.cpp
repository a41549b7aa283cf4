// SPDX-License-Identifier: EUPL-1.2
// vCard reader: never crashes; the people it reads, written as vCards and read again, keep their names.
#include "core/exchange/VCardReader.h"
#include "core/exchange/VCardWriter.h"
#include "tests/fuzz/FuzzSupport.h"

using namespace maillage::contacts;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    ensureApplication();
    const ContactBatch batch = readVCards(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)));
    std::vector<ExportedContact> people;
    for (const IncomingContact& record : batch.records)
        if (!record.isOrganisation && !record.contact.lastName.trimmed().isEmpty())
            people.push_back({record.contact, record.organisation});
    if (people.empty())
        return 0;
    const ContactBatch again = readVCards(writeVCards(people));
    FUZZ_REQUIRE(again.records.size() == people.size());
    for (size_t i = 0; i < people.size(); ++i) {
        FUZZ_REQUIRE(again.records[i].contact.lastName == people[i].contact.lastName);
        FUZZ_REQUIRE(again.records[i].contact.firstName == people[i].contact.firstName);
        FUZZ_REQUIRE(again.records[i].contact.email == people[i].contact.email);
    }
    return 0;
}
