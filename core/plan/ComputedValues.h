// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/ActionPlan.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <optional>
#include <vector>

namespace maillage {
class Database;
}

namespace maillage::plan {

/// What Maillage's data gives for one period of a computed indicator, next to what the fiche holds.
struct ComputedFigure
{
    QString period;
    double value = 0;             ///< what the data gives
    QString from;                 ///< what it was computed from, in words
    std::optional<double> stored; ///< the value the fiche holds for the period, if any
    bool locked = false;          ///< the period's year is locked: its value never changes

    /// The fiche holds another value (entered by hand, or computed before the data changed).
    bool differs() const;
};

/// Computing an indicator's values from the data, only when the user asks, never overwriting silently.
class ComputedValues
{
    Q_DECLARE_TR_FUNCTIONS(ComputedValues)

public:
    /// The periods "every period of the indicator" means: those with a value, and each year of the plan
    /// up to today's year; in period order.
    static QStringList periodsOf(const Indicator& indicator, const ActionPlan& plan, const QDate& today);

    /// What the data gives for each period (nothing is changed). The indicator needs a computed source;
    /// lockedYears marks the figures whose period may not change; an unreadable period is an error.
    /// councilId (when > 0) is the plan's council, for council-wide scopes of fiches not saved yet.
    static Result<std::vector<ComputedFigure>> figures(Database& db, const Indicator& indicator, qint64 sheetId,
                                                       const QStringList& periods, const QList<int>& lockedYears,
                                                       qint64 councilId = 0);

    /// Puts the figures into the indicator's values: a period without a value gets one; a differing
    /// value is replaced only when replaceDiffering; a locked period never. Returns the periods changed.
    static QStringList apply(Indicator& indicator, const std::vector<ComputedFigure>& figures, bool replaceDiffering);

    /// "meetings of the instance “Plénière” held from 01/01/2025 to 31/12/2025".
    static QString describe(Database& db, const Indicator& indicator, const QDate& from, const QDate& to);
};

} // namespace maillage::plan
