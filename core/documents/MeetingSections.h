// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/documents/DocumentBuilder.h"
#include "core/documents/DocumentOptions.h"
#include "core/documents/MeetingDossier.h"

#include <vector>

namespace maillage::sections {

// Pieces shared by several meeting documents.

/// The agenda items the options let through, in order.
std::vector<const AgendaItem*> visibleAgenda(const MeetingDossier& dossier, const DocumentOptions& options);
/// The decisions of the visible items and those tied to no item.
std::vector<const Decision*> visibleDecisions(const MeetingDossier& dossier, const DocumentOptions& options);
/// "Comité de pilotage — RESAD" and the date line, under the document's title.
QStringList titleLines(const MeetingDossier& dossier);
/// Where: the place and the video link.
void placeFields(DocumentBuilder& builder, const MeetingDossier& dossier);
/// The follow-ups table (action, owner, due date, status); nothing when there are none.
void followUps(DocumentBuilder& builder, const MeetingDossier& dossier);
/// "Next meeting: mardi 10 mars 2026 at 14 h 00" when the instance has one planned.
void nextMeeting(DocumentBuilder& builder, const MeetingDossier& dossier);

} // namespace maillage::sections
