// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/documents/DocumentBuilder.h"
#include "core/documents/DocumentOptions.h"
#include "core/documents/MeetingDossier.h"
#include "core/documents/PageLayout.h"

#include <QTextDocument>

#include <memory>

namespace maillage {

/// A meeting document ready to print or save: its text and what its pages show around the text.
struct MeetingDocument {
    std::unique_ptr<QTextDocument> text;
    PageDecoration decoration;
};

/// Builds the document; PageLayout paginates it for a device.
MeetingDocument buildMeetingDocument(DocumentKind kind, const MeetingDossier& dossier, const DocumentOptions& options);

namespace documents {
// One builder per document, each writing into a fresh builder (see the Document*.cpp files).
void buildConvocation(DocumentBuilder& builder, const MeetingDossier& dossier, const DocumentOptions& options);
void buildSignInSheet(DocumentBuilder& builder, const MeetingDossier& dossier, const DocumentOptions& options);
void buildMinutes(DocumentBuilder& builder, const MeetingDossier& dossier, const DocumentOptions& options);
void buildDecisions(DocumentBuilder& builder, const MeetingDossier& dossier, const DocumentOptions& options);
} // namespace documents

} // namespace maillage
