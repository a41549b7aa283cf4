// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/EnumText.h"
#include "core/domain/Record.h"

#include <QDate>
#include <QDateTime>
#include <QStringList>

#include <vector>

namespace maillage {

enum class MeetingStatus { Planned, Held, Cancelled, Postponed };
MAILLAGE_ENUM_ENTRIES(MeetingStatus,
                      {MeetingStatus::Planned, "planned", QT_TRANSLATE_NOOP("maillage::domain", "Planned")},
                      {MeetingStatus::Held, "held", QT_TRANSLATE_NOOP("maillage::domain", "Held")},
                      {MeetingStatus::Cancelled, "cancelled", QT_TRANSLATE_NOOP("maillage::domain", "Cancelled")},
                      {MeetingStatus::Postponed, "postponed", QT_TRANSLATE_NOOP("maillage::domain", "Postponed")})

enum class MinutesKind { Report, DecisionsRecord, Proceedings };
MAILLAGE_ENUM_ENTRIES(
    MinutesKind, {MinutesKind::Report, "compte_rendu", QT_TRANSLATE_NOOP("maillage::domain", "Minutes")},
    {MinutesKind::DecisionsRecord, "releve_decisions", QT_TRANSLATE_NOOP("maillage::domain", "Record of decisions")},
    {MinutesKind::Proceedings, "proces_verbal", QT_TRANSLATE_NOOP("maillage::domain", "Official proceedings")})

enum class MinutesStatus { Draft, Validated, Distributed };
MAILLAGE_ENUM_ENTRIES(MinutesStatus, {MinutesStatus::Draft, "draft", QT_TRANSLATE_NOOP("maillage::domain", "Draft")},
                      {MinutesStatus::Validated, "validated", QT_TRANSLATE_NOOP("maillage::domain", "Validated")},
                      {MinutesStatus::Distributed, "distributed", QT_TRANSLATE_NOOP("maillage::domain", "Distributed")})

enum class AttendanceStatus { Present, Excused, Absent, Represented, ProxyGiven };
MAILLAGE_ENUM_ENTRIES(
    AttendanceStatus, {AttendanceStatus::Present, "present", QT_TRANSLATE_NOOP("maillage::domain", "Present")},
    {AttendanceStatus::Excused, "excused", QT_TRANSLATE_NOOP("maillage::domain", "Excused")},
    {AttendanceStatus::Absent, "absent", QT_TRANSLATE_NOOP("maillage::domain", "Absent")},
    {AttendanceStatus::Represented, "represented", QT_TRANSLATE_NOOP("maillage::domain", "Represented")},
    {AttendanceStatus::ProxyGiven, "proxy_given", QT_TRANSLATE_NOOP("maillage::domain", "Proxy given")})

/// What an agenda item is for: most are plain items; some are recognised by the meeting's workflow.
enum class AgendaItemKind { Regular, Approval, FollowUpReview };
MAILLAGE_ENUM_ENTRIES(AgendaItemKind,
                      {AgendaItemKind::Regular, "regular", QT_TRANSLATE_NOOP("maillage::domain", "Item")},
                      {AgendaItemKind::Approval, "approval",
                       QT_TRANSLATE_NOOP("maillage::domain", "Approval of the previous minutes")},
                      {AgendaItemKind::FollowUpReview, "follow_up_review",
                       QT_TRANSLATE_NOOP("maillage::domain", "Review of follow-up actions")})

struct AgendaItem : Record
{
    qint64 meetingId = 0;
    int position = 0;
    QString title;
    QString presenter;
    int durationMinutes = 0;
    QString minutesHtml;       ///< rich text of the minutes for this item
    bool confidential = false; ///< kept out of documents sent outside the instance
    AgendaItemKind kind = AgendaItemKind::Regular;

    QStringList validate() const;
    Q_DECLARE_TR_FUNCTIONS(AgendaItem)
};

/// Who was expected or came. A guest has a name and no contact.
struct Attendance : Record
{
    qint64 meetingId = 0;
    qint64 contactId = 0;
    qint64 organisationId = 0; ///< the organisation the person represented that day
    QString guestName;
    bool isGuest = false;
    AttendanceStatus status = AttendanceStatus::Present;
    qint64 representedByContactId = 0;
    qint64 proxyToContactId = 0;

    QStringList validate() const;
    Q_DECLARE_TR_FUNCTIONS(Attendance)
};

struct Decision : Record
{
    qint64 meetingId = 0;
    qint64 agendaItemId = 0;
    int position = 0;
    QString text;

    QStringList validate() const;
    Q_DECLARE_TR_FUNCTIONS(Decision)
};

enum class FollowUpStatus { Open, InProgress, Done, Dropped };
MAILLAGE_ENUM_ENTRIES(FollowUpStatus, {FollowUpStatus::Open, "open", QT_TRANSLATE_NOOP("maillage::domain", "To do")},
                      {FollowUpStatus::InProgress, "in_progress", QT_TRANSLATE_NOOP("maillage::domain", "In progress")},
                      {FollowUpStatus::Done, "done", QT_TRANSLATE_NOOP("maillage::domain", "Done")},
                      {FollowUpStatus::Dropped, "dropped", QT_TRANSLATE_NOOP("maillage::domain", "Dropped")})

/// An action decided in a meeting, with an owner and a due date.
struct FollowUp : Record
{
    qint64 meetingId = 0;
    QString text;
    qint64 ownerContactId = 0;
    QDate dueOn;
    FollowUpStatus status = FollowUpStatus::Open;
    QDate doneOn;
    qint64 actionSheetId = 0;

    bool isOverdueOn(const QDate& today) const
    {
        return (status == FollowUpStatus::Open || status == FollowUpStatus::InProgress) && dueOn.isValid() &&
               dueOn < today;
    }
    QStringList validate() const;
    Q_DECLARE_TR_FUNCTIONS(FollowUp)
};

/// A meeting of an instance, with everything recorded about it.
struct Meeting : Record
{
    qint64 instanceId = 0;
    qint64 seriesId = 0;
    QString title;
    QDateTime startsAt;
    QDateTime endsAt;
    QString place;
    QString videoLink;
    MeetingStatus status = MeetingStatus::Planned;
    qint64 postponedToMeetingId = 0;
    QDate convocationSentOn;
    qint64 secretaryContactId = 0;
    MinutesKind minutesKind = MinutesKind::Report;
    MinutesStatus minutesStatus = MinutesStatus::Draft;
    QDate minutesValidatedOn;
    QDate minutesDistributedOn;
    qint64 minutesApprovedInMeetingId = 0; ///< the meeting whose "approval" item approved these minutes
    QString notes;

    std::vector<AgendaItem> agenda;
    std::vector<Attendance> attendance;
    std::vector<Decision> decisions;
    std::vector<FollowUp> followUps;
    std::vector<qint64> recipientContactIds; ///< distribution list of the minutes

    /// Whether the convocation went out less than 5 days before the meeting.
    bool convocationLate() const
    {
        return convocationSentOn.isValid() && startsAt.isValid() && convocationSentOn.daysTo(startsAt.date()) < 5;
    }
    int plannedAgendaMinutes() const;
    QStringList validate() const;
    Q_DECLARE_TR_FUNCTIONS(Meeting)
};

/// A recurring schedule of meetings for an instance.
struct MeetingSeries : Record
{
    qint64 instanceId = 0;
    QString rule; ///< see core/calendar
    QString holidayPolicy = QStringLiteral("next_working_day");
    QDate startsOn;
    QDate endsOn;
    int occurrenceCount = 0;

    QStringList validate() const;
    Q_DECLARE_TR_FUNCTIONS(MeetingSeries)
};

} // namespace maillage
