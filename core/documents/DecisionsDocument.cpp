// SPDX-License-Identifier: EUPL-1.2
// Relevé de décisions: only what was decided, item by item, and what follows.
#include "core/documents/DocumentText.h"
#include "core/documents/MeetingDocument.h"
#include "core/documents/MeetingSections.h"

namespace maillage::documents {

void buildDecisions(DocumentBuilder& builder, const MeetingDossier& dossier, const DocumentOptions& options)
{
    builder.titleBlock(DocumentText::tr("Record of decisions"), sections::titleLines(dossier));
    sections::placeFields(builder, dossier);
    builder.field(DocumentText::tr("Secretary"), dossier.nameOf(dossier.meeting.secretaryContactId));

    builder.heading(DocumentText::tr("Decisions"));
    const std::vector<const Decision*> decisions = sections::visibleDecisions(dossier, options);
    int number = 0;
    int shown = 0;
    for (const AgendaItem* item : sections::visibleAgenda(dossier, options)) {
        ++number;
        QStringList texts;
        for (const Decision* decision : decisions)
            if (decision->agendaItemId == item->id)
                texts << decision->text;
        if (texts.isEmpty())
            continue;
        builder.subheading(QStringLiteral("%1. %2").arg(number).arg(item->title));
        builder.bullets(texts);
        shown += int(texts.size());
    }
    QStringList loose;
    for (const Decision* decision : decisions)
        if (decision->agendaItemId == 0)
            loose << decision->text;
    if (!loose.isEmpty()) {
        builder.subheading(DocumentText::tr("Other decisions"));
        builder.bullets(loose);
        shown += int(loose.size());
    }
    if (shown == 0)
        builder.paragraph(DocumentText::tr("No decision was recorded."));
    if (options.includeFollowUps)
        sections::followUps(builder, dossier);
    sections::nextMeeting(builder, dossier);
}

} // namespace maillage::documents
