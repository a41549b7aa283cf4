// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/EnumText.h"

#include <QString>

namespace maillage {

/// The four documents of a meeting.
enum class DocumentKind { Convocation, SignInSheet, Minutes, Decisions };
MAILLAGE_ENUM_ENTRIES(
    DocumentKind, {DocumentKind::Convocation, "convocation", QT_TRANSLATE_NOOP("maillage::domain", "Convocation")},
    {DocumentKind::SignInSheet, "sign-in-sheet", QT_TRANSLATE_NOOP("maillage::domain", "Sign-in sheet")},
    {DocumentKind::Minutes, "minutes", QT_TRANSLATE_NOOP("maillage::domain", "Minutes")},
    {DocumentKind::Decisions, "decisions", QT_TRANSLATE_NOOP("maillage::domain", "Record of decisions")})

/// What goes into a meeting document. Confidential agenda items stay out unless asked for.
struct DocumentOptions
{
    bool includeParticipants = true;
    bool includeConfidential = false;
    bool includeFollowUps = true;
    QString footerText;
    int guestRows = 6; ///< blank rows at the end of the sign-in sheet
    bool pdfA = false; ///< PDF/A-1b for the archives (minutes and decisions also follow the council's setting)
};

} // namespace maillage
