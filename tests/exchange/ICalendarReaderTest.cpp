// SPDX-License-Identifier: EUPL-1.2
#include "tests/support/Catch.h"

#include "core/exchange/ICalContent.h"
#include "core/exchange/ICalImport.h"
#include "core/exchange/ICalWriter.h"

using namespace maillage;
using namespace maillage::ical;

namespace {

QByteArray calendar(const QByteArray& body)
{
    return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n" + body + "END:VCALENDAR\r\n";
}

// The line number named by a refused file ("Line 7: …"), 0 when the message names none.
int refusedLine(const QByteArray& data)
{
    auto preview = previewCalendar(data);
    REQUIRE_FALSE(preview.ok());
    const QString message = preview.error().message;
    if (!message.startsWith(QLatin1String("Line ")))
        return 0;
    return message.mid(5).section(u':', 0, 0).toInt();
}

} // namespace

TEST_CASE("content lines are unfolded with their first line number, LF or CRLF, after a BOM", "[exchange][ical]")
{
    const QByteArray data = "\xEF\xBB\xBF" "BEGIN:VCALENDAR\nSUMMARY;LANGUAGE=fr:R\xC3\xA9union de \n"
                            " coordination\\, \xC3\xA9t\n\t\xC3\xA9 2026\r\nX-A;CN=\"Dupont; Anne\";ROLE=CHAIR:mailto:a@b.fr\n"
                            "END:VCALENDAR";
    auto lines = readContentLines(data);
    REQUIRE(lines.ok());
    REQUIRE(lines->size() == 4);
    const Property& summary = lines->at(1);
    CHECK(summary.line == 2);
    CHECK(summary.name == QStringLiteral("SUMMARY"));
    CHECK(summary.param(QStringLiteral("LANGUAGE")) == QStringLiteral("fr"));
    CHECK(summary.text() == QStringLiteral("Réunion de coordination, été 2026"));
    const Property& attendee = lines->at(2);
    CHECK(attendee.line == 5);
    CHECK(attendee.param(QStringLiteral("CN")) == QStringLiteral("Dupont; Anne"));
    CHECK(attendee.value == QStringLiteral("mailto:a@b.fr"));
}

TEST_CASE("text escaping round-trips and folding keeps UTF-8 characters whole", "[exchange][ical]")
{
    const QString text = QStringLiteral("Ordre du jour : 1) bilan; 2) projets, budget\\annexe\nFin");
    CHECK(escapeText(text) == QStringLiteral("Ordre du jour : 1) bilan\\; 2) projets\\, budget\\\\annexe\\nFin"));
    CHECK(unescapeText(escapeText(text)) == text);

    const QByteArray line = "DESCRIPTION:" + QString(QStringLiteral("é")).repeated(100).toUtf8();
    const QByteArray folded = ICalWriter::fold(line);
    const QList<QByteArray> physical = folded.split('\n');
    CHECK(physical.size() > 2);
    for (const QByteArray& part : physical) {
        if (part.isEmpty())
            continue;
        CHECK(part.endsWith('\r'));
        CHECK(part.size() - 1 <= 75); // octets, CR excluded
        CHECK(!QString::fromUtf8(part).contains(QChar::ReplacementCharacter));
    }
    auto back = readContentLines(folded);
    REQUIRE(back.ok());
    CHECK(back->front().value.toUtf8() == line.mid(12));
}

TEST_CASE("malformed calendars are refused with the line number", "[exchange][ical]")
{
    SECTION("bad date")
    {
        CHECK(refusedLine(calendar("BEGIN:VEVENT\r\nUID:1\r\nDTSTART:20261345T100000\r\nEND:VEVENT\r\n")) == 5);
    }
    SECTION("unterminated component names the BEGIN")
    {
        CHECK(refusedLine("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:20260101T100000Z\r\nEND:VCALENDAR\r\n") == 4);
        CHECK(refusedLine("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:20260101T100000Z\r\n") == 2);
    }
    SECTION("unknown time zone")
    {
        CHECK(refusedLine(calendar("BEGIN:VEVENT\r\nDTSTART;TZID=Mars/Olympus:20260101T100000\r\nEND:VEVENT\r\n"))
              == 4);
    }
    SECTION("missing DTSTART names the event")
    {
        CHECK(refusedLine(calendar("BEGIN:VEVENT\r\nSUMMARY:x\r\nEND:VEVENT\r\n")) == 3);
    }
    SECTION("a line that is not NAME:value")
    {
        CHECK(refusedLine(calendar("BEGIN:VEVENT\r\nthis is not a property\r\nEND:VEVENT\r\n")) == 4);
    }
    SECTION("bad duration")
    {
        CHECK(refusedLine(calendar("BEGIN:VEVENT\r\nDTSTART:20260101T100000Z\r\nDURATION:one hour\r\nEND:VEVENT\r\n"))
              == 5);
    }
    SECTION("not a calendar at all")
    {
        auto preview = previewCalendar("hello");
        REQUIRE_FALSE(preview.ok());
        CHECK(preview.error().message.contains(QStringLiteral("Line 1")));
    }
}
