// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/util/Result.h"

#include <QDateTime>
#include <QString>

#include <vector>

namespace maillage {

class Database;

/// The columns the meetings list can be ordered by (in the database, so the list stays lazy).
enum class MeetingListSort { Date, Instance, Status };

/// What the meetings list shows; empty members do not filter.
struct MeetingListFilter {
    int year = 0;
    qint64 instanceId = 0;
    QString status; ///< a MeetingStatus code
    QString text;   ///< contained in the title, the instance or the place, accents and case ignored
    MeetingListSort sort = MeetingListSort::Date;
    bool ascending = false; ///< latest first by default
};

struct MeetingListRow {
    qint64 id = 0;
    QDateTime startsAt;
    QString instanceName;
    QString title;
    QString status; ///< MeetingStatus code
    QString place;
    qint64 postponedToId = 0;   ///< the meeting that replaced a postponed one
    QDateTime postponedToStart; ///< when that meeting starts
};

/// A name to pick in a filter.
struct NamedRef {
    qint64 id = 0;
    QString name;
};

/// Read-only queries behind the meetings list, page by page, in the filter's order.
class MeetingListQueries
{
public:
    explicit MeetingListQueries(const Database& db) : m_db(db) {}

    Result<std::vector<MeetingListRow>> page(const MeetingListFilter& filter, int offset, int limit) const;
    Result<int> count(const MeetingListFilter& filter) const;
    /// The years that have meetings, latest first.
    Result<std::vector<int>> years() const;
    Result<std::vector<NamedRef>> instances() const;

private:
    const Database& m_db;
};

} // namespace maillage
