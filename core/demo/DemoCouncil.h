// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/util/Result.h"

#include <QDate>
#include <QJsonObject>

namespace maillage {
class Database;
}

namespace maillage::demo {

/// Builds the archive document (docs/archive-format.md) of a realistic fictional council, the CLSM du
/// Val-de-Lys, over the years today.year()-1 and today.year(): territory, ~120 partners, ~250 people,
/// seven instances and their meetings, an action plan, events and the cellule's situations.
/// Everything is drawn from a generator seeded by the year: the same year gives the same people, meetings
/// and dates. today only decides what is already past (held meetings, minutes, follow-ups done), so the
/// same day always gives a byte-identical document.
QJsonObject demoArchive(const QDate& today);

/// Fills an empty database with demoArchive(today), in one transaction. Refuses, and changes nothing,
/// when the database already holds records.
Status generateDemoCouncil(Database& db, const QDate& today = QDate::currentDate());

} // namespace maillage::demo
