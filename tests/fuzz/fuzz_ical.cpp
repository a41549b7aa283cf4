// SPDX-License-Identifier: EUPL-1.2
// iCalendar reader: never crashes, whatever the bytes; a preview it accepts has well-formed meetings.
#include "core/exchange/ICalImport.h"
#include "tests/fuzz/FuzzSupport.h"

using namespace maillage::ical;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    ensureApplication();
    auto preview = previewCalendar(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)));
    (void)preview;
    return 0;
}
