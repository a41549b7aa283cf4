// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>

namespace maillage {

/// Where Maillage keeps its database when none is given:
/// QStandardPaths::AppDataLocation/maillage.sqlite (~/.local/share/maillage/ on Linux).
QString defaultDatabasePath();

} // namespace maillage
