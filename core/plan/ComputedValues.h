// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/ActionPlan.h"
#include "core/util/Result.h"

namespace maillage {
class Database;
}

namespace maillage::plan {

/// Sets the value of period `year` of every computed indicator of the fiche from the database
/// (nothing is saved: the caller saves the fiche). Returns how many values were set.
Result<int> fillComputedValues(Database& db, ActionSheet& sheet, int year);

} // namespace maillage::plan
