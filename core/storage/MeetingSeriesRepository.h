// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/Meeting.h"
#include "core/util/Result.h"

#include <QCoreApplication>

#include <vector>

namespace maillage {

class Database;

/// The recurring schedules of the instances (the meetings they produce are stored by MeetingRepository).
class MeetingSeriesRepository
{
    Q_DECLARE_TR_FUNCTIONS(MeetingSeriesRepository)

public:
    explicit MeetingSeriesRepository(Database& db);

    Status create(MeetingSeries& series);
    Result<MeetingSeries> get(qint64 id) const;
    Status update(MeetingSeries& series);
    /// The meetings of the series stay, no longer attached to it.
    Status remove(qint64 id);
    /// The series of one instance, or all of them (0), by first date.
    Result<std::vector<MeetingSeries>> list(qint64 instanceId = 0) const;

private:
    Database& m_db;
};

} // namespace maillage
