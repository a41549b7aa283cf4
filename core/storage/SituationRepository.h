// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/Situation.h"
#include "core/util/Result.h"

#include <QCoreApplication>

#include <vector>

namespace maillage {

class Database;

/// Which situations list() returns, by pseudonym. Empty fields do not filter.
struct SituationFilter
{
    qint64 councilId = 0;
    int year = 0;          ///< opened in that calendar year
    bool openOnly = false; ///< not closed yet
};

/// One run of the automatic purge: how many situations went and by which rule.
struct SituationPurgeRecord
{
    qint64 id = 0;
    QDate purgedOn;
    int count = 0;
    QString rule;
};

/// The register of the cellule de situations. Pseudonymous by construction: validation refuses
/// any identifier that is not of the SIT-2026-014 form. Saved whole with the review dates.
class SituationRepository
{
    Q_DECLARE_TR_FUNCTIONS(SituationRepository)

public:
    explicit SituationRepository(Database& db);

    Status create(Situation& situation);
    Result<Situation> get(qint64 id) const;
    Status update(Situation& situation);
    Status remove(qint64 id);
    Result<std::vector<Situation>> list(const SituationFilter& filter = {}) const;

    /// The next free pseudonym of the year ("SIT-2026-014"). Pseudonyms are unique in the whole
    /// database, so numbering runs over every council it holds; councilId must exist.
    Result<QString> nextPseudonym(qint64 councilId, int year) const;
    /// Situations whose last contact (or opening, when there was none) is more than two years
    /// before today: they must be purged or anonymised. Oldest first.
    Result<std::vector<Situation>> purgeDue(const QDate& today) const;

    /// How many years after the last contact situations are kept (council_setting
    /// "situations/retention_years", 2 when unset or not a positive number).
    Result<int> retentionYears(qint64 councilId) const;
    Status setRetentionYears(qint64 councilId, int years);
    /// Deletes the council's situations whose last contact (or opening) is before `before` and, when `log`
    /// or anything was deleted, records the count and rule in situation_purge; one transaction.
    Result<int> purgeBefore(qint64 councilId, const QDate& before, const QDate& today, const QString& rule, bool log);
    /// The purge log of a council, most recent first.
    Result<std::vector<SituationPurgeRecord>> purgeLog(qint64 councilId) const;

private:
    Status write(Situation& situation, bool isNew);
    Status loadReviews(Situation& situation) const;

    Database& m_db;
};

} // namespace maillage
