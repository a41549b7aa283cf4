// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>

#include <vector>

namespace maillage::demo {

/// One agenda topic an instance discusses, with what its minutes say and what comes out of it.
struct Topic {
    const char* title;
    const char* presenter; ///< organisation key whose person presents it ("" for the chair)
    int minutes;           ///< planned duration
    const char* html;      ///< minutes text (simple HTML)
    const char* decision;  ///< "" when nothing is decided
    const char* followUp;  ///< "" when no action follows
    const char* sheet;     ///< fiche action code the follow-up serves, or ""
};

/// The topics of an instance ("pleniere", "copil", "cotech", "gt_logement", "gt_jeunesse", "gt_soins", "resad").
const std::vector<Topic>& topicsOf(const QString& instanceKey);

} // namespace maillage::demo
