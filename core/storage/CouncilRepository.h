// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/Council.h"
#include "core/util/Result.h"

#include <vector>

namespace maillage {

class Database;

/// Councils with their territory: the communes and psychiatric sectors are saved and loaded
/// with the council, in one transaction.
class CouncilRepository
{
public:
    explicit CouncilRepository(Database& db);

    /// Validates the council and its children, then inserts them all; fills every id.
    Status create(Council& value);
    /// NotFound when missing.
    Result<Council> get(qint64 id) const;
    /// Saves the council (Conflict when changed meanwhile) and replaces its territory:
    /// children keep their id when they still exist, removed ones are deleted.
    Status update(Council& value);
    /// Deletes the council and everything that belongs to it.
    Status remove(qint64 id);
    /// Every council, by name.
    Result<std::vector<Council>> list() const;
    int count() const;
    /// The oldest council: most databases hold exactly one. NotFound when there is none.
    Result<Council> first() const;

private:
    Status saveChildren(Council& value, const QString& now);
    Status loadChildren(std::vector<Council>& councils) const;

    Database& m_db;
};

} // namespace maillage
