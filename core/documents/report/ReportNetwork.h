// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/network/NetworkGraph.h"
#include "core/network/NetworkLayout.h"
#include "core/util/Result.h"

#include <QCoreApplication>

#include <memory>
#include <vector>

class QPainter;

namespace maillage {

class Database;
struct ReportPeriod;
struct ReportProgress;

/// One council's network map for chapter 4: the graph of the period and its layout, computed once.
struct ReportNetworkMap {
    NetworkGraph graph;
    NetworkLayout layout;
    /// Organisations named on the map (the most present).
    static constexpr int kLabels = 22;

    /// Draws the map (core/network's painter) and, under it, the sector legend with each sector's count.
    void paint(QPainter& painter, const QRectF& rect) const;
    /// Height over width of paint()'s drawing.
    double aspect() const;
};

/// Each council's network in figures, for a report over several councils (no maps: see ReportNetwork.cpp).
struct CouncilNetworkFigures {
    QString council;
    int organisations = 0; ///< organisations with at least one link
    int links = 0;
    double density = 0;  ///< links over possible links, 0–1
    int sectors = 0;     ///< sectors present on the map
    QString hub;         ///< the organisation with the most links
};

/// Chapter 4's network: the map when the report covers one council, each council's figures otherwise.
struct ReportNetwork {
    std::shared_ptr<const ReportNetworkMap> map;
    std::vector<CouncilNetworkFigures> councils;
};

/// Reads and computes the network of the period for councilIds (names: the councils' names, same order).
Result<ReportNetwork> computeReportNetwork(Database& db, const ReportPeriod& period,
                                           const std::vector<qint64>& councilIds, const QStringList& names,
                                           const ReportProgress& progress);

} // namespace maillage
