// SPDX-License-Identifier: EUPL-1.2
// Compte rendu: who came (grouped by status and organisation), the minutes of each item with its
// decisions, the follow-ups, the next meeting and who receives the minutes.
#include "core/documents/DocumentText.h"
#include "core/documents/MeetingDocument.h"
#include "core/documents/MeetingSections.h"

#include <algorithm>
#include <map>

namespace maillage::documents {

namespace {

enum class Group { Present, Excused, Represented, Absent, Guest };

Group groupOf(const Attendance& a)
{
    if (a.isGuest)
        return Group::Guest;
    switch (a.status) {
    case AttendanceStatus::Present:
        return Group::Present;
    case AttendanceStatus::Excused:
    case AttendanceStatus::ProxyGiven:
        return Group::Excused;
    case AttendanceStatus::Represented:
        return Group::Represented;
    case AttendanceStatus::Absent:
        return Group::Absent;
    }
    return Group::Absent;
}

QString groupTitle(Group group)
{
    switch (group) {
    case Group::Present:
        return DocumentText::tr("Present");
    case Group::Excused:
        return DocumentText::tr("Excused");
    case Group::Represented:
        return DocumentText::tr("Represented");
    case Group::Absent:
        return DocumentText::tr("Absent");
    case Group::Guest:
        return DocumentText::tr("Guests");
    }
    return {};
}

/// The name, with the proxy or the representative when there is one.
QString attendeeText(const MeetingDossier& dossier, const Attendance& a)
{
    QString text = dossier.attendee(a).name;
    if (a.proxyToContactId)
        text += u' ' + DocumentText::tr("(proxy given to %1)").arg(dossier.nameOf(a.proxyToContactId));
    if (a.representedByContactId)
        text += u' ' + DocumentText::tr("(represented by %1)").arg(dossier.nameOf(a.representedByContactId));
    return text;
}

void attendance(DocumentBuilder& builder, const MeetingDossier& dossier)
{
    builder.heading(DocumentText::tr("Attendance"));
    for (Group group : {Group::Present, Group::Excused, Group::Represented, Group::Absent, Group::Guest}) {
        std::map<QString, QStringList> byOrganisation; // sorted by organisation name
        int count = 0;
        for (const Attendance& a : dossier.meeting.attendance)
            if (groupOf(a) == group) {
                byOrganisation[dossier.attendee(a).organisation] << attendeeText(dossier, a);
                ++count;
            }
        if (count == 0)
            continue;
        builder.subheading(QStringLiteral("%1 (%2)").arg(groupTitle(group)).arg(count));
        QStringList lines;
        for (const auto& [organisation, names] : byOrganisation)
            lines << (organisation.isEmpty()
                          ? names.join(QStringLiteral(", "))
                          : organisation + QStringLiteral("\u00a0: ") + names.join(QStringLiteral(", ")));
        builder.bullets(lines);
    }
}

void item(DocumentBuilder& builder, const MeetingDossier& dossier, const AgendaItem& item, int number,
          const std::vector<const Decision*>& decisions)
{
    builder.subheading(QStringLiteral("%1. %2").arg(number).arg(item.title));
    if (!item.presenter.isEmpty())
        builder.field(DocumentText::tr("Presented by"), item.presenter);
    builder.richText(item.minutesHtml);
    QStringList texts;
    for (const Decision* decision : decisions)
        if (decision->agendaItemId == item.id)
            texts << decision->text;
    if (!texts.isEmpty()) {
        builder.paragraph(DocumentText::tr("Decisions"), true);
        builder.bullets(texts);
    }
    Q_UNUSED(dossier);
}

QString distribution(const MeetingDossier& dossier)
{
    // A long list that only repeats the people convened reads better as one line.
    const std::vector<qint64>& recipients = dossier.meeting.recipientContactIds;
    const auto convened = [&](qint64 id) {
        return std::any_of(dossier.meeting.attendance.begin(), dossier.meeting.attendance.end(),
                           [id](const Attendance& attendance) { return attendance.contactId == id; });
    };
    if (recipients.size() > 12 && std::all_of(recipients.begin(), recipients.end(), convened))
        return DocumentText::tr("the %n person(s) convened to the meeting", nullptr, int(recipients.size()));
    QStringList names;
    for (qint64 id : dossier.meeting.recipientContactIds)
        names << dossier.nameOf(id);
    names.removeAll(QString());
    return names.isEmpty() ? DocumentText::tr("the members of %1").arg(dossier.instance.name)
                           : names.join(QStringLiteral(", "));
}

} // namespace

void buildMinutes(DocumentBuilder& builder, const MeetingDossier& dossier, const DocumentOptions& options)
{
    builder.titleBlock(labelOf(dossier.meeting.minutesKind), sections::titleLines(dossier));
    builder.field(DocumentText::tr("Instance"), dossier.instance.name);
    builder.field(DocumentText::tr("Date"), DocumentText::when(dossier.meeting.startsAt, dossier.meeting.endsAt));
    sections::placeFields(builder, dossier);
    builder.field(DocumentText::tr("Secretary"), dossier.nameOf(dossier.meeting.secretaryContactId));
    if (options.includeParticipants && !dossier.meeting.attendance.empty())
        attendance(builder, dossier);

    builder.heading(DocumentText::tr("Agenda and minutes"));
    const std::vector<const Decision*> decisions = sections::visibleDecisions(dossier, options);
    int number = 0;
    for (const AgendaItem* agendaItem : sections::visibleAgenda(dossier, options))
        item(builder, dossier, *agendaItem, ++number, decisions);
    QStringList loose;
    for (const Decision* decision : decisions)
        if (decision->agendaItemId == 0)
            loose << decision->text;
    if (!loose.isEmpty()) {
        builder.subheading(DocumentText::tr("Other decisions"));
        builder.bullets(loose);
    }
    if (options.includeFollowUps)
        sections::followUps(builder, dossier);
    sections::nextMeeting(builder, dossier);
    builder.field(DocumentText::tr("Distribution"), distribution(dossier));
}

} // namespace maillage::documents
