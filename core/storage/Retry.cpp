// SPDX-License-Identifier: EUPL-1.2
#include "core/storage/Retry.h"

#include "core/storage/Database.h"

#include <QRandomGenerator>
#include <QThread>

namespace maillage {

Status retryOnBusy(Database& db, const std::function<Status()>& unit, int attempts)
{
    Status status;
    for (int attempt = 0; attempt < std::max(1, attempts); ++attempt) {
        if (attempt > 0) {
            // Exponential backoff with jitter so two clients do not collide again in step.
            const int base = 20 << std::min(attempt, 6);
            QThread::msleep(unsigned(base + int(QRandomGenerator::global()->bounded(base))));
        }
        status = unit();
        if (status.ok() || status.error().kind != Error::Kind::Busy || db.inTransaction())
            return status;
    }
    return status;
}

} // namespace maillage
