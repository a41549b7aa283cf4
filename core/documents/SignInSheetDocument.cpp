// SPDX-License-Identifier: EUPL-1.2
// Feuille d'émargement: one tall row per expected participant, then the guests and blank rows.
#include "core/documents/DocumentText.h"
#include "core/documents/MeetingDocument.h"
#include "core/documents/MeetingSections.h"

namespace maillage::documents {

void buildSignInSheet(DocumentBuilder& builder, const MeetingDossier& dossier, const DocumentOptions& options)
{
    builder.titleBlock(DocumentText::tr("Sign-in sheet"), sections::titleLines(dossier));
    sections::placeFields(builder, dossier);
    builder.spacing(4);

    std::vector<QStringList> rows;
    for (const DossierPerson& person : dossier.expectedParticipants())
        rows.push_back({person.name, person.organisation, person.function, QString()});
    for (const Attendance& attendance : dossier.meeting.attendance)
        if (attendance.isGuest) {
            const DossierPerson guest = dossier.attendee(attendance);
            rows.push_back({guest.name, guest.organisation, DocumentText::tr("Guest"), QString()});
        }
    for (int i = 0; i < options.guestRows; ++i)
        rows.push_back({QString(), QString(), QString(), QString()});

    DocumentBuilder::TableOptions table;
    table.minRowHeight = 17;
    builder.table({{DocumentText::tr("Name"), 23},
                   {DocumentText::tr("Organisation"), 29},
                   {DocumentText::tr("Function"), 20},
                   {DocumentText::tr("Signature"), 28}},
                  rows, table);
}

} // namespace maillage::documents
