// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/Instance.h"
#include "core/util/Result.h"

#include <QDate>

#include <optional>
#include <vector>

namespace maillage {

class Database;

enum class InstanceSort { Name, Kind, Updated };

/// Which instances a list shows. Empty or zero fields do not filter.
struct InstanceFilter {
    qint64 councilId = 0;
    std::optional<InstanceKind> kind;
    std::optional<bool> active;
    QString text; ///< contained in the name or theme (case and accents ignored)
    InstanceSort sort = InstanceSort::Kind;
    bool descending = false;
};

/// The instances of a council with their members, saved and loaded whole.
class InstanceRepository
{
public:
    explicit InstanceRepository(Database& db);

    /// Validates the instance and its members, then inserts them all in one transaction.
    Status create(Instance& value);
    Result<Instance> get(qint64 id) const;
    /// Saves the instance (Conflict when changed meanwhile) and replaces its members:
    /// members keep their id when they still exist.
    Status update(Instance& value);
    Status remove(qint64 id);
    /// Instances without their members (get() loads those).
    Result<std::vector<Instance>> list(const InstanceFilter& filter = {}) const;
    int count(const InstanceFilter& filter = {}) const;
    /// The members whose period covers day, chairs first.
    Result<std::vector<InstanceMember>> membersOn(qint64 instanceId, const QDate& day) const;

private:
    Status saveMembers(Instance& value, const QString& now);
    Result<std::vector<InstanceMember>> readMembers(qint64 instanceId, const QDate& day) const;

    Database& m_db;
};

} // namespace maillage
