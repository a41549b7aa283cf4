// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/AgendaTemplate.h"
#include "core/util/Result.h"

#include <vector>

namespace maillage {

class Database;

/// Named agenda templates of an instance, each saved whole with its lines.
class AgendaTemplateRepository
{
public:
    explicit AgendaTemplateRepository(Database& db) : m_db(db) {}

    Status create(AgendaTemplate& value);
    Result<AgendaTemplate> get(qint64 id) const;
    Status update(AgendaTemplate& value);
    Status remove(qint64 id);
    /// The templates of an instance by name, with their lines.
    Result<std::vector<AgendaTemplate>> listByInstance(qint64 instanceId) const;

private:
    Status writeItems(AgendaTemplate& value, const QString& now);
    Status loadItems(AgendaTemplate& value) const;

    Database& m_db;
};

/// The frozen versions of a meeting's validated minutes.
class MinutesVersionRepository
{
public:
    explicit MinutesVersionRepository(Database& db) : m_db(db) {}

    /// Freezes html as the meeting's next version (1, 2, …).
    Result<MinutesVersion> freeze(qint64 meetingId, const QDate& validatedOn, const QString& html);
    /// Versions of a meeting, oldest first.
    Result<std::vector<MinutesVersion>> list(qint64 meetingId) const;

private:
    Database& m_db;
};

} // namespace maillage
