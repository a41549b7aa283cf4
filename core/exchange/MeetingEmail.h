// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/documents/DocumentOptions.h"
#include "core/documents/MeetingDossier.h"
#include "core/exchange/EmlDraft.h"

namespace maillage {

class Database;

/// The e-mail that goes with a meeting document, prepared on this computer and sent by the user's own
/// mail client: "Préparer l'e-mail".
class MeetingEmail
{
    Q_DECLARE_TR_FUNCTIONS(MeetingEmail)

public:
    /// Who receives the document: for minutes and decisions the distribution list when there is one,
    /// otherwise (and for the convocation) the expected participants; only people with an e-mail.
    static Result<std::vector<EmlAddress>> recipients(Database& db, const MeetingDossier& dossier, DocumentKind kind);
    /// Subject and text in the interface language, signed by the council's signatory.
    static EmlDraft draft(const MeetingDossier& dossier, DocumentKind kind);
    /// Writes the PDF, the meeting's .ics and the .eml draft (PDF and .ics attached) in folder;
    /// returns the .eml's path.
    static Result<QString> prepare(Database& db, qint64 meetingId, DocumentKind kind, const QString& folder,
                                   const DocumentOptions& options = {});
    /// "Convocation - Groupe logement - 2026-03-10": a file name without characters file systems refuse.
    static QString baseName(const MeetingDossier& dossier, DocumentKind kind);
};

} // namespace maillage
