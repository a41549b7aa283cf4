// SPDX-License-Identifier: EUPL-1.2
// CSV reader: never crashes; a table it reads, written back with its own separator, reads the same.
#include "core/exchange/CsvFormat.h"
#include "tests/fuzz/FuzzSupport.h"

using namespace maillage::contacts;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    ensureApplication();
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    auto table = parseCsv(bytes);
    if (!table.ok())
        return 0;
    (void)csvToContacts(table.value(), guessCsvMapping(table->header));
    if (!table->rejected.empty() || table->header.isEmpty())
        return 0;
    QByteArray written = writeCsvLine(table->header, table->separator);
    for (const auto& row : table->rows)
        written += writeCsvLine(row.fields, table->separator);
    auto again = parseCsv(written);
    FUZZ_REQUIRE(again.ok());
    if (again->separator != table->separator)
        return 0; // a one-column file gives no separator to detect: nothing to compare
    FUZZ_REQUIRE(again->header == table->header);
    FUZZ_REQUIRE(again->rows.size() == table->rows.size());
    for (size_t i = 0; i < table->rows.size(); ++i)
        FUZZ_REQUIRE(again->rows[i].fields == table->rows[i].fields);
    return 0;
}
