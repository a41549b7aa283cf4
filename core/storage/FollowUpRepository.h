// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/Meeting.h"
#include "core/storage/MeetingListQueries.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>

#include <vector>

namespace maillage {

class Database;

/// Which follow-ups the follow-ups view lists. Empty members do not filter.
struct FollowUpFilter {
    enum class Show { Open, Overdue, Done, All };
    Show show = Show::Open; ///< Open: to do or in progress; Done: done or dropped
    qint64 ownerContactId = 0;
    qint64 instanceId = 0;
    QString text; ///< in the follow-up's text, accents and case ignored
    QDate today;  ///< reference for Overdue; the current date when invalid
};

/// One follow-up with what the list shows of its meeting, owner and fiche action.
struct FollowUpRow {
    FollowUp followUp;
    QString owner; ///< "Anne Martin", empty when nobody was named
    QString instanceName;
    QDateTime meetingStart;
    QString actionSheet; ///< "A2.1 Title", empty when none
};

/// Follow-ups across every meeting, read and changed one at a time (status, due date) with the
/// same optimistic locking as whole meetings: a change made elsewhere since the read is a Conflict.
class FollowUpRepository
{
    Q_DECLARE_TR_FUNCTIONS(FollowUpRepository)

public:
    explicit FollowUpRepository(Database& db) : m_db(db) {}

    /// Soonest due first, undated last, then by meeting date.
    Result<std::vector<FollowUpRow>> list(const FollowUpFilter& filter) const;
    Result<int> count(const FollowUpFilter& filter) const;
    /// The people who own at least one follow-up, by name.
    Result<std::vector<NamedRef>> owners() const;

    /// Sets the status; Done records doneOn (today when invalid), any other status clears it.
    Status setStatus(FollowUp& followUp, FollowUpStatus status, const QDate& doneOn = {});
    /// Sets the due date (invalid: no due date).
    Status setDueDate(FollowUp& followUp, const QDate& dueOn);

private:
    Status write(FollowUp& followUp, const FollowUp& changed);

    Database& m_db;
};

} // namespace maillage
