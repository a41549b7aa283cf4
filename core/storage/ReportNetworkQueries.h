// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/storage/NetworkQueries.h"

#include <map>

namespace maillage {

/// The partner network of some councils for the report: the rows of NetworkQueries restricted to the councils'
/// instances and action sheets, with the council of each, so that the report can build one graph per council
/// from a single read.
struct ReportNetworkData {
    NetworkData data;                           ///< organisations: only those with a link in the councils
    std::map<qint64, qint64> instanceCouncil;   ///< instance id → council id
    std::map<qint64, qint64> sheetCouncil;      ///< action sheet id → council id

    /// The rows of one council, with the organisations they name.
    NetworkData slice(qint64 councilId) const;
};

/// Reads the network of [from, to] for councilIds (empty: every council).
Result<ReportNetworkData> loadReportNetwork(const Database& db, const QDate& from, const QDate& to,
                                            const std::vector<qint64>& councilIds);

} // namespace maillage
