// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDate>

namespace maillage {

class Database;

/// Data minimisation of the cellule's register: situations whose last contact is older than the council's
/// retention period (setting "situations/retention_years", two years by default) are deleted, and the purge
/// log keeps only how many went and by which rule. Run when a database opens and on demand.
class SituationPurge
{
    Q_DECLARE_TR_FUNCTIONS(SituationPurge)

public:
    struct Outcome
    {
        int purged = 0;
        QString rule;
    };
    /// Purges one council as of today. `always` logs the run even when nothing was deleted (on demand).
    static Result<Outcome> run(Database& db, qint64 councilId, const QDate& today, bool always = false);
    /// Purges every council of the database (at opening); returns the total deleted.
    static Result<int> runAll(Database& db, const QDate& today);
};

} // namespace maillage
