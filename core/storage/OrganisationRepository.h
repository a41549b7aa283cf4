// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/Organisation.h"
#include "core/util/Result.h"

#include <QDate>

#include <optional>
#include <vector>

namespace maillage {

class Database;

enum class OrganisationSort { Name, Sector, Commune, Updated };

/// Which organisations a list shows. Empty or zero fields do not filter.
struct OrganisationFilter {
    QString text;       ///< contained in the name, acronym or commune (case and accents ignored)
    qint64 sectorId = 0;
    std::optional<bool> active;
    qint64 councilId = 0; ///< only the partners of this council
    OrganisationSort sort = OrganisationSort::Name;
    bool descending = false;
    int limit = 0; ///< 0: no limit
    int offset = 0;
};

/// Partner organisations, shared between the councils they work with.
class OrganisationRepository
{
public:
    explicit OrganisationRepository(Database& db);

    Status create(Organisation& value);
    Result<Organisation> get(qint64 id) const;
    Status update(Organisation& value);
    /// Constraint while contacts are affiliated to it.
    Status remove(qint64 id);
    Result<std::vector<Organisation>> list(const OrganisationFilter& filter = {}) const;
    int count(const OrganisationFilter& filter = {}) const;

    /// Records that the organisation is a partner of the council (again: no duplicate).
    Status addToCouncil(qint64 organisationId, qint64 councilId, const QDate& since = {});
    Status removeFromCouncil(qint64 organisationId, qint64 councilId);
    /// The councils the organisation works with, by id.
    Result<std::vector<qint64>> councilIds(qint64 organisationId) const;

private:
    Database& m_db;
};

} // namespace maillage
