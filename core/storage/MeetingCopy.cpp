// SPDX-License-Identifier: EUPL-1.2
#include "core/storage/MeetingCopy.h"

#include "core/storage/MeetingRepository.h"

namespace maillage {

Result<Meeting> duplicateMeeting(Database& db, qint64 meetingId, const QDateTime& newStart)
{
    if (!newStart.isValid())
        return Error{Error::Kind::Invalid,
                     QCoreApplication::translate("maillage::MeetingCopy", "Choose the date of the copy."), {}};
    MeetingRepository meetings(db);
    Result<Meeting> stored = meetings.get(meetingId);
    if (!stored)
        return stored.error();
    const Meeting& old = stored.value();
    Meeting copy;
    copy.instanceId = old.instanceId;
    copy.title = old.title;
    copy.startsAt = newStart;
    if (old.endsAt.isValid() && old.startsAt.isValid())
        copy.endsAt = newStart.addSecs(old.startsAt.secsTo(old.endsAt));
    copy.place = old.place;
    copy.videoLink = old.videoLink;
    copy.secretaryContactId = old.secretaryContactId;
    copy.minutesKind = old.minutesKind;
    for (const AgendaItem& item : old.agenda) {
        AgendaItem fresh;
        fresh.title = item.title;
        fresh.presenter = item.presenter;
        fresh.durationMinutes = item.durationMinutes;
        fresh.confidential = item.confidential;
        fresh.kind = item.kind;
        copy.agenda.push_back(fresh);
    }
    for (const Attendance& row : old.attendance) {
        Attendance expected; // expected again: whether they came last time does not carry over
        expected.contactId = row.contactId;
        expected.organisationId = row.organisationId;
        expected.guestName = row.guestName;
        expected.isGuest = row.isGuest;
        copy.attendance.push_back(expected);
    }
    copy.recipientContactIds = old.recipientContactIds;
    if (Status status = meetings.create(copy); !status)
        return status.error();
    return copy;
}

} // namespace maillage
