// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/ActionPlan.h"
#include "core/util/Result.h"

#include <QCoreApplication>

#include <optional>
#include <vector>

namespace maillage {

class Database;

enum class ActionSheetSort { Code, Title, Status };

/// Which fiches actions listSheets() returns. Empty fields do not filter.
struct ActionSheetFilter
{
    qint64 planId = 0;
    qint64 axisId = 0;
    std::optional<SheetStatus> status;
    QString text; ///< in the code or the title, ignoring case and accents
    ActionSheetSort sort = ActionSheetSort::Code;
    bool descending = false;
    bool withDetails = false; ///< load partners, history, milestones, budget and indicators too
    int limit = 0;
    int offset = 0;
};

/// The action plan of a council: plans, their axes (ordered by position) and the fiches actions,
/// each saved whole with its partners, status history, milestones, budget lines and indicators
/// (with their values) in one transaction. A status that differs from the stored one is appended
/// to the history, dated today, unless the caller already added that entry.
class ActionPlanRepository
{
    Q_DECLARE_TR_FUNCTIONS(ActionPlanRepository)

public:
    explicit ActionPlanRepository(Database& db);

    Status createPlan(ActionPlan& plan);
    Result<ActionPlan> getPlan(qint64 id) const;
    Status updatePlan(ActionPlan& plan);
    /// Refused (Constraint) while one of its axes still has fiches actions.
    Status removePlan(qint64 id);
    /// The plans of a council (all when 0), most recent first.
    Result<std::vector<ActionPlan>> listPlans(qint64 councilId = 0) const;

    Status createAxis(Axis& axis);
    Result<Axis> getAxis(qint64 id) const;
    Status updateAxis(Axis& axis);
    /// Refused (Constraint) while the axis still has fiches actions.
    Status removeAxis(qint64 id);
    Result<std::vector<Axis>> listAxes(qint64 planId) const;

    Status createSheet(ActionSheet& sheet);
    Result<ActionSheet> getSheet(qint64 id) const;
    Status updateSheet(ActionSheet& sheet);
    Status removeSheet(qint64 id);
    Result<std::vector<ActionSheet>> listSheets(const ActionSheetFilter& filter = {}) const;
    int countSheets(const ActionSheetFilter& filter = {}) const;

private:
    Status writeSheet(ActionSheet& sheet, bool isNew);

    Database& m_db;
};

} // namespace maillage
