// SPDX-License-Identifier: EUPL-1.2
#include "core/calendar/RecurrenceRule.h"

#include "core/calendar/FrenchHolidays.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#include <QDate>

#include <boost/date_time/gregorian/gregorian.hpp>

#include <algorithm>

namespace maillage::calendar {

using boost::gregorian::date;
using boost::gregorian::days;

namespace {

const char* const kDayCodes[] = {"SU", "MO", "TU", "WE", "TH", "FR", "SA"};

Error invalid(const QString& text, const QString& why)
{
    return Error{
        Error::Kind::Invalid,
        QCoreApplication::translate("maillage::calendar", "The recurrence “%1” is not valid: %2").arg(text, why),
        {}};
}

// The day of month of the nth (or last, ordinal -1) weekday, 0 when the month has no such day.
int nthWeekday(int year, int month, int weekday, int ordinal)
{
    const date first(static_cast<unsigned short>(year), static_cast<unsigned short>(month), 1);
    const int lastDay = first.end_of_month().day();
    if (ordinal == -1) {
        date day = first.end_of_month();
        while (day.day_of_week().as_number() != weekday)
            day -= days(1);
        return day.day();
    }
    const int offset = (weekday - first.day_of_week().as_number() + 7) % 7;
    const int dayOfMonth = 1 + offset + 7 * (ordinal - 1);
    return dayOfMonth <= lastDay ? dayOfMonth : 0;
}

// The candidate date of a rule within a month, or not_a_date_time.
date dayInMonth(const RecurrenceRule& rule, int year, int month, const date& start)
{
    const date first(static_cast<unsigned short>(year), static_cast<unsigned short>(month), 1);
    int day = 0;
    if (rule.weekday >= 0 && rule.weekdayOrdinal != 0)
        day = nthWeekday(year, month, rule.weekday, rule.weekdayOrdinal);
    else if (rule.monthDay > 0)
        day = rule.monthDay <= first.end_of_month().day() ? rule.monthDay : 0;
    else
        day = std::min<int>(start.day(), first.end_of_month().day());
    if (day == 0)
        return date(boost::date_time::not_a_date_time);
    return date(static_cast<unsigned short>(year), static_cast<unsigned short>(month),
                static_cast<unsigned short>(day));
}

QString ordinalText(int ordinal)
{
    switch (ordinal) {
    case 1:
        return QCoreApplication::translate("maillage::calendar", "1st");
    case 2:
        return QCoreApplication::translate("maillage::calendar", "2nd");
    case 3:
        return QCoreApplication::translate("maillage::calendar", "3rd");
    case 4:
        return QCoreApplication::translate("maillage::calendar", "4th");
    case -1:
        return QCoreApplication::translate("maillage::calendar", "last");
    default:
        return {};
    }
}

QString weekdayName(int boostWeekday)
{
    return QLocale().dayName(boostWeekday == 0 ? 7 : boostWeekday); // Qt: 1 = Monday … 7 = Sunday
}

} // namespace

Result<RecurrenceRule> RecurrenceRule::parse(const QString& text)
{
    RecurrenceRule rule;
    bool hasFrequency = false;
    QString body = text.trimmed();
    if (body.startsWith(QLatin1String("RRULE:"), Qt::CaseInsensitive))
        body = body.mid(6);
    if (body.isEmpty())
        return invalid(text, QCoreApplication::translate("maillage::calendar", "it is empty."));
    for (const QString& part : body.split(u';', Qt::SkipEmptyParts)) {
        const QString key = part.section(u'=', 0, 0).trimmed().toUpper();
        const QString value = part.section(u'=', 1).trimmed().toUpper();
        bool ok = true;
        if (key == QLatin1String("FREQ")) {
            hasFrequency = true;
            if (value == QLatin1String("WEEKLY"))
                rule.frequency = Frequency::Weekly;
            else if (value == QLatin1String("MONTHLY"))
                rule.frequency = Frequency::Monthly;
            else if (value == QLatin1String("YEARLY"))
                rule.frequency = Frequency::Yearly;
            else
                return invalid(text, QCoreApplication::translate("maillage::calendar",
                                                                 "the frequency must be weekly, monthly or yearly."));
        } else if (key == QLatin1String("INTERVAL")) {
            rule.interval = value.toInt(&ok);
            if (!ok || rule.interval < 1 || rule.interval > 52)
                return invalid(text, QCoreApplication::translate("maillage::calendar",
                                                                 "the interval must be a number from 1 to 52."));
        } else if (key == QLatin1String("COUNT")) {
            rule.count = value.toInt(&ok);
            if (!ok || rule.count < 1 || rule.count > 1000)
                return invalid(text, QCoreApplication::translate("maillage::calendar",
                                                                 "the number of occurrences must be from 1 to 1000."));
        } else if (key == QLatin1String("UNTIL")) {
            try {
                rule.until = boost::gregorian::from_undelimited_string(value.left(8).toStdString());
            } catch (const std::exception&) {
                return invalid(
                    text, QCoreApplication::translate("maillage::calendar", "the end date must be written YYYYMMDD."));
            }
        } else if (key == QLatin1String("BYDAY")) {
            if (value.contains(u','))
                return invalid(text,
                               QCoreApplication::translate("maillage::calendar", "only one weekday is supported."));
            const QString code = value.right(2);
            const auto found = std::find_if(std::begin(kDayCodes), std::end(kDayCodes),
                                            [&code](const char* c) { return code == QLatin1String(c); });
            if (found == std::end(kDayCodes))
                return invalid(text,
                               QCoreApplication::translate("maillage::calendar", "“%1” is not a weekday.").arg(value));
            rule.weekday = int(found - std::begin(kDayCodes));
            const QString ordinal = value.chopped(2);
            if (!ordinal.isEmpty()) {
                rule.weekdayOrdinal = ordinal.toInt(&ok);
                if (!ok || !(rule.weekdayOrdinal == -1 || (rule.weekdayOrdinal >= 1 && rule.weekdayOrdinal <= 4)))
                    return invalid(text, QCoreApplication::translate(
                                             "maillage::calendar",
                                             "the position of the weekday must be 1 to 4, or -1 for the last."));
            }
        } else if (key == QLatin1String("BYMONTHDAY")) {
            rule.monthDay = value.toInt(&ok);
            if (!ok || rule.monthDay < 1 || rule.monthDay > 31)
                return invalid(text, QCoreApplication::translate("maillage::calendar",
                                                                 "the day of the month must be from 1 to 31."));
        } else if (key == QLatin1String("BYMONTH")) {
            for (const QString& month : value.split(u',', Qt::SkipEmptyParts)) {
                const int m = month.toInt(&ok);
                if (!ok || m < 1 || m > 12)
                    return invalid(text,
                                   QCoreApplication::translate("maillage::calendar", "months must be from 1 to 12."));
                rule.months.push_back(m);
            }
            std::sort(rule.months.begin(), rule.months.end());
        } else if (key != QLatin1String("WKST")) {
            return invalid(text, QCoreApplication::translate("maillage::calendar", "“%1” is not supported.").arg(key));
        }
    }
    if (!hasFrequency)
        return invalid(text, QCoreApplication::translate("maillage::calendar", "the frequency (FREQ) is missing."));
    if (rule.weekdayOrdinal != 0 && rule.frequency == Frequency::Weekly)
        return invalid(text,
                       QCoreApplication::translate("maillage::calendar", "a weekly rule cannot name the nth weekday."));
    if (rule.count > 0 && !rule.until.is_special())
        return invalid(text,
                       QCoreApplication::translate("maillage::calendar",
                                                   "give either a number of occurrences or an end date, not both."));
    return rule;
}

QString RecurrenceRule::toString() const
{
    QStringList parts;
    parts << QStringLiteral("FREQ=") + (frequency == Frequency::Weekly    ? QStringLiteral("WEEKLY")
                                        : frequency == Frequency::Monthly ? QStringLiteral("MONTHLY")
                                                                          : QStringLiteral("YEARLY"));
    if (interval > 1)
        parts << QStringLiteral("INTERVAL=%1").arg(interval);
    if (!months.empty()) {
        QStringList list;
        for (int m : months)
            list << QString::number(m);
        parts << QStringLiteral("BYMONTH=") + list.join(u',');
    }
    if (weekday >= 0)
        parts << QStringLiteral("BYDAY=") + (weekdayOrdinal != 0 ? QString::number(weekdayOrdinal) : QString()) +
                     QLatin1String(kDayCodes[weekday]);
    if (monthDay > 0)
        parts << QStringLiteral("BYMONTHDAY=%1").arg(monthDay);
    if (count > 0)
        parts << QStringLiteral("COUNT=%1").arg(count);
    if (!until.is_special())
        parts << QStringLiteral("UNTIL=") + QString::fromStdString(boost::gregorian::to_iso_string(until));
    return parts.join(u';');
}

QString RecurrenceRule::describe() const
{
    const QString day = weekday >= 0 ? weekdayName(weekday) : QString();
    QString sentence;
    switch (frequency) {
    case Frequency::Weekly:
        if (day.isEmpty()) // the weekday of the first date
            sentence = interval == 1
                           ? QCoreApplication::translate("maillage::calendar", "Every week")
                           : QCoreApplication::translate("maillage::calendar", "Every %1 weeks").arg(interval);
        else
            sentence =
                interval == 1
                    ? QCoreApplication::translate("maillage::calendar", "Every week on %1").arg(day)
                    : QCoreApplication::translate("maillage::calendar", "Every %1 weeks on %2").arg(interval).arg(day);
        break;
    case Frequency::Monthly: {
        const QString when =
            weekdayOrdinal != 0
                ? QCoreApplication::translate("maillage::calendar", "the %1 %2").arg(ordinalText(weekdayOrdinal), day)
            : monthDay > 0 ? QCoreApplication::translate("maillage::calendar", "the %1").arg(monthDay)
                           : QCoreApplication::translate("maillage::calendar", "the same day");
        sentence =
            interval == 1 ? QCoreApplication::translate("maillage::calendar", "Every month, %1").arg(when)
            : interval == 3
                ? QCoreApplication::translate("maillage::calendar", "Every quarter, %1").arg(when)
                : QCoreApplication::translate("maillage::calendar", "Every %1 months, %2").arg(interval).arg(when);
        break;
    }
    case Frequency::Yearly: {
        const QString month = months.empty() ? QString() : QLocale().monthName(months.front());
        const QString when =
            weekdayOrdinal != 0 ? QCoreApplication::translate("maillage::calendar", "the %1 %2 of %3")
                                      .arg(ordinalText(weekdayOrdinal), day, month)
            : monthDay > 0 ? QCoreApplication::translate("maillage::calendar", "on %1 %2").arg(monthDay).arg(month)
                           : QCoreApplication::translate("maillage::calendar", "on the same date");
        sentence = QCoreApplication::translate("maillage::calendar", "Every year, %1").arg(when);
        break;
    }
    }
    if (frequency != Frequency::Yearly && !months.empty() && months.size() < 12) {
        QStringList excluded;
        for (int m = 1; m <= 12; ++m)
            if (std::find(months.begin(), months.end(), m) == months.end())
                excluded << QLocale().monthName(m);
        sentence += QCoreApplication::translate("maillage::calendar", ", except in %1")
                        .arg(excluded.join(QStringLiteral(", ")));
    }
    if (count > 0)
        sentence += QCoreApplication::translate("maillage::calendar", ", %n time(s)", nullptr, count);
    if (!until.is_special())
        sentence += QCoreApplication::translate("maillage::calendar", ", until %1")
                        .arg(QLocale().toString(QDate(until.year(), until.month(), until.day()), QLocale::LongFormat));
    return sentence;
}

std::vector<Occurrence> occurrences(const RecurrenceRule& rule, const date& start, const date& horizon,
                                    HolidayPolicy policy, bool alsaceMoselle)
{
    std::vector<Occurrence> result;
    if (start.is_special())
        return result;
    const date end = !rule.until.is_special() ? rule.until : horizon;
    if (end.is_special() && rule.count == 0)
        return result; // open-ended with no horizon: nothing sensible to list
    const auto allowedMonth = [&rule](int month) {
        return rule.months.empty() || std::find(rule.months.begin(), rule.months.end(), month) != rule.months.end();
    };
    const auto accept = [&](const date& planned) -> bool { // false once the series is over
        if (planned.is_special() || planned < start)
            return true;
        if (!end.is_special() && planned > end)
            return false;
        if (rule.count > 0 && int(result.size()) >= rule.count)
            return false;
        Occurrence occurrence{planned, planned, false, false};
        const bool free = policy == HolidayPolicy::Keep || isWorkingDay(planned, alsaceMoselle);
        if (!free && policy == HolidayPolicy::Skip) {
            occurrence.actual = date(boost::date_time::not_a_date_time);
            occurrence.skipped = true;
        } else if (!free) {
            occurrence.actual = nextWorkingDay(planned, alsaceMoselle);
            occurrence.moved = true;
        }
        result.push_back(occurrence);
        return true;
    };
    constexpr int kMaxSteps = 5000; // a guard against rules that never match
    if (rule.frequency == RecurrenceRule::Frequency::Weekly) {
        const int weekday = rule.weekday >= 0 ? rule.weekday : start.day_of_week().as_number();
        date day = start;
        while (day.day_of_week().as_number() != weekday)
            day += days(1);
        for (int step = 0; step < kMaxSteps; ++step, day += days(7 * rule.interval)) {
            if (!allowedMonth(day.month()))
                continue;
            if (!accept(day))
                break;
        }
        return result;
    }
    int year = start.year();
    int month = rule.frequency == RecurrenceRule::Frequency::Yearly && !rule.months.empty() ? rule.months.front()
                                                                                            : int(start.month());
    for (int step = 0; step < kMaxSteps; ++step) {
        if (allowedMonth(month) || rule.frequency == RecurrenceRule::Frequency::Yearly) {
            if (!accept(dayInMonth(rule, year, month, start)))
                break;
        }
        if (rule.frequency == RecurrenceRule::Frequency::Yearly) {
            year += rule.interval;
        } else {
            month += rule.interval;
            while (month > 12) {
                month -= 12;
                ++year;
            }
        }
        if (year > 9000)
            break;
    }
    return result;
}

} // namespace maillage::calendar
