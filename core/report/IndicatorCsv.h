// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/report/ReportFigures.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace maillage {

class Database;

/// "Exporter les indicateurs": the dimensions of the national état des lieux of local mental health councils
/// (territory, instances and chairs, the four pillars, partners by sector, themes and actions, SISM, PSSM,
/// cellule, coordinator, funders), one row per council, as CSV for a spreadsheet (UTF-8 with BOM, ";").
class IndicatorCsv
{
    Q_DECLARE_TR_FUNCTIONS(IndicatorCsv)

public:
    /// The CSV of figures computed council by council (one ReportFigures per council).
    static QByteArray build(const std::vector<ReportFigures>& perCouncil);
    /// Computes each council's figures (every council when councilIds is empty) and writes the file.
    static Status write(Database& db, const ReportPeriod& period, const std::vector<qint64>& councilIds,
                        const QString& path);
};

} // namespace maillage
