// SPDX-License-Identifier: EUPL-1.2
#include "core/exchange/ICalTimeZones.h"

#include "core/exchange/ICalDefinedZone.h"

#include <optional>

namespace maillage::ical {

namespace {

// The Windows names calendars of French users most often carry (Outlook, Exchange, Teams).
struct WindowsZone
{
    const char* windows;
    const char* olson;
};
const WindowsZone kWindowsZones[] = {
    {"Romance Standard Time", "Europe/Paris"},
    {"W. Europe Standard Time", "Europe/Berlin"},
    {"Central Europe Standard Time", "Europe/Budapest"},
    {"Central European Standard Time", "Europe/Warsaw"},
    {"GMT Standard Time", "Europe/London"},
    {"Greenwich Standard Time", "Atlantic/Reykjavik"},
    {"UTC", "UTC"},
    {"Coordinated Universal Time", "UTC"},
    {"E. Europe Standard Time", "Europe/Chisinau"},
    {"FLE Standard Time", "Europe/Kiev"},
    {"GTB Standard Time", "Europe/Bucharest"},
    {"Russian Standard Time", "Europe/Moscow"},
    {"Morocco Standard Time", "Africa/Casablanca"},
    {"W. Central Africa Standard Time", "Africa/Lagos"},
    {"Eastern Standard Time", "America/New_York"},
    {"Central Standard Time", "America/Chicago"},
    {"Mountain Standard Time", "America/Denver"},
    {"Pacific Standard Time", "America/Los_Angeles"},
    {"SA Western Standard Time", "America/La_Paz"},  // Guadeloupe, Martinique
    {"SA Eastern Standard Time", "America/Cayenne"}, // Guyane
    {"Mauritius Standard Time", "Indian/Mauritius"}, // La Réunion
    {"Arabian Standard Time", "Asia/Dubai"},
    {"India Standard Time", "Asia/Kolkata"},
    {"China Standard Time", "Asia/Shanghai"},
    {"Tokyo Standard Time", "Asia/Tokyo"},
    {"AUS Eastern Standard Time", "Australia/Sydney"},
    {"Hawaiian Standard Time", "Pacific/Honolulu"},
};

std::optional<QTimeZone> ianaZone(const QString& name)
{
    const QByteArray id = name.trimmed().toUtf8();
    if (!id.isEmpty() && QTimeZone::isTimeZoneIdAvailable(id))
        return QTimeZone(id);
    return std::nullopt;
}

// "/mozilla.org/20050126_1/Europe/Paris", "custom_America/New_York": the longest available tail.
std::optional<QTimeZone> zoneFromTail(const QString& name)
{
    for (qsizetype i = 1; i < name.size(); ++i) {
        const QChar before = name[i - 1];
        if (before != u'/' && before != u'_' && before != u'-' && before != u' ')
            continue;
        const QString tail = name.mid(i);
        if (tail.contains(u'/'))
            if (auto zone = ianaZone(tail))
                return zone;
    }
    return std::nullopt;
}

} // namespace

QTimeZone parisZone()
{
    return QTimeZone(QByteArrayLiteral("Europe/Paris"));
}

QByteArray olsonFromWindows(const QString& windowsName)
{
    const QString name = windowsName.trimmed();
    for (const WindowsZone& zone : kWindowsZones)
        if (name.compare(QLatin1String(zone.windows), Qt::CaseInsensitive) == 0)
            return QByteArray(zone.olson);
    return QTimeZone::windowsIdToDefaultIanaId(name.toUtf8());
}

QDateTime ICalTime::parisOn(const QDate& day) const
{
    const QTime at = allDay ? QTime(0, 0) : time;
    if (allDay || floating)
        return QDateTime(day, at, parisZone());
    if (defined)
        return QDateTime(day, at, QTimeZone(defined->offsetAt(QDateTime(day, at, Qt::UTC)))).toTimeZone(parisZone());
    return QDateTime(day, at, zone).toTimeZone(parisZone());
}

TimeZoneResolver::TimeZoneResolver(const Component& calendar)
{
    for (const Component& child : calendar.children)
        if (child.name == QLatin1String("VTIMEZONE"))
            if (const Property* tzid = child.property(QStringLiteral("TZID")))
                m_definitions[tzid->value.trimmed()] = &child;
}

TimeZoneResolver::~TimeZoneResolver() = default;

Result<ICalTime> TimeZoneResolver::read(const Property& property, const QString& valueText) const
{
    const QString value = (valueText.isEmpty() ? property.value : valueText).trimmed();
    ICalTime time;
    time.date = QDate::fromString(value.left(8), QStringLiteral("yyyyMMdd"));
    const bool dateOnly = value.size() == 8;
    const bool utc = value.size() == 16 && value.endsWith(u'Z', Qt::CaseInsensitive);
    if (!dateOnly) {
        if ((value.size() != 15 && !utc) || value[8].toUpper() != u'T')
            time.date = QDate();
        time.time = QTime::fromString(value.mid(9, 6), QStringLiteral("HHmmss"));
    }
    if (!time.date.isValid() || (!dateOnly && !time.time.isValid()))
        return lineError(
            property.line,
            ICalendar::tr("“%1” is not a valid date or date-time for %2 (expected YYYYMMDD or YYYYMMDDTHHMMSS).")
                .arg(value, property.name));
    if (dateOnly) {
        time.allDay = true;
        return time;
    }
    if (utc) {
        time.zone = QTimeZone::utc();
        return time;
    }
    const QString tzid = property.param(QStringLiteral("TZID")).trimmed();
    if (tzid.isEmpty()) {
        time.floating = true;
        return time;
    }
    return withZone(time, tzid, property.line);
}

Result<ICalTime> TimeZoneResolver::withZone(ICalTime time, const QString& tzid, int line) const
{
    const auto definition = m_definitions.find(tzid);
    const Component* vtimezone = definition != m_definitions.end() ? definition->second : nullptr;
    std::optional<QTimeZone> zone = ianaZone(tzid);
    if (!zone)
        if (const QByteArray olson = olsonFromWindows(tzid); !olson.isEmpty())
            zone = ianaZone(QString::fromUtf8(olson));
    if (!zone && vtimezone)
        if (const Property* location = vtimezone->property(QStringLiteral("X-LIC-LOCATION")))
            zone = ianaZone(location->value);
    if (!zone)
        zone = zoneFromTail(tzid);
    if (zone) {
        time.zone = *zone;
        return time;
    }
    if (vtimezone) {
        auto& cached = m_defined[tzid];
        if (!cached)
            if (auto rules = DefinedZone::fromComponent(*vtimezone))
                cached = std::make_shared<const DefinedZone>(std::move(*rules));
        if (cached) {
            time.defined = cached;
            return time;
        }
    }
    return lineError(line, ICalendar::tr("the time zone “%1” is unknown and the file does not define it.").arg(tzid));
}

} // namespace maillage::ical
