// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/ActionPlan.h"
#include "core/util/Result.h"

#include <QStringList>

namespace maillage {

class Database;
class SqlQuery;

/// The SQL of a fiche action and its children, for ActionPlanRepository (internal).
namespace sheetsql {

const QStringList& columns();
void bind(SqlQuery& query, const ActionSheet& sheet);
ActionSheet read(const SqlQuery& query);
/// Replaces partners, history, milestones, budget and indicators (with values); inside a transaction.
Status saveChildren(const Database& db, ActionSheet& sheet, const QString& now);
Status loadChildren(const Database& db, ActionSheet& sheet);

} // namespace sheetsql
} // namespace maillage
