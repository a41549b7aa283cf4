// SPDX-License-Identifier: EUPL-1.2
#include "core/meetings/MeetingPreparation.h"

#include "core/domain/Contact.h"
#include "core/storage/AgendaTemplateRepository.h"
#include "core/storage/ContactRepository.h"
#include "core/storage/InstanceRepository.h"
#include "core/storage/MeetingRepository.h"
#include "core/storage/Transaction.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace maillage {

namespace {

QString contactName(Database& db, qint64 contactId)
{
    if (contactId <= 0)
        return {};
    Result<Contact> contact = ContactRepository(db).get(contactId);
    return contact.ok() ? contact->displayName() : QString();
}

QString dayText(const QDate& day)
{
    return QLocale().toString(day, QLocale::ShortFormat);
}

/// The follow-ups still open in the instance, as the minutes of the "review of follow-ups" item.
Result<QString> openFollowUpsHtml(Database& db, qint64 instanceId)
{
    Result<std::vector<FollowUp>> open = MeetingRepository(db).openFollowUps(instanceId);
    if (!open.ok())
        return open.error();
    if (open->empty())
        return QString();
    QString html = QStringLiteral("<ul>");
    for (const FollowUp& followUp : open.value()) {
        QStringList parts{followUp.text.toHtmlEscaped()};
        if (const QString owner = contactName(db, followUp.ownerContactId); !owner.isEmpty())
            parts << owner.toHtmlEscaped();
        if (followUp.dueOn.isValid())
            parts << MeetingPreparation::tr("due %1").arg(dayText(followUp.dueOn));
        html += QStringLiteral("<li>") + parts.join(QStringLiteral(" — ")) + QStringLiteral("</li>");
    }
    return html + QStringLiteral("</ul>");
}

AgendaItem item(const QString& title, AgendaItemKind kind, int minutes)
{
    AgendaItem value;
    value.title = title;
    value.kind = kind;
    value.durationMinutes = minutes;
    return value;
}

/// The members expected on the day: contact members, and the people currently working for organisation members.
Status fillExpected(Database& db, Meeting& meeting)
{
    const QDate day = meeting.startsAt.date();
    Result<std::vector<InstanceMember>> members = InstanceRepository(db).membersOn(meeting.instanceId, day);
    if (!members.ok())
        return members.error();
    ContactRepository contacts(db);
    auto expect = [&](qint64 contactId, qint64 organisationId) {
        for (const Attendance& row : meeting.attendance)
            if (row.contactId == contactId)
                return;
        Attendance row;
        row.contactId = contactId;
        row.organisationId = organisationId;
        meeting.attendance.push_back(row);
        meeting.recipientContactIds.push_back(contactId);
    };
    for (const InstanceMember& member : members.value()) {
        if (member.contactId > 0) {
            qint64 organisationId = member.organisationId;
            if (organisationId <= 0) {
                Result<qint64> current = contacts.currentOrganisationId(member.contactId, day);
                organisationId = current.ok() ? current.value() : 0;
            }
            expect(member.contactId, organisationId);
        } else if (member.organisationId > 0) {
            ContactFilter filter;
            filter.organisationId = member.organisationId;
            filter.active = true;
            filter.day = day;
            Result<std::vector<Contact>> people = contacts.list(filter);
            if (!people.ok())
                return people.error();
            for (const Contact& person : people.value())
                expect(person.id, member.organisationId);
        }
    }
    return {};
}

QString bodyOf(const QString& html)
{
    static const QRegularExpression body(QStringLiteral("<body[^>]*>(.*)</body>"),
                                         QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = body.match(html);
    return match.hasMatch() ? match.captured(1).trimmed() : html.trimmed();
}

} // namespace

QString MeetingPreparation::otherBusinessTitle()
{
    return tr("Any other business");
}

Result<Meeting> MeetingPreparation::newMeeting(Database& db, qint64 instanceId, const QDateTime& startsAt)
{
    Result<Instance> instance = InstanceRepository(db).get(instanceId);
    if (!instance.ok())
        return instance.error();
    Meeting meeting;
    meeting.instanceId = instanceId;
    meeting.startsAt = startsAt;
    meeting.place = instance->usualPlace;
    meeting.title = tr("%1 – %2").arg(instance->name, QLocale().toString(startsAt.date(), QStringLiteral("MMMM yyyy")));
    qint64 length = 2 * 3600;
    Result<Meeting> previous = MeetingRepository(db).previousMeeting(instanceId, startsAt);
    if (previous.ok() && previous->startsAt.isValid() && previous->endsAt.isValid())
        length = std::max<qint64>(previous->startsAt.secsTo(previous->endsAt), 15 * 60);
    else if (!previous.ok() && previous.error().kind != Error::Kind::NotFound)
        return previous.error();
    meeting.endsAt = startsAt.addSecs(length);

    if (previous.ok())
        meeting.agenda.push_back(item(tr("Approval of the previous minutes"), AgendaItemKind::Approval, 5));
    AgendaItem review = item(tr("Review of follow-up actions"), AgendaItemKind::FollowUpReview, 15);
    Result<QString> open = openFollowUpsHtml(db, instanceId);
    if (!open.ok())
        return open.error();
    review.minutesHtml = open.value();
    meeting.agenda.push_back(review);
    meeting.agenda.push_back(item(otherBusinessTitle(), AgendaItemKind::Regular, 10));
    if (Status status = fillExpected(db, meeting); !status.ok())
        return status.error();
    return meeting;
}

Status MeetingPreparation::prepareIfEmpty(Database& db, Meeting& meeting)
{
    if (meeting.status != MeetingStatus::Planned || !meeting.agenda.empty() || !meeting.attendance.empty()
        || !meeting.decisions.empty() || !meeting.followUps.empty())
        return {};
    Result<Meeting> draft = newMeeting(db, meeting.instanceId, meeting.startsAt);
    if (!draft.ok())
        return draft.error();
    meeting.agenda = std::move(draft->agenda);
    meeting.attendance = std::move(draft->attendance);
    if (meeting.recipientContactIds.empty())
        meeting.recipientContactIds = std::move(draft->recipientContactIds);
    return {};
}

Result<Meeting> MeetingPreparation::copyPrevious(Database& db, qint64 instanceId, const QDateTime& startsAt)
{
    Result<Meeting> previous = MeetingRepository(db).previousMeeting(instanceId, startsAt);
    if (!previous.ok())
        return previous.error();
    Result<Meeting> meeting = newMeeting(db, instanceId, startsAt);
    if (!meeting.ok())
        return meeting;
    const QString openHtml = [&] {
        for (const AgendaItem& existing : meeting->agenda)
            if (existing.kind == AgendaItemKind::FollowUpReview)
                return existing.minutesHtml;
        return QString();
    }();
    meeting->agenda.clear();
    for (const AgendaItem& old : previous->agenda) {
        AgendaItem copy = item(old.title, old.kind, old.durationMinutes);
        copy.presenter = old.presenter;
        copy.confidential = old.confidential;
        if (old.kind == AgendaItemKind::FollowUpReview)
            copy.minutesHtml = openHtml; // today's open follow-ups, not those of last time
        meeting->agenda.push_back(copy);
    }
    if (previous->secretaryContactId > 0)
        meeting->secretaryContactId = previous->secretaryContactId;
    meeting->minutesKind = previous->minutesKind;
    return meeting;
}

void MeetingPreparation::applyTemplate(Meeting& meeting, const AgendaTemplate& agendaTemplate)
{
    meeting.agenda.clear();
    for (const AgendaTemplateItem& line : agendaTemplate.items)
        meeting.agenda.push_back(line.toAgendaItem());
    // Decisions cannot hang from items that left the agenda.
    for (Decision& decision : meeting.decisions)
        decision.agendaItemId = 0;
}

Status MeetingPreparation::saveAgendaAsTemplate(Database& db, const Meeting& meeting, const QString& name)
{
    AgendaTemplateRepository templates(db);
    Result<std::vector<AgendaTemplate>> existing = templates.listByInstance(meeting.instanceId);
    if (!existing.ok())
        return existing.error();
    AgendaTemplate value;
    for (const AgendaTemplate& candidate : existing.value())
        if (candidate.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            value = candidate;
    value.instanceId = meeting.instanceId;
    value.name = name.trimmed();
    value.items.clear();
    for (const AgendaItem& agendaItem : meeting.agenda) {
        AgendaTemplateItem line;
        line.title = agendaItem.title;
        line.presenter = agendaItem.presenter;
        line.durationMinutes = agendaItem.durationMinutes;
        line.confidential = agendaItem.confidential;
        line.kind = agendaItem.kind;
        value.items.push_back(line);
    }
    return value.id > 0 ? templates.update(value) : templates.create(value);
}

Status MeetingPreparation::saveMeeting(Database& db, Meeting& meeting)
{
    MeetingRepository meetings(db);
    if (meeting.id <= 0)
        return meetings.create(meeting);
    Meeting copy = meeting;
    if (copy.minutesStatus != MinutesStatus::Draft) {
        Result<Meeting> stored = meetings.get(copy.id);
        if (!stored.ok())
            return stored.error();
        if (minutesHtml(db, stored.value()) != minutesHtml(db, copy)) {
            copy.minutesStatus = MinutesStatus::Draft;
            copy.minutesValidatedOn = {};
            copy.minutesDistributedOn = {};
        }
    }
    if (Status status = meetings.update(copy); !status.ok())
        return status;
    meeting = std::move(copy);
    return {};
}

Status MeetingPreparation::moveItemToNextMeeting(Database& db, qint64 meetingId, qint64 agendaItemId)
{
    MeetingRepository meetings(db);
    Result<Meeting> from = meetings.get(meetingId);
    if (!from.ok())
        return from.error();
    auto found = std::find_if(from->agenda.begin(), from->agenda.end(),
                              [&](const AgendaItem& candidate) { return candidate.id == agendaItemId; });
    if (found == from->agenda.end())
        return Error{Error::Kind::NotFound, tr("This agenda item is not on the meeting's agenda (any more)."),
                     QStringLiteral("agenda_item #%1 in meeting #%2").arg(agendaItemId).arg(meetingId)};
    MeetingFilter filter;
    filter.instanceId = from->instanceId;
    filter.status = MeetingStatus::Planned;
    filter.from = from->startsAt.date();
    filter.withDetails = true;
    Result<std::vector<Meeting>> later = meetings.list(filter);
    if (!later.ok())
        return later.error();
    auto next = std::find_if(later->begin(), later->end(), [&](const Meeting& candidate) {
        return candidate.id != meetingId && candidate.startsAt > from->startsAt;
    });
    if (next == later->end())
        return Error{
            Error::Kind::NotFound,
            tr("There is no planned meeting of this instance after this one: plan the next meeting first."),
            QStringLiteral("instance #%1 after %2").arg(from->instanceId).arg(from->startsAt.toString(Qt::ISODate))};

    AgendaItem moved = *found;
    from->agenda.erase(found);
    moved.id = 0;
    moved.meetingId = next->id;
    auto before = next->agenda.end();
    if (!next->agenda.empty() && next->agenda.back().title == otherBusinessTitle())
        before = next->agenda.end() - 1;
    next->agenda.insert(before, moved);

    Transaction transaction(db);
    if (!transaction.ok())
        return transaction.error();
    if (Status status = meetings.update(from.value()); !status.ok())
        return status;
    if (Status status = meetings.update(*next); !status.ok())
        return status;
    return transaction.commit();
}

Status MeetingPreparation::validateMinutes(Database& db, Meeting& meeting, const QDate& on)
{
    if (!on.isValid())
        return Error{Error::Kind::Invalid, tr("Give the day the minutes were validated."), {}};
    Meeting copy = meeting;
    copy.minutesStatus = MinutesStatus::Validated;
    copy.minutesValidatedOn = on;
    if (copy.minutesDistributedOn.isValid() && copy.minutesDistributedOn < on)
        copy.minutesDistributedOn = {};
    Transaction transaction(db);
    if (!transaction.ok())
        return transaction.error();
    MeetingRepository meetings(db);
    if (Status status = copy.id > 0 ? meetings.update(copy) : meetings.create(copy); !status.ok())
        return status;
    MinutesVersionRepository versions(db);
    Result<std::vector<MinutesVersion>> frozen = versions.list(copy.id);
    if (!frozen.ok())
        return frozen.error();
    const QString html = minutesHtml(db, copy);
    // Validating unchanged minutes again does not make a new version.
    if (frozen->empty() || frozen->back().contentHtml != html)
        if (Result<MinutesVersion> version = versions.freeze(copy.id, on, html); !version.ok())
            return version.error();
    if (Status status = transaction.commit(); !status.ok())
        return status;
    meeting = std::move(copy);
    return {};
}

Status MeetingPreparation::recordApproval(Database& db, qint64 approvingMeetingId)
{
    MeetingRepository meetings(db);
    Result<Meeting> approving = meetings.get(approvingMeetingId);
    if (!approving.ok())
        return approving.error();
    Result<Meeting> previous = meetings.previousMeeting(approving->instanceId, approving->startsAt);
    if (!previous.ok())
        return previous.error();
    Transaction transaction(db);
    if (!transaction.ok())
        return transaction.error();
    previous->minutesApprovedInMeetingId = approvingMeetingId;
    if (previous->minutesStatus == MinutesStatus::Draft) {
        if (Status status = validateMinutes(db, previous.value(), approving->startsAt.date()); !status.ok())
            return status;
    } else if (Status status = meetings.update(previous.value()); !status.ok()) {
        return status;
    }
    return transaction.commit();
}

QString MeetingPreparation::minutesHtml(Database& db, const Meeting& meeting)
{
    QString html = QStringLiteral("<h1>%1</h1><p>%2</p>")
                       .arg(meeting.title.toHtmlEscaped(),
                            QLocale().toString(meeting.startsAt, QLocale::LongFormat).toHtmlEscaped());
    auto decisionsOf = [&](qint64 agendaItemId) {
        QString list;
        for (const Decision& decision : meeting.decisions)
            if (decision.agendaItemId == agendaItemId)
                list += QStringLiteral("<li>") + decision.text.toHtmlEscaped() + QStringLiteral("</li>");
        return list.isEmpty()
                   ? list
                   : QStringLiteral("<p><b>%1</b></p><ul>%2</ul>").arg(tr("Decisions").toHtmlEscaped(), list);
    };
    int number = 0;
    for (const AgendaItem& agendaItem : meeting.agenda) {
        html += QStringLiteral("<h2>%1. %2</h2>").arg(++number).arg(agendaItem.title.toHtmlEscaped());
        html += bodyOf(agendaItem.minutesHtml);
        if (agendaItem.id != 0)
            html += decisionsOf(agendaItem.id);
    }
    html += decisionsOf(0);
    if (!meeting.followUps.empty()) {
        html += QStringLiteral("<h2>%1</h2><table><tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>")
                    .arg(tr("Follow-up actions"), tr("Action"), tr("Owner"), tr("Due"), tr("Status"));
        for (const FollowUp& followUp : meeting.followUps)
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                        .arg(followUp.text.toHtmlEscaped(), contactName(db, followUp.ownerContactId).toHtmlEscaped(),
                             followUp.dueOn.isValid() ? dayText(followUp.dueOn) : QString(), labelOf(followUp.status));
        html += QStringLiteral("</table>");
    }
    return html;
}

} // namespace maillage
