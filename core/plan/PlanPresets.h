// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/ActionPlan.h"

#include <vector>

namespace maillage::plan {

/// The axes a new plan can start from.
enum class Preset { Blank, Clsm, Ptsm };

/// The axes of a preset, titles in the interface language, positions from 1; empty for Blank.
/// Clsm: the five shared objectives of the CLSM (Centre national de ressources et d'appui aux CLSM).
/// Ptsm: the six priorities of the projet territorial de santé mentale, décret n° 2017-1200 du
/// 27 juillet 2017 (code de la santé publique, art. R. 3224-5 to R. 3224-10).
std::vector<Axis> presetAxes(Preset preset);
QString presetLabel(Preset preset);

} // namespace maillage::plan
