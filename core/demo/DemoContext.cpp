// SPDX-License-Identifier: EUPL-1.2
#include "core/demo/DemoContext.h"

namespace maillage::demo {

DemoContext::DemoContext(const QDate& day)
    : year(day.year()),
      today(day),
      first(day.year() - 1, 1, 1),
      last(day.year(), 12, 31),
      councilCreatedOn(day.year() - 6, 3, 14),
      // The seed depends on the year only: the same year always gives the same council.
      rng(0x4D61696C6C616765ULL ^ std::uint64_t(day.year()))
{}

const DemoOrganisation& DemoContext::organisation(const QString& key) const
{
    const auto it = organisationByKey.find(key);
    Q_ASSERT_X(it != organisationByKey.end(), "DemoContext::organisation", qPrintable(key));
    return organisations.at(it->second);
}

const DemoPerson& DemoContext::person(const QString& key) const
{
    const auto it = personByKey.find(key);
    Q_ASSERT_X(it != personByKey.end(), "DemoContext::person", qPrintable(key));
    return people.at(it->second);
}

std::vector<qint64> DemoContext::peopleOfSector(const QString& sector) const
{
    std::vector<qint64> result;
    for (const DemoPerson& person : people)
        if (organisations.at(std::size_t(person.organisationId - 1)).sector == sector)
            result.push_back(person.id);
    return result;
}

namespace {

QDate easterSunday(int year)
{
    // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    const int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
    const int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31, day = ((h + l - 7 * m + 114) % 31) + 1;
    return QDate(year, month, day);
}

} // namespace

bool isPublicHoliday(const QDate& day)
{
    static const int fixed[][2] = {{1, 1}, {5, 1}, {5, 8}, {7, 14}, {8, 15}, {11, 1}, {11, 11}, {12, 25}};
    for (const auto& md : fixed)
        if (day.month() == md[0] && day.day() == md[1])
            return true;
    const QDate easter = easterSunday(day.year());
    return day == easter.addDays(1) || day == easter.addDays(39) || day == easter.addDays(50);
}

} // namespace maillage::demo
