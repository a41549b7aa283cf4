// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/plan/PlanPresets.h"
#include "core/util/Result.h"

#include <QCoreApplication>

namespace maillage {
class Database;
}

namespace maillage::plan {

struct NewPlan
{
    qint64 councilId = 0;
    QString title;
    int firstYear = 0;
    int lastYear = 0;
    Preset preset = Preset::Blank;
    qint64 carryFromPlanId = 0; ///< carry the unfinished fiches of this plan over (0: none)
};

/// Whether a fiche is still to be carried on in a next plan.
bool isUnfinished(SheetStatus status);

/// Creates plans from presets and carries fiches over, each in one transaction.
class PlanCreation
{
    Q_DECLARE_TR_FUNCTIONS(PlanCreation)

public:
    explicit PlanCreation(Database& db);

    /// The new plan's id. Its axes come from the preset; carried fiches go to the axis of the
    /// same title (or code) or to a copy of their old axis.
    Result<qint64> create(const NewPlan& request);
    /// Copies the unfinished fiches of fromPlanId into toPlanId: carried_from_id set, milestones not
    /// reached, budget lines of the new plan's years, indicators without their values, a status
    /// history entry on both sides. Returns how many fiches moved.
    Result<int> carryOver(qint64 fromPlanId, qint64 toPlanId);

private:
    Database& m_db;
};

} // namespace maillage::plan
