// SPDX-License-Identifier: EUPL-1.2
#include "core/documents/MeetingDocument.h"

#include "core/documents/DocumentBuilder.h"

namespace maillage {

MeetingDocument buildMeetingDocument(DocumentKind kind, const MeetingDossier& dossier, const DocumentOptions& options)
{
    MeetingDocument document;
    document.text = std::make_unique<QTextDocument>();
    document.decoration.councilName = dossier.council.name;
    document.decoration.documentTitle = labelOf(kind) + QStringLiteral(" — ") + dossier.instance.name;
    document.decoration.footerText = options.footerText;
    document.text->setMetaInformation(QTextDocument::DocumentTitle, document.decoration.documentTitle);
    DocumentBuilder builder(*document.text);
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
