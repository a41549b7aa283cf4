// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/documents/plan/PlanDossier.h"
#include "core/util/Result.h"

#include <QCoreApplication>

class QPagedPaintDevice;

namespace maillage {

class Database;
class TimelineChart;

/// Writes the plan documents: one fiche action (when ficheCode is set) or the whole plan as a booklet,
/// to PDF (vectors, "page X / Y") or ODT, whole or not at all (QSaveFile).
class PlanDocumentWriter
{
    Q_DECLARE_TR_FUNCTIONS(PlanDocumentWriter)

public:
    /// Paints the fiche or the booklet on a printer or any paged device; returns the page count (0: failed).
    static int paint(const PlanDossier& dossier, const QString& ficheCode, QPagedPaintDevice& device);
    static Status writePdf(const PlanDossier& dossier, const QString& ficheCode, const QString& path);
    static Status writeOdt(const PlanDossier& dossier, const QString& ficheCode, const QString& path);
    /// Loads the plan (0: the most recent one) and writes the file in the format of its extension.
    static Status write(Database& db, qint64 planId, const QString& ficheCode, const QString& path,
                        const QDate& today = QDate::currentDate());
    /// The timeline alone on landscape A4 pages.
    static Status writeTimelinePdf(const TimelineChart& chart, const QString& title, const QString& path);
};

} // namespace maillage
