// SPDX-License-Identifier: EUPL-1.2
#include "app/Translator.h"

#include "core/settings/Language.h"
#include "core/settings/UserPreferences.h"

namespace maillage::app {

QString installTranslators()
{
    return language::apply(preferences::language());
}

} // namespace maillage::app
