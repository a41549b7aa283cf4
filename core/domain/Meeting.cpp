// SPDX-License-Identifier: EUPL-1.2
#include "core/domain/Meeting.h"

namespace maillage {

using namespace validation;

int Meeting::plannedAgendaMinutes() const
{
    int total = 0;
    for (const AgendaItem& item : agenda)
        total += item.durationMinutes;
    return total;
}

QStringList AgendaItem::validate() const
{
    QStringList problems;
    if (title.trimmed().isEmpty())
        problems << required(tr("Agenda item"));
    if (durationMinutes < 0)
        problems << notNegative(tr("Duration"));
    return problems;
}

QStringList Attendance::validate() const
{
    QStringList problems;
    if (contactId <= 0 && guestName.trimmed().isEmpty())
        problems << tr("An attendee must be a contact or a named guest.");
    if (status == AttendanceStatus::Represented && representedByContactId <= 0)
        problems << required(tr("Represented by"));
    if (status == AttendanceStatus::ProxyGiven && proxyToContactId <= 0)
        problems << required(tr("Proxy given to"));
    return problems;
}

QStringList Decision::validate() const
{
    QStringList problems;
    if (text.trimmed().isEmpty())
        problems << required(tr("Decision"));
    return problems;
}

QStringList FollowUp::validate() const
{
    QStringList problems;
    if (text.trimmed().isEmpty())
        problems << required(tr("Follow-up action"));
    if (status == FollowUpStatus::Done && doneOn.isValid() && dueOn.isValid() && doneOn < dueOn.addYears(-10))
        problems << notBefore(tr("Done on"), tr("Due on"));
    return problems;
}

QStringList Meeting::validate() const
{
    QStringList problems;
    if (instanceId <= 0)
        problems << required(tr("Instance"));
    if (!startsAt.isValid())
        problems << required(tr("Start"));
    if (startsAt.isValid() && endsAt.isValid() && endsAt < startsAt)
        problems << notBefore(tr("End"), tr("Start"));
    if (minutesStatus != MinutesStatus::Draft && !minutesValidatedOn.isValid())
        problems << required(tr("Minutes validated on"));
    if (minutesStatus == MinutesStatus::Distributed && !minutesDistributedOn.isValid())
        problems << required(tr("Minutes distributed on"));
    if (minutesValidatedOn.isValid() && minutesDistributedOn.isValid() && minutesDistributedOn < minutesValidatedOn)
        problems << notBefore(tr("Minutes distributed on"), tr("Minutes validated on"));
    for (const AgendaItem& item : agenda)
        problems << item.validate();
    for (const Attendance& row : attendance)
        problems << row.validate();
    for (const Decision& decision : decisions)
        problems << decision.validate();
    for (const FollowUp& followUp : followUps)
        problems << followUp.validate();
    return problems;
}

QStringList MeetingSeries::validate() const
{
    QStringList problems;
    if (instanceId <= 0)
        problems << required(tr("Instance"));
    if (rule.trimmed().isEmpty())
        problems << required(tr("Recurrence"));
    if (!startsOn.isValid())
        problems << required(tr("First date"));
    if (startsOn.isValid() && endsOn.isValid() && endsOn < startsOn)
        problems << notBefore(tr("Last date"), tr("First date"));
    if (occurrenceCount < 0)
        problems << notNegative(tr("Number of meetings"));
    return problems;
}

} // namespace maillage
