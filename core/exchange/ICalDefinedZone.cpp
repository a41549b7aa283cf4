// SPDX-License-Identifier: EUPL-1.2
#include "core/exchange/ICalDefinedZone.h"

#include "core/calendar/DateConversion.h"

#include <QRegularExpression>

namespace maillage::ical {

namespace {

// "+0100", "-0500", "+010000" → seconds; nullopt when malformed.
std::optional<int> parseOffset(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^([+-])(\\d\\d)(\\d\\d)(\\d\\d)?$"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const int seconds = match.captured(2).toInt() * 3600 + match.captured(3).toInt() * 60 + match.captured(4).toInt();
    return match.captured(1) == QLatin1String("-") ? -seconds : seconds;
}

QDateTime wallClock(const QString& value)
{
    const QDate date = QDate::fromString(value.left(8), QStringLiteral("yyyyMMdd"));
    const QTime time = value.size() >= 15 ? QTime::fromString(value.mid(9, 6), QStringLiteral("HHmmss")) : QTime(0, 0);
    return date.isValid() && time.isValid() ? QDateTime(date, time, Qt::UTC) : QDateTime();
}

} // namespace

std::optional<DefinedZone> DefinedZone::fromComponent(const Component& vtimezone)
{
    DefinedZone zone;
    for (const Component& child : vtimezone.children) {
        if (child.name != QLatin1String("STANDARD") && child.name != QLatin1String("DAYLIGHT"))
            continue;
        const Property* start = child.property(QStringLiteral("DTSTART"));
        const Property* offset = child.property(QStringLiteral("TZOFFSETTO"));
        if (!start || !offset)
            continue;
        Observance observance;
        observance.start = wallClock(start->value);
        const auto seconds = parseOffset(offset->value);
        if (!observance.start.isValid() || !seconds)
            continue;
        observance.offsetTo = *seconds;
        if (const Property* rrule = child.property(QStringLiteral("RRULE"))) {
            auto rule = calendar::RecurrenceRule::parse(rrule->value);
            if (rule.ok())
                observance.rule = rule.value();
        }
        for (const Property* rdate : child.all(QStringLiteral("RDATE")))
            for (const QString& value : rdate->value.split(u',', Qt::SkipEmptyParts))
                if (const QDateTime at = wallClock(value); at.isValid())
                    observance.dates.push_back(at);
        zone.m_observances.push_back(std::move(observance));
    }
    if (zone.m_observances.empty())
        return std::nullopt;
    return zone;
}

int DefinedZone::offsetAt(const QDateTime& local) const
{
    const QDateTime at(local.date(), local.time(), Qt::UTC);
    QDateTime latest;
    int offset = m_observances.front().offsetTo;
    auto consider = [&](const QDateTime& onset, int offsetTo) {
        if (onset.isValid() && onset <= at && (!latest.isValid() || onset > latest)) {
            latest = onset;
            offset = offsetTo;
        }
    };
    for (const Observance& observance : m_observances) {
        consider(observance.start, observance.offsetTo);
        for (const QDateTime& date : observance.dates)
            consider(date, observance.offsetTo);
        if (!observance.rule || observance.start > at)
            continue;
        const auto dates = calendar::occurrences(*observance.rule, calendar::toBoost(observance.start.date()),
                                                 calendar::toBoost(at.date()), calendar::HolidayPolicy::Keep);
        for (auto it = dates.rbegin(); it != dates.rend(); ++it) {
            const QDateTime onset(calendar::toQDate(it->planned), observance.start.time(), Qt::UTC);
            if (onset <= at) {
                consider(onset, observance.offsetTo);
                break;
            }
        }
    }
    return offset;
}

} // namespace maillage::ical
