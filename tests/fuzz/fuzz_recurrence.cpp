// SPDX-License-Identifier: EUPL-1.2
// Recurrence rules: never crash; a rule that parses prints to a rule that parses to the same text.
#include "core/calendar/RecurrenceRule.h"
#include "tests/fuzz/FuzzSupport.h"

using namespace maillage::calendar;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    ensureApplication();
    if (size > 4096)
        return 0;
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    auto rule = RecurrenceRule::parse(text);
    if (!rule.ok())
        return 0;
    const QString printed = rule->toString();
    auto again = RecurrenceRule::parse(printed);
    FUZZ_REQUIRE(again.ok());
    FUZZ_REQUIRE(again->toString() == printed);
    return 0;
}
