// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/documents/report/ReportNetwork.h"
#include "core/documents/report/ReportProgress.h"
#include "core/domain/ReportText.h"
#include "core/report/ReportFigures.h"
#include "core/util/Result.h"

#include <map>
#include <vector>

namespace maillage {

class Database;

/// What the annual report covers: a period and one council or several (empty: every council).
struct ReportRequest {
    ReportPeriod period;
    std::vector<qint64> councilIds;
};

/// Everything the report shows, read once: the figures of all the councils together, each council's own
/// figures when there are several (for the comparison), and the free texts of the period's first year.
struct ReportContent {
    ReportFigures figures;
    std::vector<ReportFigures> perCouncil;
    std::map<qint64, std::vector<ReportText>> texts; ///< council id → its texts
    ReportNetwork network; ///< chapter 4: the map of one council, or each council's network figures
    int textYear = 0;
    QDate generatedOn;

    bool severalCouncils() const { return figures.identities.size() > 1; }
    /// The council's text of a section, empty when not written.
    QString text(qint64 councilId, ReportSection section) const;
};

/// Reads the content of a report; refuses a period that ends before it starts and unknown councils.
/// progress: steps from 0 to 50 %, stops with ReportProgress::cancelledError() when asked.
Result<ReportContent> loadReportContent(Database& db, const ReportRequest& request,
                                        const ReportProgress& progress = {});

} // namespace maillage
