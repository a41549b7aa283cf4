// SPDX-License-Identifier: EUPL-1.2
#include "core/plan/ComputedValues.h"

#include "core/plan/PlanFigures.h"
#include "core/storage/ActionPlanComputed.h"

namespace maillage::plan {

Result<int> fillComputedValues(Database& db, ActionSheet& sheet, int year)
{
    const QString period = QString::number(year);
    const auto [from, to] = periodRange(period);
    ActionPlanComputed computed(db);
    int count = 0;
    for (Indicator& indicator : sheet.indicators) {
        if (indicator.computedSource == ComputedSource::None)
            continue;
        Result<double> value = computed.compute(indicator, sheet.id, from, to);
        if (!value.ok())
            return value.error();
        auto it = std::find_if(indicator.values.begin(), indicator.values.end(),
                               [&](const IndicatorValue& v) { return v.period.trimmed() == period; });
        if (it == indicator.values.end()) {
            IndicatorValue fresh;
            fresh.indicatorId = indicator.id;
            fresh.period = period;
            indicator.values.push_back(fresh);
            it = indicator.values.end() - 1;
        }
        it->value = value.value();
        ++count;
    }
    return count;
}

} // namespace maillage::plan
