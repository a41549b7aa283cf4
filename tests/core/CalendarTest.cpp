// SPDX-License-Identifier: EUPL-1.2
#include "core/calendar/DateConversion.h"
#include "core/calendar/FrenchHolidays.h"
#include "core/calendar/RecurrenceRule.h"
#include "tests/support/Catch.h"

#include <boost/date_time/gregorian/gregorian.hpp>

using namespace maillage::calendar;
using boost::gregorian::date;

namespace {
QString iso(const date& d)
{
    return d.is_special() ? QStringLiteral("-") : QString::fromStdString(boost::gregorian::to_iso_extended_string(d));
}
QStringList actualDates(const std::vector<Occurrence>& list)
{
    QStringList out;
    for (const Occurrence& o : list)
        out << iso(o.actual);
    return out;
}
RecurrenceRule rule(const char* text)
{
    auto parsed = RecurrenceRule::parse(QString::fromLatin1(text));
    REQUIRE(parsed.ok());
    return parsed.value();
}
} // namespace

TEST_CASE("Easter and French public holidays", "[calendar]")
{
    CHECK(iso(easterSunday(2024)) == QStringLiteral("2024-03-31"));
    CHECK(iso(easterSunday(2025)) == QStringLiteral("2025-04-20"));
    CHECK(iso(easterSunday(2026)) == QStringLiteral("2026-04-05"));
    CHECK(iso(easterSunday(2038)) == QStringLiteral("2038-04-25"));

    const auto holidays = frenchHolidays(2026);
    REQUIRE(holidays.size() == 11);
    QStringList dates;
    for (const Holiday& h : holidays)
        dates << iso(h.date);
    CHECK(dates == QStringList{"2026-01-01", "2026-04-06", "2026-05-01", "2026-05-08", "2026-05-14", "2026-05-25",
                               "2026-07-14", "2026-08-15", "2026-11-01", "2026-11-11", "2026-12-25"});
    CHECK(frenchHolidays(2026, true).size() == 13);
    CHECK(isPublicHoliday(date(2026, 4, 3), true));  // Good Friday in Alsace-Moselle
    CHECK_FALSE(isPublicHoliday(date(2026, 4, 3), false));
    CHECK(iso(nextWorkingDay(date(2026, 12, 25), true)) == QStringLiteral("2026-12-28"));
    CHECK(iso(nextWorkingDay(date(2026, 5, 14))) == QStringLiteral("2026-05-15"));
}

TEST_CASE("Qt and Boost dates convert both ways", "[calendar]")
{
    CHECK(toQDate(toBoost(QDate(2026, 2, 28))) == QDate(2026, 2, 28));
    CHECK_FALSE(toQDate(toBoost(QDate())).isValid());
}

TEST_CASE("Recurrence rules parse, print and describe", "[calendar]")
{
    for (const char* text : {"FREQ=WEEKLY;INTERVAL=2;BYDAY=TU", "FREQ=MONTHLY;BYDAY=2TU", "FREQ=MONTHLY;BYDAY=-1FR",
                             "FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=15;COUNT=4", "FREQ=YEARLY;BYMONTH=10;BYDAY=2TU",
                             "FREQ=MONTHLY;BYMONTH=1,2,3,4,5,6,7,9,10,11,12;BYDAY=1TH;UNTIL=20271231"})
        CHECK(rule(text).toString() == QString::fromLatin1(text));
    CHECK(rule("FREQ=MONTHLY;BYDAY=2TU").describe() == QStringLiteral("Every month, the 2nd Tuesday"));
    CHECK(rule("FREQ=MONTHLY;BYDAY=1TH;BYMONTH=1,2,3,4,5,6,7,9,10,11,12").describe()
          == QStringLiteral("Every month, the 1st Thursday, except in August"));

    for (const char* bad : {"", "FREQ=DAILY", "FREQ=MONTHLY;BYDAY=5TU", "FREQ=WEEKLY;BYDAY=XX", "BYDAY=TU",
                            "FREQ=MONTHLY;COUNT=3;UNTIL=20260101", "FREQ=MONTHLY;INTERVAL=0", "FREQ=MONTHLY;FOO=1"}) {
        auto parsed = RecurrenceRule::parse(QString::fromLatin1(bad));
        CHECK_FALSE(parsed.ok());
        CHECK(parsed.error().message.contains(QLatin1String("is not valid")));
    }
}

TEST_CASE("Series dates: nth weekday, last weekday, weeks, quarters, years", "[calendar]")
{
    const date start(2026, 1, 1);
    const date horizon(2026, 12, 31);
    CHECK(actualDates(occurrences(rule("FREQ=MONTHLY;BYDAY=2TU;COUNT=3"), start, horizon, HolidayPolicy::Keep))
          == QStringList{"2026-01-13", "2026-02-10", "2026-03-10"});
    CHECK(actualDates(occurrences(rule("FREQ=MONTHLY;BYDAY=-1FR;COUNT=2"), start, horizon, HolidayPolicy::Keep))
          == QStringList{"2026-01-30", "2026-02-27"});
    CHECK(actualDates(occurrences(rule("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=3"), start, horizon, HolidayPolicy::Keep))
          == QStringList{"2026-01-06", "2026-01-20", "2026-02-03"});
    CHECK(actualDates(occurrences(rule("FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=15"), start, horizon, HolidayPolicy::Keep))
          == QStringList{"2026-01-15", "2026-04-15", "2026-07-15", "2026-10-15"});
    CHECK(actualDates(occurrences(rule("FREQ=YEARLY;BYMONTH=10;BYDAY=2TU;COUNT=2"), start, date(), HolidayPolicy::Keep))
          == QStringList{"2026-10-13", "2027-10-12"});
    const auto exceptAugust = occurrences(rule("FREQ=MONTHLY;BYMONTH=1,2,3,4,5,6,7,9,10,11,12;BYDAY=1TH"), start,
                                          horizon, HolidayPolicy::Keep);
    CHECK(exceptAugust.size() == 11);
}

TEST_CASE("Occurrences on public holidays move or are skipped", "[calendar]")
{
    // The 2nd Thursday of May 2026 is Ascension Day (14 May).
    const RecurrenceRule ascension = rule("FREQ=MONTHLY;BYDAY=2TH;COUNT=6");
    const auto moved = occurrences(ascension, date(2026, 1, 1), date(), HolidayPolicy::NextWorkingDay);
    REQUIRE(moved.size() == 6);
    CHECK(moved[4].moved);
    CHECK(iso(moved[4].planned) == QStringLiteral("2026-05-14"));
    CHECK(iso(moved[4].actual) == QStringLiteral("2026-05-15"));
    CHECK(std::count_if(moved.begin(), moved.end(), [](const Occurrence& o) { return o.moved; }) == 1);

    const auto skipped = occurrences(ascension, date(2026, 1, 1), date(), HolidayPolicy::Skip);
    CHECK(skipped[4].skipped);
    CHECK(skipped[4].actual.is_special());
}

TEST_CASE("Easter-based holidays 2024-2035 match the published calendar", "[calendar]")
{
    // Easter Sunday, Easter Monday, Ascension Day, Whit Monday, Good Friday (Alsace-Moselle), as published.
    const struct {
        int year;
        const char* easter;
        const char* monday;
        const char* ascension;
        const char* whitMonday;
        const char* goodFriday;
    } published[] = {
        {2024, "2024-03-31", "2024-04-01", "2024-05-09", "2024-05-20", "2024-03-29"},
        {2025, "2025-04-20", "2025-04-21", "2025-05-29", "2025-06-09", "2025-04-18"},
        {2026, "2026-04-05", "2026-04-06", "2026-05-14", "2026-05-25", "2026-04-03"},
        {2027, "2027-03-28", "2027-03-29", "2027-05-06", "2027-05-17", "2027-03-26"},
        {2028, "2028-04-16", "2028-04-17", "2028-05-25", "2028-06-05", "2028-04-14"},
        {2029, "2029-04-01", "2029-04-02", "2029-05-10", "2029-05-21", "2029-03-30"},
        {2030, "2030-04-21", "2030-04-22", "2030-05-30", "2030-06-10", "2030-04-19"},
        {2031, "2031-04-13", "2031-04-14", "2031-05-22", "2031-06-02", "2031-04-11"},
        {2032, "2032-03-28", "2032-03-29", "2032-05-06", "2032-05-17", "2032-03-26"},
        {2033, "2033-04-17", "2033-04-18", "2033-05-26", "2033-06-06", "2033-04-15"},
        {2034, "2034-04-09", "2034-04-10", "2034-05-18", "2034-05-29", "2034-04-07"},
        {2035, "2035-03-25", "2035-03-26", "2035-05-03", "2035-05-14", "2035-03-23"},
    };
    const auto nameOn = [](int year, const char* day, bool alsaceMoselle) {
        for (const Holiday& holiday : frenchHolidays(year, alsaceMoselle))
            if (iso(holiday.date) == QLatin1String(day))
                return holiday.name;
        return QString();
    };
    for (const auto& row : published) {
        INFO(row.year);
        CHECK(iso(easterSunday(row.year)) == QLatin1String(row.easter));
        CHECK(nameOn(row.year, row.monday, false) == QStringLiteral("Easter Monday"));
        CHECK(nameOn(row.year, row.ascension, false) == QStringLiteral("Ascension Day"));
        CHECK(nameOn(row.year, row.whitMonday, false) == QStringLiteral("Whit Monday"));
        CHECK(nameOn(row.year, row.goodFriday, false).isEmpty());
        CHECK(nameOn(row.year, row.goodFriday, true) == QStringLiteral("Good Friday"));
        CHECK_FALSE(isWorkingDay(date(boost::gregorian::from_simple_string(row.ascension))));
        CHECK(isWorkingDay(date(boost::gregorian::from_simple_string(row.goodFriday))));
        CHECK_FALSE(isWorkingDay(date(boost::gregorian::from_simple_string(row.goodFriday)), true));
    }
}

TEST_CASE("A weekly rule without a weekday is described without one", "[calendar]")
{
    CHECK(rule("FREQ=WEEKLY;INTERVAL=7").describe() == QStringLiteral("Every 7 weeks"));
    CHECK(rule("FREQ=WEEKLY").describe() == QStringLiteral("Every week"));
}
