// SPDX-License-Identifier: EUPL-1.2
#include "core/storage/DatabaseLocation.h"

#include <QStandardPaths>

namespace maillage {

QString defaultDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/maillage.sqlite");
}

} // namespace maillage
