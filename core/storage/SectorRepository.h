// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/Organisation.h"
#include "core/util/Result.h"

#include <vector>

namespace maillage {

class Database;

/// The editable list of partner sectors (élus et collectivités, psychiatrie publique…).
/// Labels are data: the coordinator renames them, so they are stored, not translated.
class SectorRepository
{
public:
    explicit SectorRepository(Database& db);

    Status create(Sector& value);
    Result<Sector> get(qint64 id) const;
    /// The sector with this code; NotFound when there is none.
    Result<Sector> byCode(const QString& code) const;
    Status update(Sector& value);
    /// Constraint while organisations still belong to the sector.
    Status remove(qint64 id);
    /// Every sector in display order (position, then label).
    Result<std::vector<Sector>> list() const;
    int count() const;
    /// Inserts the 15 default sectors when the list is empty; does nothing otherwise.
    Status ensureDefaults();
    /// The default sectors, as ensureDefaults() writes them (not saved).
    static std::vector<Sector> defaults();

private:
    Database& m_db;
};

} // namespace maillage
