// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/util/Result.h"

#include <functional>

namespace maillage {

class Database;

/// Runs a unit of work again when a concurrent writer got in its way (Error::Kind::Busy: SQLite busy,
/// PostgreSQL serialization failure or deadlock), waiting a little longer each time. The unit must open
/// its own Transaction, so a failed attempt leaves nothing behind. Inside an enclosing transaction a
/// retry cannot help: the error is returned at once for the outer unit to retry.
Status retryOnBusy(Database& db, const std::function<Status()>& unit, int attempts = 5);

} // namespace maillage
