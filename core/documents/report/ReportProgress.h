// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <functional>

namespace maillage {

/// How a long report build tells where it stands and learns that it should stop. Both are optional; the
/// callback runs on the building thread (a worker forwards it as a queued signal).
struct ReportProgress {
    Q_DECLARE_TR_FUNCTIONS(ReportProgress)

public:
    std::function<void(int percent, const QString& step)> onStep;
    const std::atomic<bool>* cancel = nullptr;

    bool cancelled() const { return cancel && cancel->load(std::memory_order_relaxed); }
    void step(int percent, const QString& what) const
    {
        if (onStep)
            onStep(percent, what);
    }
    /// The error a cancelled build returns.
    static Error cancelledError() { return Error{Error::Kind::Invalid, tr("The report was cancelled."), {}}; }
};

} // namespace maillage
