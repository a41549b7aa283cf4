// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <vector>

namespace maillage::calendar {

/// A public holiday (jour férié) and its French name.
struct Holiday {
    boost::gregorian::date date;
    QString name;
};

/// Easter Sunday of a Gregorian year (anonymous Gregorian algorithm).
boost::gregorian::date easterSunday(int year);
/// The eleven French public holidays of a year, plus Good Friday and 26 December in
/// Alsace-Moselle (Bas-Rhin, Haut-Rhin, Moselle) when asked; in date order.
std::vector<Holiday> frenchHolidays(int year, bool alsaceMoselle = false);
bool isPublicHoliday(const boost::gregorian::date& day, bool alsaceMoselle = false);
/// Monday to Friday and not a public holiday.
bool isWorkingDay(const boost::gregorian::date& day, bool alsaceMoselle = false);
/// The day itself when it is a working day, else the next one.
boost::gregorian::date nextWorkingDay(const boost::gregorian::date& day, bool alsaceMoselle = false);

} // namespace maillage::calendar
