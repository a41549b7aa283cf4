// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/EnumText.h"
#include "core/domain/Record.h"

#include <QDate>
#include <QStringList>

#include <vector>

namespace maillage {

enum class CouncilKind { InfraCommunal, Communal, Intercommunal };
MAILLAGE_ENUM_ENTRIES(CouncilKind,
                      {CouncilKind::InfraCommunal, "infra_communal",
                       QT_TRANSLATE_NOOP("maillage::domain", "Infra-communal")},
                      {CouncilKind::Communal, "communal", QT_TRANSLATE_NOOP("maillage::domain", "Communal")},
                      {CouncilKind::Intercommunal, "intercommunal",
                       QT_TRANSLATE_NOOP("maillage::domain", "Intercommunal")})

/// A commune of the council's territory, dated: territories grow and shrink over the years.
struct Commune : Record
{
    qint64 councilId = 0;
    QString name;
    QString inseeCode;
    int population = 0;
    int qpvCount = 0; ///< quartiers prioritaires de la politique de la ville
    QDate validFrom;
    QDate validTo;

    QStringList validate() const;
    Q_DECLARE_TR_FUNCTIONS(Commune)
};

enum class SectorPopulation { Adult, Child };
MAILLAGE_ENUM_ENTRIES(SectorPopulation,
                      {SectorPopulation::Adult, "adult", QT_TRANSLATE_NOOP("maillage::domain", "Adult psychiatry")},
                      {SectorPopulation::Child, "child",
                       QT_TRANSLATE_NOOP("maillage::domain", "Child and adolescent psychiatry")})

/// A psychiatric sector covering (part of) the territory.
struct PsychiatricSector : Record
{
    qint64 councilId = 0;
    QString name;
    SectorPopulation population = SectorPopulation::Adult;
    QString establishment;
    QDate validFrom;
    QDate validTo;

    QStringList validate() const;
    Q_DECLARE_TR_FUNCTIONS(PsychiatricSector)
};

/// A conseil local de santé mentale.
struct Council : Record
{
    QString name;
    QString shortName;
    CouncilKind kind = CouncilKind::Communal;
    QDate createdOn;
    QString chairs; ///< one chair per line: co-chairing is common
    QString coordinatorName;
    int coordinatorFtePercent = 0;
    QString coordinatorEmployer;
    QString coordinatorFunding; ///< funding shares, one funder per line
    QString conventions;
    bool situationsEnabled = false; ///< the cellule de situations register is off by default
    bool alsaceMoselle = false;     ///< Good Friday and 26 December are public holidays too
    QString notes;

    std::vector<Commune> communes;                     ///< saved with the council (CouncilRepository)
    std::vector<PsychiatricSector> psychiatricSectors; ///< saved with the council (CouncilRepository)

    QStringList chairList() const { return chairs.split(u'\n', Qt::SkipEmptyParts); }
    QStringList validate() const;
    Q_DECLARE_TR_FUNCTIONS(Council)
};

} // namespace maillage
