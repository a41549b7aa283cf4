// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <vector>

namespace maillage::demo {

/// One fiche action of the demo's roadmap, as plain data (DemoPlanData.cpp).
struct SheetSpec {
    int axis;             ///< 1-based
    const char* code;
    const char* title;
    const char* context;
    const char* objective;
    const char* specifics;  ///< one per line
    const char* lead;       ///< organisation key
    const char* partners;   ///< "key:role key:role…"
    const char* targetPublic;
    int reach;
    const char* status;     ///< at the end of the period: planned, in_progress, done, suspended
    int startMonth;         ///< month of year-1 it started (or, for planned ones, of year)
    const char* funders;    ///< "Funder:euros Funder:euros" planned per year
    const char* indicator;  ///< "name|unit|kind|baseline|target|source"
    const char* milestones; ///< "title@month-offset;…" from the start
};

struct AxisSpec {
    const char* code;
    const char* title;
    const char* description;
};

const std::vector<AxisSpec>& axisSpecs();
const std::vector<SheetSpec>& sheetSpecs();

} // namespace maillage::demo
