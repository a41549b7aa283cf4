// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/exchange/ICalContent.h"

#include <QDateTime>
#include <QTimeZone>

#include <map>
#include <memory>

namespace maillage::ical {

class DefinedZone;

/// Meetings are kept in the wall-clock time of Paris.
QTimeZone parisZone();
/// The IANA name of a Windows zone name as Outlook writes it ("Romance Standard Time" → "Europe/Paris"),
/// empty when unknown.
QByteArray olsonFromWindows(const QString& windowsName);

/// A DATE or DATE-TIME as written in the file, with what is needed to convert it to Paris time.
struct ICalTime {
    QDate date;
    QTime time;
    bool allDay = false;   ///< VALUE=DATE
    bool floating = false; ///< neither UTC nor TZID: taken as Paris time
    QTimeZone zone;        ///< UTC or a named zone; invalid for floating times and zones defined in the file
    std::shared_ptr<const DefinedZone> defined; ///< a VTIMEZONE of the file that no IANA name matches

    /// The same wall-clock time of the original zone on `day`, converted to Paris
    /// (recurrences repeat in the zone they were written in).
    QDateTime parisOn(const QDate& day) const;
    QDateTime paris() const { return parisOn(date); }
};

/// Reads DTSTART/DTEND/DUE/EXDATE values, resolving TZID parameters: IANA names, Windows names,
/// names with a prefix ("/mozilla.org/…/Europe/Paris", "custom_America/New_York"), the
/// X-LIC-LOCATION of the file's VTIMEZONE, and finally that VTIMEZONE's own rules.
class TimeZoneResolver
{
public:
    explicit TimeZoneResolver(const Component& calendar);
    ~TimeZoneResolver();

    /// One value of the property (valueText overrides property.value for lists such as EXDATE).
    Result<ICalTime> read(const Property& property, const QString& valueText = {}) const;

private:
    Result<ICalTime> withZone(ICalTime time, const QString& tzid, int line) const;

    std::map<QString, const Component*> m_definitions;
    mutable std::map<QString, std::shared_ptr<const DefinedZone>> m_defined;
};

} // namespace maillage::ical
