// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <vector>

namespace maillage::demo {

/// One partner organisation of the demo, as plain data.
struct PartnerSpec {
    const char* key;
    const char* sector;
    const char* name;
    const char* acronym;
    const char* type;
    int commune; ///< index in the council's communes
    const char* roles;
};

const std::vector<PartnerSpec>& partnerSpecs();

} // namespace maillage::demo
