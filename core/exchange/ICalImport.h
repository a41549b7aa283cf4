// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/Meeting.h"
#include "core/util/Result.h"

#include <QDateTime>
#include <QStringList>

#include <vector>

namespace maillage {
class Database;
}

namespace maillage::ical {

/// A meeting the import would create, already in Paris local time.
struct MeetingDraft {
    int line = 0; ///< where its VEVENT begins
    QString uid;
    QString title;
    QDateTime startsAt; ///< Europe/Paris
    QDateTime endsAt;   ///< Europe/Paris; invalid when the event gives no end
    bool allDay = false;
    QString place;
    QString videoLink;
    QString description;
    MeetingStatus status = MeetingStatus::Planned;
    QStringList warnings; ///< translated, for the preview
};

/// What importing a file would do: nothing is written until importMeetings().
struct ImportPreview {
    std::vector<MeetingDraft> meetings;
    QStringList warnings; ///< about the whole file (translated)
};

struct PreviewOptions {
    int openEndedMonths = 12;  ///< how far a recurrence without COUNT or UNTIL is expanded
    int maxOccurrences = 500;  ///< per event
};

/// Reads a whole .ics file into a preview. A malformed file (bad date, unterminated component, unknown
/// time zone, an event without DTSTART) is refused with the line number; events of other kinds
/// (VTODO, VJOURNAL) are ignored with a warning.
Result<ImportPreview> previewCalendar(const QByteArray& data, const PreviewOptions& options = {});
Result<ImportPreview> previewCalendarFile(const QString& path, const PreviewOptions& options = {});

/// Creates every meeting of the preview in the instance, in one transaction: all or nothing.
/// Returns how many were created.
Result<int> importMeetings(Database& db, qint64 instanceId, const ImportPreview& preview);

} // namespace maillage::ical
