// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/documents/plan/PlanDossier.h"

#include <QRectF>

class QPainter;

namespace maillage {

class DocumentBuilder;

namespace plandocs {

/// The booklet's cover as a commune would publish it: the council's logo, name and address at the top,
/// the plan's title and period in large type, a short contents (each axis with its number of fiches),
/// and the edition date in a band at the foot. Painted on a page of `page` (device pixels, dpi given).
void paintCover(QPainter& painter, const QRectF& page, qreal dpi, const PlanDossier& dossier);

/// The same cover as text, for the ODT booklet (a text document has no absolute positions).
void coverText(DocumentBuilder& builder, const PlanDossier& dossier);

/// "Axis A1 — … · 4 action sheets" lines of the cover's contents.
QStringList coverContents(const PlanDossier& dossier);

} // namespace plandocs

} // namespace maillage
