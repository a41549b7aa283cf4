// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/demo/DemoContext.h"

#include <QDateTime>

#include <vector>

namespace maillage::demo {

/// When an instance meets during the period.
struct Slot {
    QDateTime start;
    int minutes = 120;
};

/// The meetings of an instance over year-1 and year, following its cadence: the cellule monthly except in
/// August, working groups every six to eight weeks, COPIL three times a year, plénière once, comité technique
/// quarterly. No slot falls on a weekend or a public holiday.
std::vector<Slot> scheduleOf(const DemoInstance& instance, int year, Rng& rng);

/// The next working day from day (day itself when it is one).
QDate workingDayFrom(QDate day);

} // namespace maillage::demo
