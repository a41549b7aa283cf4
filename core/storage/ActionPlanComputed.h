// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/ActionPlan.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDate>

namespace maillage {

class Database;

/// The figures Maillage computes for an indicator from its own data, over a date range:
/// - meetings held by an instance (scope "instance:ID");
/// - partners mobilised: distinct organisations present or represented at the meetings linked to
///   the fiche (or of the scope's instance) and partners of the fiche's events;
/// - events held, participants, people trained in PSSM: the fiche's events (all the council's
///   events with scope "council"), from the first to the last day, up to today.
class ActionPlanComputed
{
    Q_DECLARE_TR_FUNCTIONS(ActionPlanComputed)

public:
    explicit ActionPlanComputed(Database& db);

    /// councilId (when > 0) names the council of "council" scopes, so that a fiche not saved yet counts too.
    Result<double> compute(const Indicator& indicator, qint64 sheetId, const QDate& from, const QDate& to,
                           qint64 councilId = 0) const;

private:
    Database& m_db;
};

} // namespace maillage
