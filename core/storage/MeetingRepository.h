// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/Meeting.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>

#include <optional>
#include <vector>

namespace maillage {

class Database;

enum class MeetingSort { StartsAt, Instance };

/// Which meetings list() returns. Empty fields do not filter.
struct MeetingFilter
{
    enum class When { Any, Upcoming, Past };

    qint64 instanceId = 0;
    qint64 councilId = 0;
    int year = 0; ///< meetings starting in that calendar year
    QDate from;   ///< first day included
    QDate to;     ///< last day included
    std::optional<MeetingStatus> status;
    QString text; ///< in the title, the place or an agenda item's title
    When when = When::Any;
    QDateTime now; ///< reference for Upcoming/Past; the current time when invalid
    MeetingSort sort = MeetingSort::StartsAt;
    bool descending = false;
    bool withDetails = false; ///< load agenda, attendance… too (get() always does)
    int limit = 0;
    int offset = 0;
};

/// Meetings saved whole: the meeting row and its agenda, attendance, decisions, follow-ups and
/// distribution list are written in one transaction. Agenda items and decisions are stored in the
/// order of their vectors (position renumbered 1…n); children keep their id across saves.
class MeetingRepository
{
    Q_DECLARE_TR_FUNCTIONS(MeetingRepository)

public:
    explicit MeetingRepository(Database& db);

    Status create(Meeting& meeting);
    Result<Meeting> get(qint64 id) const;
    Status update(Meeting& meeting);
    Status remove(qint64 id);
    Result<std::vector<Meeting>> list(const MeetingFilter& filter = {}) const;
    int count(const MeetingFilter& filter = {}) const;

    /// Marks a planned meeting cancelled, noting the reason; children are left as they are.
    Status cancel(Meeting& meeting, const QString& reason);
    /// Marks a planned meeting postponed and creates the new planned meeting it points to,
    /// with the same agenda, expected attendance and distribution list. Returns the new meeting.
    Result<Meeting> postpone(Meeting& meeting, const QDateTime& newStart);
    /// Follow-ups still to do (open or in progress), of one instance or all (0); only those due
    /// before overdueOn when it is valid. Soonest due first, undated last.
    Result<std::vector<FollowUp>> openFollowUps(qint64 instanceId = 0, const QDate& overdueOn = {}) const;
    /// The last meeting of the instance that started before `before` (cancelled and postponed ones skipped).
    Result<Meeting> previousMeeting(qint64 instanceId, const QDateTime& before) const;

private:
    Status writeMeeting(Meeting& meeting, bool isNew);

    Database& m_db;
};

} // namespace maillage
