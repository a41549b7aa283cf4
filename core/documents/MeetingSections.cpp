// SPDX-License-Identifier: EUPL-1.2
#include "core/documents/MeetingSections.h"

#include "core/documents/DocumentText.h"

namespace maillage::sections {

std::vector<const AgendaItem*> visibleAgenda(const MeetingDossier& dossier, const DocumentOptions& options)
{
    std::vector<const AgendaItem*> items;
    for (const AgendaItem& item : dossier.meeting.agenda)
        if (options.includeConfidential || !item.confidential)
            items.push_back(&item);
    return items;
}

std::vector<const Decision*> visibleDecisions(const MeetingDossier& dossier, const DocumentOptions& options)
{
    std::vector<const Decision*> decisions;
    for (const Decision& decision : dossier.meeting.decisions) {
        bool hidden = false;
        for (const AgendaItem& item : dossier.meeting.agenda)
            if (item.id == decision.agendaItemId && !options.includeConfidential && item.confidential)
                hidden = true;
        if (!hidden)
            decisions.push_back(&decision);
    }
    return decisions;
}

QStringList titleLines(const MeetingDossier& dossier)
{
    const QString name = dossier.instance.name;
    // "Comité de pilotage (COPIL)" is already said by an instance named "Comité de pilotage".
    const QString kind = labelOf(dossier.instance.kind).section(QStringLiteral(" ("), 0, 0);
    const bool namesKind = kind.isEmpty() || name.contains(kind, Qt::CaseInsensitive);
    const QString title = dossier.meeting.title;
    QStringList lines;
    if (!namesKind)
        lines << kind + QStringLiteral(" — ") + name;
    // A title such as "Comité de pilotage – novembre 2026" already names the instance.
    if (title.isEmpty() || title == name)
        lines << name;
    else if (namesKind && title.startsWith(name))
        lines << title;
    else
        lines << (namesKind ? name : QString()) << title;
    lines.removeAll(QString());
    lines << DocumentText::when(dossier.meeting.startsAt, dossier.meeting.endsAt);
    return lines;
}

void placeFields(DocumentBuilder& builder, const MeetingDossier& dossier)
{
    builder.field(DocumentText::tr("Place"), dossier.meeting.place);
    builder.field(DocumentText::tr("Video link"), dossier.meeting.videoLink);
}

void followUps(DocumentBuilder& builder, const MeetingDossier& dossier)
{
    if (dossier.meeting.followUps.empty())
        return;
    builder.heading(DocumentText::tr("Follow-ups"));
    std::vector<QStringList> rows;
    for (const FollowUp& followUp : dossier.meeting.followUps)
        rows.push_back({followUp.text, dossier.nameOf(followUp.ownerContactId), DocumentText::shortDate(followUp.dueOn),
                        labelOf(followUp.status)});
    builder.table({{DocumentText::tr("Action"), 50},
                   {DocumentText::tr("Owner"), 24},
                   {DocumentText::tr("Due"), 13},
                   {DocumentText::tr("Status"), 13}},
                  rows);
}

void nextMeeting(DocumentBuilder& builder, const MeetingDossier& dossier)
{
    if (!dossier.nextMeeting)
        return;
    builder.spacing(6);
    QString text = DocumentText::when(dossier.nextMeeting->startsAt, dossier.nextMeeting->endsAt);
    if (!dossier.nextMeeting->place.isEmpty())
        text += QStringLiteral(" — ") + dossier.nextMeeting->place;
    builder.field(DocumentText::tr("Next meeting"), text);
}

} // namespace maillage::sections
