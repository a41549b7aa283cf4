// SPDX-License-Identifier: EUPL-1.2
// Convocation: when and where, the agenda with presenters and durations, a reply slip.
#include "core/documents/DocumentText.h"
#include "core/documents/MeetingDocument.h"
#include "core/documents/MeetingSections.h"

#include <algorithm>

namespace maillage::documents {

namespace {

void agenda(DocumentBuilder& builder, const MeetingDossier& dossier, const DocumentOptions& options)
{
    builder.heading(DocumentText::tr("Agenda"));
    std::vector<QStringList> rows;
    int number = 0;
    for (const AgendaItem* item : sections::visibleAgenda(dossier, options))
        rows.push_back(
            {QString::number(++number), item->title, item->presenter, DocumentText::duration(item->durationMinutes)});
    if (rows.empty()) {
        builder.paragraph(DocumentText::tr("The agenda will be sent later."));
        return;
    }
    builder.table({{DocumentText::tr("No."), 7},
                   {DocumentText::tr("Item"), 58},
                   {DocumentText::tr("Presented by"), 23},
                   {DocumentText::tr("Duration"), 12}},
                  rows);
}

void participants(DocumentBuilder& builder, const MeetingDossier& dossier)
{
    const std::vector<DossierPerson> people = dossier.expectedParticipants();
    if (people.empty())
        return;
    builder.heading(DocumentText::tr("Invited participants"));
    std::vector<QStringList> rows;
    for (const DossierPerson& person : people)
        rows.push_back({person.name, person.organisation, person.function});
    builder.table(
        {{DocumentText::tr("Name"), 32}, {DocumentText::tr("Organisation"), 40}, {DocumentText::tr("Function"), 28}},
        rows);
}

void replySlip(DocumentBuilder& builder, const MeetingDossier& dossier)
{
    builder.spacing(10);
    builder.paragraph(QStringLiteral("✂ ") + QString(112, u'-')); // the width of the text
    builder.keepRoomAfter(75); // the slip is cut out: never split it from its scissors line
    builder.heading(DocumentText::tr("Reply slip"));
    builder.paragraph(DocumentText::tr("Meeting of %1 on %2")
                          .arg(dossier.instance.name, DocumentText::longDate(dossier.meeting.startsAt.date())));
    // Lines to fill in that all end at about the same place, whatever the label's length.
    const auto line = [](const QString& label) {
        return label + u' ' + QString(std::max(8, 44 - int(label.size() * 0.3)), u'…');
    };
    builder.paragraph(line(DocumentText::tr("Name:")));
    builder.paragraph(line(DocumentText::tr("Organisation:")));
    builder.paragraph(QStringLiteral("☐ ") + DocumentText::tr("will attend"));
    builder.paragraph(QStringLiteral("☐ ") + DocumentText::tr("excused"));
    builder.paragraph(line(QStringLiteral("☐ ") + DocumentText::tr("represented by")));
    builder.paragraph(line(DocumentText::tr("Date and signature:")));
}

} // namespace

void buildConvocation(DocumentBuilder& builder, const MeetingDossier& dossier, const DocumentOptions& options)
{
    builder.titleBlock(DocumentText::tr("Convocation"), sections::titleLines(dossier));
    builder.paragraph(DocumentText::tr("Dear Madam, dear Sir,"));
    builder.paragraph(
        DocumentText::tr("You are invited to the meeting of %1 on %2.")
            .arg(dossier.instance.name, DocumentText::when(dossier.meeting.startsAt, dossier.meeting.endsAt)));
    sections::placeFields(builder, dossier);
    agenda(builder, dossier, options);
    if (options.includeParticipants)
        participants(builder, dossier);
    if (!dossier.identity.signatoryName.isEmpty()) {
        builder.signature(dossier.identity.signatoryTitle, dossier.identity.signatoryName);
    } else if (!dossier.council.coordinatorName.isEmpty()) {
        builder.spacing(4);
        builder.paragraph(DocumentText::tr("The coordinator, %1").arg(dossier.council.coordinatorName));
    }
    replySlip(builder, dossier);
}

} // namespace maillage::documents
