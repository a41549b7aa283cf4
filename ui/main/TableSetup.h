// SPDX-License-Identifier: EUPL-1.2
#pragma once

class QTableView;

namespace maillage::ui {

/// The look every read-only list shares: whole-row selection, alternating rows, no grid,
/// the last column stretched and columns sized to their content.
void setUpReadOnlyTable(QTableView* view);

} // namespace maillage::ui
