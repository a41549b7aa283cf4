// SPDX-License-Identifier: EUPL-1.2
#include "core/documents/MeetingDocument.h"

#include "core/documents/DocumentBuilder.h"

namespace maillage {

MeetingDocument buildMeetingDocument(DocumentKind kind, const MeetingDossier& dossier, const DocumentOptions& options)
{
    MeetingDocument document;
    document.text = std::make_unique<QTextDocument>();
    const QString councilName =
        dossier.identity.documentName.isEmpty() ? dossier.council.name : dossier.identity.documentName;
    document.decoration.councilName = councilName;
    // The minutes' heading says which kind they are (compte rendu, procès-verbal…): the page header says the same.
    const QString title = kind == DocumentKind::Minutes ? labelOf(dossier.meeting.minutesKind) : labelOf(kind);
    document.decoration.documentTitle = title + QStringLiteral(" — ") + dossier.instance.name;
    // The export dialog's footer wins over the council's usual one.
    document.decoration.footerText = options.footerText.isEmpty() ? dossier.identity.footerText : options.footerText;
    document.text->setMetaInformation(QTextDocument::DocumentTitle, document.decoration.documentTitle);
    DocumentBuilder builder(*document.text);
    if (kind != DocumentKind::SignInSheet) // the sign-in sheet keeps its whole width for the table
        builder.letterhead(dossier.identity.logoImage(), councilName, dossier.identity.address);
    switch (kind) {
    case DocumentKind::Convocation:
        documents::buildConvocation(builder, dossier, options);
        break;
    case DocumentKind::SignInSheet:
        documents::buildSignInSheet(builder, dossier, options);
        break;
    case DocumentKind::Minutes:
        documents::buildMinutes(builder, dossier, options);
        break;
    case DocumentKind::Decisions:
        documents::buildDecisions(builder, dossier, options);
        break;
    }
    return document;
}

} // namespace maillage
