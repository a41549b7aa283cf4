// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QDate>

#include <boost/date_time/gregorian/gregorian_types.hpp>

namespace maillage::calendar {

// The one place where Qt and Boost dates meet: calendar logic works on Boost dates,
// storage and UI on QDate.
inline boost::gregorian::date toBoost(const QDate& date)
{
    if (!date.isValid())
        return boost::gregorian::date(boost::date_time::not_a_date_time);
    return boost::gregorian::date(static_cast<unsigned short>(date.year()), static_cast<unsigned short>(date.month()),
                                  static_cast<unsigned short>(date.day()));
}

inline QDate toQDate(const boost::gregorian::date& date)
{
    if (date.is_special())
        return {};
    const auto ymd = date.year_month_day();
    return QDate(ymd.year, ymd.month, ymd.day);
}

} // namespace maillage::calendar
