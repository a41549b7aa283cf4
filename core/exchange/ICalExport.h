// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>

namespace maillage {
class Database;
}

namespace maillage::ical {

/// Which meetings a calendar export holds. Empty or zero fields do not filter.
struct ExportOptions {
    qint64 meetingId = 0;  ///< one meeting only
    qint64 instanceId = 0; ///< the meetings of one instance
    QDate from;            ///< first day included
    QDate to;              ///< last day included
    bool followUps = true; ///< the follow-ups of the exported meetings, as VTODO
    QDateTime stamp;       ///< DTSTAMP; now when invalid
};

/// The identity of this database in UIDs ("council-3-1a2b3c4d.maillage"): the same meeting keeps the
/// same UID from one export to the next, so calendars update it instead of duplicating it.
QString databaseIdentity(Database& db);

/// An iCalendar (RFC 5545) document: VTIMEZONE Europe/Paris, one VEVENT per meeting with its agenda,
/// place, status, organizer and attendees (people with an e-mail), one VTODO per follow-up.
Result<QByteArray> exportCalendar(Database& db, const ExportOptions& options = {});
Status writeCalendarFile(Database& db, const QString& path, const ExportOptions& options = {});

} // namespace maillage::ical
