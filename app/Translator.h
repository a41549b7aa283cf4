// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>

namespace maillage::app {

/// Installs Maillage's and Qt's own catalogues for the interface language: the "language"
/// setting when set ("fr", "en"), else the system locale; French for any French locale,
/// English otherwise. Returns the language chosen.
QString installTranslators();

} // namespace maillage::app
