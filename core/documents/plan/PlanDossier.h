// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/ActionPlan.h"
#include "core/domain/Council.h"
#include "core/plan/Breakdown.h"
#include "core/settings/CouncilIdentity.h"
#include "core/util/Result.h"

#include <QCollator>
#include <QCoreApplication>
#include <QHash>

#include <vector>

namespace maillage {

class Database;

/// Everything the plan documents show: the council, the plan, its axes by position and its fiches by code,
/// each fiche with its details, and the names of the organisations they mention.
struct PlanDossier
{
    Council council;
    CouncilIdentity identity; ///< name, logo and address on the documents
    ActionPlan plan;
    std::vector<Axis> axes;
    std::vector<ActionSheet> sheets;
    QHash<qint64, QString> organisationNames;
    QDate today; ///< the date printed on the cover and the line of the timeline
    std::vector<plan::BreakdownDimension> breakdownDimensions; ///< to say indicator breakdowns in words

    const Axis* axisOf(const ActionSheet& sheet) const;
    const ActionSheet* sheetByCode(const QString& code) const;
    std::vector<const ActionSheet*> sheetsOf(qint64 axisId) const;
    QString organisationName(qint64 id) const { return organisationNames.value(id); }
    /// The council's name on documents (the identity's when set).
    QString councilName() const { return identity.documentName.isEmpty() ? council.name : identity.documentName; }
};

class PlanDossierLoader
{
    Q_DECLARE_TR_FUNCTIONS(PlanDossierLoader)

public:
    /// Loads planId, or the most recent plan of the first council when planId is 0.
    static Result<PlanDossier> load(Database& db, qint64 planId, const QDate& today);
};

/// Fiche codes in numeric order: "1.10" after "1.9".
const QCollator& ficheCodeCollator();

} // namespace maillage
