// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>

namespace maillage::ui {

class MainWindow;

/// Applies a language preference ("fr", "en", empty for the system's) at once: installs its catalogues
/// (core/settings/Language), then replaces window, which must have been created with new, by a MainWindow
/// built in the new language that keeps the open database, the page, the section and the geometry.
/// window is deleted later; the new one is shown when window was. Returns the new window.
MainWindow* switchLanguage(MainWindow* window, const QString& preference);

} // namespace maillage::ui
