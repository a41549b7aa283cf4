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

private:
    Status write(Situation& situation, bool isNew);
    Status loadReviews(Situation& situation) const;

    Database& m_db;
};

} // namespace maillage
