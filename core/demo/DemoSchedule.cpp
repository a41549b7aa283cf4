// SPDX-License-Identifier: EUPL-1.2
#include "core/demo/DemoSchedule.h"

namespace maillage::demo {

namespace {

// The n-th given weekday (1 = Monday) of a month.
QDate nthWeekday(int year, int month, int weekday, int n)
{
    QDate day(year, month, 1);
    while (day.dayOfWeek() != weekday)
        day = day.addDays(1);
    return day.addDays(7 * (n - 1));
}

Slot slotAt(const QDate& day, int hour, int minute, int minutes)
{
    return Slot{QDateTime(workingDayFrom(day), QTime(hour, minute)), minutes};
}

} // namespace

QDate workingDayFrom(QDate day)
{
    while (day.dayOfWeek() > 5 || isPublicHoliday(day))
        day = day.addDays(1);
    return day;
}

std::vector<Slot> scheduleOf(const DemoInstance& instance, int year, Rng& rng)
{
    std::vector<Slot> result;
    const QString& key = instance.key;
    for (int y = year - 1; y <= year; ++y) {
        if (key == QLatin1String("pleniere")) {
            result.push_back(slotAt(nthWeekday(y, 6, 4, 3), 18, 0, 150));
        } else if (key == QLatin1String("copil")) {
            for (int month : {2, 6, 11})
                result.push_back(slotAt(nthWeekday(y, month, 2, 1), 10, 0, 120));
        } else if (key == QLatin1String("cotech")) {
            for (int month : {3, 6, 9, 12})
                result.push_back(slotAt(nthWeekday(y, month, 4, 2), 9, 30, 120));
        } else if (key == QLatin1String("resad")) {
            for (int month = 1; month <= 12; ++month)
                if (month != 8)
                    result.push_back(slotAt(nthWeekday(y, month, 2, 2), 9, 30, 120));
        }
    }
    if (instance.kind == QLatin1String("groupe_travail")) {
        // Every six to eight weeks, on Tuesday or Thursday afternoons, away from the summer and Christmas.
        QDate day = std::max(QDate(year - 1, 1, 10), instance.since.addDays(14));
        const int weekday = rng.chance(50) ? 2 : 4;
        while (day.dayOfWeek() != weekday)
            day = day.addDays(1);
        while (day.year() <= year) {
            const bool summer = day.month() == 8 || (day.month() == 7 && day.day() > 14);
            const bool christmas = (day.month() == 12 && day.day() > 18) || (day.month() == 1 && day.day() < 6);
            if (summer || christmas) {
                day = day.addDays(7);
                continue;
            }
            result.push_back(slotAt(day, 14, 0, 120));
            day = day.addDays(7 * rng.between(6, 8));
        }
    }
    return result;
}

} // namespace maillage::demo
