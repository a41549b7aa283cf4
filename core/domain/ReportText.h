// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/EnumText.h"
#include "core/domain/Record.h"

#include <QString>

namespace maillage {

/// The free texts of the activity report, written per council and year.
enum class ReportSection { Presidents, Synthesis, Strengths, Obstacles, Levers, Perspectives };
MAILLAGE_ENUM_ENTRIES(ReportSection,
                      {ReportSection::Presidents, "presidents",
                       QT_TRANSLATE_NOOP("maillage::domain", "Message from the chairs")},
                      {ReportSection::Synthesis, "synthesis", QT_TRANSLATE_NOOP("maillage::domain", "Summary")},
                      {ReportSection::Strengths, "strengths", QT_TRANSLATE_NOOP("maillage::domain", "Strengths")},
                      {ReportSection::Obstacles, "obstacles", QT_TRANSLATE_NOOP("maillage::domain", "Obstacles")},
                      {ReportSection::Levers, "levers", QT_TRANSLATE_NOOP("maillage::domain", "Levers")},
                      {ReportSection::Perspectives, "perspectives", QT_TRANSLATE_NOOP("maillage::domain", "Outlook")})

struct ReportText : Record {
    qint64 councilId = 0;
    int year = 0;
    ReportSection section = ReportSection::Presidents;
    QString body; ///< plain text, paragraphs separated by blank lines
};

} // namespace maillage
