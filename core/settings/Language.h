// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>

namespace maillage::language {

/// The interface language for a preference ("fr", "en" or empty for the system's): French for any
/// French system locale, English otherwise.
QString resolve(const QString& preference);

/// Installs Maillage's and Qt's own catalogues (qtbase) for the language and makes its locale the default
/// one, replacing the catalogues a previous call installed: widgets receive a LanguageChange event and
/// every tr() after the call, documents included, speaks the new language. Returns the code applied.
QString apply(const QString& preference);

/// Removes what apply() installed: tr() gives the source (English) texts again. For tests.
void uninstall();

/// The code the last apply() installed ("fr" or "en"), empty before the first.
QString current();

} // namespace maillage::language
