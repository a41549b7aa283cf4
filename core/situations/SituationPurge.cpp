// SPDX-License-Identifier: EUPL-1.2
#include "core/situations/SituationPurge.h"

#include "core/storage/CouncilRepository.h"
#include "core/storage/SituationRepository.h"

namespace maillage {

Result<SituationPurge::Outcome> SituationPurge::run(Database& db, qint64 councilId, const QDate& today, bool always)
{
    SituationRepository situations(db);
    auto years = situations.retentionYears(councilId);
    if (!years.ok())
        return years.error();
    const QDate before = today.addYears(-years.value());
    Outcome outcome;
    outcome.rule = tr("last contact before %1 (kept %n year(s))", "", years.value())
                       .arg(before.toString(Qt::ISODate));
    auto purged = situations.purgeBefore(councilId, before, today, outcome.rule, always);
    if (!purged.ok())
        return purged.error();
    outcome.purged = purged.value();
    return outcome;
}

Result<int> SituationPurge::runAll(Database& db, const QDate& today)
{
    auto councils = CouncilRepository(db).list();
    if (!councils.ok())
        return councils.error();
    int total = 0;
    for (const Council& council : councils.value()) {
        auto outcome = run(db, council.id, today);
        if (!outcome.ok())
            return outcome.error();
        total += outcome->purged;
    }
    return total;
}

} // namespace maillage
