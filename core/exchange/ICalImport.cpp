// SPDX-License-Identifier: EUPL-1.2
#include "core/exchange/ICalImport.h"

#include "core/exchange/ICalContent.h"
#include "core/storage/MeetingRepository.h"
#include "core/storage/Transaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>

namespace maillage::ical {

namespace {

constexpr qint64 kMaxFileBytes = qint64(64) << 20; // calendars are small; refuse what cannot be one

} // namespace

Result<ImportPreview> previewCalendarFile(const QString& path, const PreviewOptions& options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::Kind::Io, ICalendar::tr("Cannot read the calendar file %1.").arg(path), file.errorString()};
    if (file.size() > kMaxFileBytes)
        return Error{Error::Kind::Invalid, ICalendar::tr("The file %1 is too big to be a calendar.").arg(path), {}};
    auto preview = previewCalendar(file.readAll(), options);
    if (!preview.ok()) {
        Error error = preview.error();
        error.detail = path;
        return error;
    }
    return preview;
}

Result<int> importMeetings(Database& db, qint64 instanceId, const ImportPreview& preview)
{
    Transaction transaction(db);
    if (!transaction.ok())
        return transaction.error();
    MeetingRepository meetings(db);
    int created = 0;
    for (const MeetingDraft& draft : preview.meetings) {
        Meeting meeting;
        meeting.instanceId = instanceId;
        meeting.title = draft.title;
        // Meetings hold the wall-clock time of Paris, without a zone.
        meeting.startsAt = QDateTime(draft.startsAt.date(), draft.startsAt.time());
        if (draft.endsAt.isValid())
            meeting.endsAt = QDateTime(draft.endsAt.date(), draft.endsAt.time());
        meeting.place = draft.place;
        meeting.videoLink = draft.videoLink;
        meeting.status = draft.status;
        meeting.notes = draft.description;
        if (Status status = meetings.create(meeting); !status.ok()) {
            Error error = status.error();
            error.message = ICalendar::tr("The meeting “%1” of %2 (line %3) could not be created: %4")
                                .arg(draft.title, QLocale().toString(draft.startsAt, QLocale::ShortFormat))
                                .arg(draft.line)
                                .arg(error.message);
            return error;
        }
        ++created;
    }
    if (Status status = transaction.commit(); !status.ok())
        return status.error();
    return created;
}

} // namespace maillage::ical
