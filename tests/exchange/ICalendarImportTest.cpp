// SPDX-License-Identifier: EUPL-1.2
#include "tests/support/Catch.h"
#include "tests/support/TestDatabase.h"

#include "core/exchange/ICalImport.h"
#include "core/exchange/ICalTimeZones.h"
#include "core/storage/CouncilRepository.h"
#include "core/storage/InstanceRepository.h"
#include "core/storage/MeetingRepository.h"

#include <QDir>
#include <QFile>

using namespace maillage;
using namespace maillage::ical;

namespace {

QString corpus(const QString& name)
{
    return QStringLiteral(MAILLAGE_TEST_DATA_DIR "/icalendar/") + name;
}

QDateTime paris(int y, int mo, int d, int h, int mi = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), parisZone());
}

ImportPreview previewOf(const QByteArray& data)
{
    auto preview = previewCalendar(data);
    INFO((preview.ok() ? QString() : preview.error().message).toStdString());
    REQUIRE(preview.ok());
    return preview.value();
}

QByteArray event(const QByteArray& lines)
{
    return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:t\r\nSUMMARY:S\\, T\r\n" + lines
           + "END:VEVENT\r\nEND:VCALENDAR\r\n";
}

qint64 makeInstance(Database& db)
{
    Council council;
    council.name = QStringLiteral("CLSM test");
    REQUIRE(CouncilRepository(db).create(council).ok());
    Instance instance;
    instance.councilId = council.id;
    instance.name = QStringLiteral("COPIL");
    instance.kind = InstanceKind::SteeringCommittee;
    REQUIRE(InstanceRepository(db).create(instance).ok());
    return instance.id;
}

} // namespace

TEST_CASE("every sample calendar of the corpus imports without a crash", "[exchange][ical]")
{
    const QStringList files = QDir(QStringLiteral(MAILLAGE_TEST_DATA_DIR "/icalendar")).entryList({"*.ics"});
    REQUIRE(files.size() >= 7);
    for (const QString& file : files) {
        INFO(file.toStdString());
        auto preview = previewCalendarFile(corpus(file));
        CHECK(preview.ok());
    }
}

TEST_CASE("sample calendars give the right summaries and Paris start times", "[exchange][ical]")
{
    auto one = [](const QString& file) {
        auto preview = previewCalendarFile(corpus(file));
        REQUIRE(preview.ok());
        REQUIRE(preview->meetings.size() == 1);
        return preview->meetings.front();
    };
    SECTION("Google, UTC times")
    {
        const MeetingDraft draft = one(QStringLiteral("alarm_google_future.ics"));
        CHECK(draft.title == QStringLiteral("event with alarms"));
        CHECK(draft.startsAt == paris(2024, 10, 4, 20, 15));
        CHECK(draft.startsAt.time() == QTime(20, 15)); // wall clock of Paris, not of UTC
        CHECK(draft.endsAt == paris(2024, 10, 4, 21, 0));
    }
    SECTION("Thunderbird, Europe/London")
    {
        const MeetingDraft draft = one(QStringLiteral("alarm_thunderbird_future.ics"));
        CHECK(draft.title == QStringLiteral("event with alarms"));
        CHECK(draft.startsAt.time() == QTime(16, 0));
        CHECK(draft.startsAt == paris(2024, 10, 23, 16));
    }
    SECTION("a custom zone name resolved to New York")
    {
        const MeetingDraft draft = one(QStringLiteral("america_new_york.ics"));
        CHECK(draft.title == QStringLiteral("an event with a custom tz name"));
        CHECK(draft.startsAt == paris(2014, 8, 29, 14));
        CHECK(draft.endsAt == paris(2014, 8, 29, 16));
    }
    SECTION("a daily rule is outside the supported subset: first occurrence and a warning")
    {
        const MeetingDraft draft = one(QStringLiteral("issue_1081_event_with_rrule.ics"));
        CHECK(draft.title == QStringLiteral("Test Event"));
        CHECK(draft.startsAt == paris(2025, 1, 1, 11));
        CHECK(draft.warnings.join(u' ').contains(QStringLiteral("FREQ=DAILY")));
    }
    SECTION("all-day holidays")
    {
        auto preview = previewCalendarFile(corpus(QStringLiteral("example.ics")));
        REQUIRE(preview.ok());
        REQUIRE(preview->meetings.size() == 3);
        CHECK(preview->meetings[0].title == QStringLiteral("New Year's Day"));
        CHECK(preview->meetings[0].allDay);
        CHECK(preview->meetings[0].startsAt == paris(2022, 1, 1, 0));
        CHECK(preview->meetings[1].place == QStringLiteral("Russia"));
        CHECK(preview->meetings[2].description == QStringLiteral("May the feminine be honoured!"));
    }
    SECTION("calendars without events")
    {
        for (const char* file : {"bom_calendar.ics", "calendar_with_unicode.ics"}) {
            auto preview = previewCalendarFile(corpus(QString::fromLatin1(file)));
            REQUIRE(preview.ok());
            CHECK(preview->meetings.empty());
            CHECK_FALSE(preview->warnings.isEmpty());
        }
    }
}

TEST_CASE("time zone parameters: Windows names, prefixes, the file's own rules", "[exchange][ical]")
{
    CHECK(olsonFromWindows(QStringLiteral("Romance Standard Time")) == QByteArray("Europe/Paris"));
    SECTION("Outlook's Windows name")
    {
        auto p = previewOf(event("DTSTART;TZID=\"Romance Standard Time\":20260115T093000\r\n"
                                 "DTEND;TZID=Romance Standard Time:20260115T113000\r\n"));
        CHECK(p.meetings.at(0).startsAt == paris(2026, 1, 15, 9, 30));
        CHECK(p.meetings.at(0).title == QStringLiteral("S, T"));
    }
    SECTION("a zone known only from its VTIMEZONE rules (summer and winter)")
    {
        const QByteArray zone = "BEGIN:VTIMEZONE\r\nTZID:(UTC+01:00) Bruxelles\r\n"
                                "BEGIN:STANDARD\r\nDTSTART:16010101T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\n"
                                "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\r\nEND:STANDARD\r\n"
                                "BEGIN:DAYLIGHT\r\nDTSTART:16010101T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\n"
                                "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE\r\n";
        const QByteArray data = "BEGIN:VCALENDAR\r\n" + zone
                                + "BEGIN:VEVENT\r\nDTSTART;TZID=\"(UTC+01:00) Bruxelles\":20260710T140000\r\nEND:VEVENT\r\n"
                                  "BEGIN:VEVENT\r\nDTSTART;TZID=\"(UTC+01:00) Bruxelles\":20261210T140000\r\nEND:VEVENT\r\n"
                                  "END:VCALENDAR\r\n";
        auto p = previewOf(data);
        REQUIRE(p.meetings.size() == 2);
        CHECK(p.meetings[0].startsAt == paris(2026, 7, 10, 14));
        CHECK(p.meetings[1].startsAt == paris(2026, 12, 10, 14));
    }
    SECTION("floating times are Paris times, with a warning")
    {
        auto p = previewOf(event("DTSTART:20260301T100000\r\n"));
        CHECK(p.meetings.at(0).startsAt == paris(2026, 3, 1, 10));
        CHECK_FALSE(p.warnings.isEmpty());
    }
}

TEST_CASE("recurrences are expanded in their own zone and keep 14:00 across daylight saving", "[exchange][ical]")
{
    SECTION("weekly in Paris across the last Sunday of March")
    {
        auto p = previewOf(event("DTSTART;TZID=Europe/Paris:20260312T140000\r\nDTEND;TZID=Europe/Paris:20260312T160000\r\n"
                                 "RRULE:FREQ=WEEKLY;BYDAY=TH;COUNT=5\r\nEXDATE;TZID=Europe/Paris:20260319T140000\r\n"));
        REQUIRE(p.meetings.size() == 4);
        const QDate days[] = {{2026, 3, 12}, {2026, 3, 26}, {2026, 4, 2}, {2026, 4, 9}};
        for (size_t i = 0; i < p.meetings.size(); ++i) {
            CHECK(p.meetings[i].startsAt.date() == days[i]);
            CHECK(p.meetings[i].startsAt.time() == QTime(14, 0));
            CHECK(p.meetings[i].endsAt.time() == QTime(16, 0));
        }
        CHECK(p.meetings[0].startsAt.offsetFromUtc() == 3600);
        CHECK(p.meetings[3].startsAt.offsetFromUtc() == 7200);
    }
    SECTION("monthly, the 2nd Tuesday, across the last Sunday of October, with UNTIL")
    {
        auto p = previewOf(event("DTSTART;TZID=Romance Standard Time:20260908T140000\r\n"
                                 "RRULE:FREQ=MONTHLY;BYDAY=2TU;UNTIL=20261231T000000Z\r\n"));
        REQUIRE(p.meetings.size() == 4);
        CHECK(p.meetings[1].startsAt == paris(2026, 10, 13, 14));
        CHECK(p.meetings[2].startsAt == paris(2026, 11, 10, 14));
        for (const MeetingDraft& m : p.meetings)
            CHECK(m.startsAt.time() == QTime(14, 0));
    }
    SECTION("an open-ended rule is expanded for a year, with a warning")
    {
        auto p = previewOf(event("DTSTART;TZID=Europe/Paris:20260105T140000\r\nRRULE:FREQ=MONTHLY;BYMONTHDAY=5\r\n"));
        CHECK(p.meetings.size() == 13);
        CHECK(p.meetings.front().warnings.join(u' ').contains(QStringLiteral("no end")));
    }
    SECTION("a changed occurrence replaces the one it names")
    {
        const QByteArray data =
            event("DTSTART;TZID=Europe/Paris:20260112T140000\r\nRRULE:FREQ=WEEKLY;COUNT=3\r\n").replace(
                "END:VCALENDAR", "BEGIN:VEVENT\r\nUID:t\r\nRECURRENCE-ID;TZID=Europe/Paris:20260119T140000\r\n"
                                 "DTSTART;TZID=Europe/Paris:20260120T100000\r\nSUMMARY:Moved\r\nEND:VEVENT\r\nEND:VCALENDAR");
        auto p = previewOf(data);
        REQUIRE(p.meetings.size() == 3);
        CHECK(p.meetings[1].title == QStringLiteral("Moved"));
        CHECK(p.meetings[1].startsAt == paris(2026, 1, 20, 10));
    }
}

TEST_CASE("importing writes every meeting of the preview in one transaction", "[exchange][ical][db]")
{
    test::TestDatabase fx;
    Database& db = fx.db();
    const qint64 instanceId = makeInstance(db);
    auto preview = previewCalendarFile(corpus(QStringLiteral("example.ics")));
    REQUIRE(preview.ok());
    auto created = importMeetings(db, instanceId, preview.value());
    REQUIRE(created.ok());
    CHECK(created.value() == 3);
    MeetingFilter filter;
    filter.instanceId = instanceId;
    auto meetings = MeetingRepository(db).list(filter);
    REQUIRE(meetings.ok());
    REQUIRE(meetings->size() == 3);
    CHECK(meetings->at(1).title == QStringLiteral("Orthodox Christmas"));
    CHECK(meetings->at(1).startsAt == QDateTime(QDate(2022, 1, 7), QTime(0, 0)));

    SECTION("a failing meeting leaves nothing behind")
    {
        ImportPreview bad = preview.value();
        bad.meetings[2].startsAt = QDateTime(); // refused by Meeting::validate
        auto refused = importMeetings(db, instanceId, bad);
        CHECK_FALSE(refused.ok());
        CHECK(MeetingRepository(db).count(filter) == 3);
    }
}
