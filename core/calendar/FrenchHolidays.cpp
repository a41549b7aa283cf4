// SPDX-License-Identifier: EUPL-1.2
#include "core/calendar/FrenchHolidays.h"

#include <QCoreApplication>

#include <algorithm>

namespace maillage::calendar {

using boost::gregorian::date;
using boost::gregorian::days;

date easterSunday(int year)
{
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = ((h + l - 7 * m + 114) % 31) + 1;
    return date(static_cast<unsigned short>(year), static_cast<unsigned short>(month),
                static_cast<unsigned short>(day));
}

std::vector<Holiday> frenchHolidays(int year, bool alsaceMoselle)
{
    const auto y = static_cast<unsigned short>(year);
    const date easter = easterSunday(year);
    std::vector<Holiday> holidays{
        {date(y, 1, 1), QCoreApplication::translate("maillage::calendar", "New Year's Day")},
        {easter + days(1), QCoreApplication::translate("maillage::calendar", "Easter Monday")},
        {date(y, 5, 1), QCoreApplication::translate("maillage::calendar", "Labour Day")},
        {date(y, 5, 8), QCoreApplication::translate("maillage::calendar", "Victory in Europe Day")},
        {easter + days(39), QCoreApplication::translate("maillage::calendar", "Ascension Day")},
        {easter + days(50), QCoreApplication::translate("maillage::calendar", "Whit Monday")},
        {date(y, 7, 14), QCoreApplication::translate("maillage::calendar", "Bastille Day")},
        {date(y, 8, 15), QCoreApplication::translate("maillage::calendar", "Assumption Day")},
        {date(y, 11, 1), QCoreApplication::translate("maillage::calendar", "All Saints' Day")},
        {date(y, 11, 11), QCoreApplication::translate("maillage::calendar", "Armistice Day")},
        {date(y, 12, 25), QCoreApplication::translate("maillage::calendar", "Christmas Day")},
    };
    if (alsaceMoselle) {
        holidays.push_back({easter - days(2), QCoreApplication::translate("maillage::calendar", "Good Friday")});
        holidays.push_back({date(y, 12, 26), QCoreApplication::translate("maillage::calendar", "St Stephen's Day")});
    }
    std::sort(holidays.begin(), holidays.end(), [](const Holiday& a, const Holiday& b) { return a.date < b.date; });
    return holidays;
}

bool isPublicHoliday(const date& day, bool alsaceMoselle)
{
    for (const Holiday& holiday : frenchHolidays(day.year(), alsaceMoselle))
        if (holiday.date == day)
            return true;
    return false;
}

bool isWorkingDay(const date& day, bool alsaceMoselle)
{
    const auto weekday = day.day_of_week().as_number();
    return weekday != 0 && weekday != 6 && !isPublicHoliday(day, alsaceMoselle);
}

date nextWorkingDay(const date& day, bool alsaceMoselle)
{
    date candidate = day;
    while (!isWorkingDay(candidate, alsaceMoselle))
        candidate += days(1);
    return candidate;
}

} // namespace maillage::calendar
