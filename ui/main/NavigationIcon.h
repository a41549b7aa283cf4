// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QIcon>
#include <QString>

namespace maillage::ui {

/// The navigation icon resources/icons/<name>.svg, drawn white when its row is selected
/// (the blue stroke would vanish on the selection's blue).
QIcon navigationIcon(const QString& name);

} // namespace maillage::ui
