// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <vector>

namespace maillage {

struct NetworkGraph;

/// GraphML (undirected) with node attributes name, label, sector, color, participation, degree, strength,
/// betweenness, community and edge attributes weight, instances, actions, coattendance, kinds.
QByteArray networkGraphMl(const NetworkGraph& graph);

/// The elements table (UTF-8 with BOM, ';'): Id;Label;Type;Sector;Color;Participation;Degree;Betweenness;Community.
/// Gephi reads Id/Label, Kumu reads Label/Type; labels are made unique because Kumu links by label.
QByteArray networkElementsCsv(const NetworkGraph& graph);
/// The connections table: Source;Target (ids, for Gephi);From;To (labels, for Kumu);Type (Undirected);
/// Connection Type;Weight;Instances;Actions;Meetings together.
QByteArray networkConnectionsCsv(const NetworkGraph& graph);

/// Writes bytes to path through QSaveFile (all or nothing).
Status writeFileAtomically(const QString& path, const QByteArray& bytes);

/// One sector's part in carrying the council: its share of attendance and of brokerage (betweenness).
struct SectorWeight {
    qint64 sectorId = 0;
    QString label;
    QString color;
    int organisations = 0;
    int participation = 0;
    double participationShare = 0; ///< of all attendance, 0..1
    double betweenness = 0;        ///< sum over its organisations
    double betweennessShare = 0;   ///< of all betweenness, 0..1
};

/// Sectors ranked by participation share + betweenness share (the sectors that carry the council first).
std::vector<SectorWeight> sectorsCarryingCouncil(const NetworkGraph& graph);

struct NetworkExportText {
    Q_DECLARE_TR_FUNCTIONS(NetworkExport)
};

} // namespace maillage
