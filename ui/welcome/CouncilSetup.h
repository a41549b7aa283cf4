// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/util/Result.h"

#include <QDate>
#include <QString>

namespace maillage {
class Database;
}

namespace maillage::ui {

/// The two ways the welcome page fills a database.
namespace councilSetup {

Status createEmptyCouncil(Database& db, const QString& name);
/// Whether this build has the demonstration council generator.
bool demoAvailable();
Status createDemoCouncil(Database& db, const QDate& today);

} // namespace councilSetup
} // namespace maillage::ui
