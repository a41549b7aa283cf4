// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/AgendaTemplate.h"
#include "core/domain/Meeting.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDateTime>

namespace maillage {

class Database;

/// What a coordinator does around a meeting: prepare it (a draft with the usual agenda, the members
/// expected and the follow-ups still open), reuse agendas, move an item on, validate and approve
/// minutes. Every write goes through the repositories, each in one transaction.
class MeetingPreparation
{
    Q_DECLARE_TR_FUNCTIONS(MeetingPreparation)

public:
    /// A draft (not saved) for the instance: usual place, title "<instance> – <month year>", the agenda
    /// approval / follow-up review / any other business, the members expected and the distribution list.
    static Result<Meeting> newMeeting(Database& db, qint64 instanceId, const QDateTime& startsAt);
    /// A planned meeting that holds nothing yet (as a series creates them) gets what newMeeting() would give
    /// it: the usual agenda, the members expected and the distribution list. Other meetings are left as they
    /// are. Nothing is saved.
    static Status prepareIfEmpty(Database& db, Meeting& meeting);
    /// Like newMeeting, with the agenda (titles, presenters, durations) of the instance's previous meeting.
    static Result<Meeting> copyPrevious(Database& db, qint64 instanceId, const QDateTime& startsAt);

    /// Replaces the agenda by the template's lines (the minutes of replaced items go with them).
    static void applyTemplate(Meeting& meeting, const AgendaTemplate& agendaTemplate);
    /// Saves the meeting's agenda as a template of its instance; a template of that name is replaced.
    static Status saveAgendaAsTemplate(Database& db, const Meeting& meeting, const QString& name);

    /// Creates or updates the meeting. Minutes already validated whose content changed go back to draft,
    /// so the next validation freezes a new version.
    static Status saveMeeting(Database& db, Meeting& meeting);
    /// Moves an agenda item to the next planned meeting of the same instance (before "any other business").
    static Status moveItemToNextMeeting(Database& db, qint64 meetingId, qint64 agendaItemId);
    /// Saves the meeting with its minutes validated on `on` and freezes them as the next version.
    static Status validateMinutes(Database& db, Meeting& meeting, const QDate& on);
    /// Records that the approving meeting approved the minutes of the instance's previous meeting
    /// (validating them on the approving meeting's day when they were still a draft).
    static Status recordApproval(Database& db, qint64 approvingMeetingId);

    /// The minutes as frozen: items with their minutes and decisions, then the follow-up actions.
    static QString minutesHtml(Database& db, const Meeting& meeting);
    /// The title of the closing agenda item.
    static QString otherBusinessTitle();
};

} // namespace maillage
