// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/util/Result.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <vector>

namespace maillage {

class Database;

/// A planned meeting still to come.
struct UpcomingMeeting {
    qint64 id = 0;
    QDateTime startsAt;
    QString instanceName;
    QString title;
    QString place;
};

/// A follow-up still open whose due date has passed.
struct OverdueFollowUp {
    qint64 id = 0;
    QString text;
    QString owner; ///< "Anne Martin", empty when nobody was named
    QDate dueOn;
    QString instanceName;
    QDate meetingDate;
};

/// One bar of a breakdown: a label and how many.
struct LabelCount {
    QString code;
    QString label;
    int count = 0;
};

/// The few numbers a coordinator looks at first.
struct KeyCounts {
    int meetingsHeldThisYear = 0;
    int activePartners = 0; ///< active organisations
    int activeContacts = 0;
    int eventsThisYear = 0;
};

/// Everything the dashboard shows, computed from the whole database.
struct DashboardData {
    KeyCounts counts;
    std::vector<UpcomingMeeting> upcoming;
    std::vector<OverdueFollowUp> overdue;
    std::vector<LabelCount> organisationsBySector;
    std::vector<LabelCount> sheetsByStatus;
};

/// Read-only figures for the dashboard. "today" is a parameter so tests and reports can fix it.
class DashboardQueries
{
public:
    explicit DashboardQueries(const Database& db) : m_db(db) {}

    Result<DashboardData> load(const QDate& today, int upcomingLimit = 8, int overdueLimit = 12) const;

    Result<KeyCounts> keyCounts(const QDate& today) const;
    Result<std::vector<UpcomingMeeting>> upcomingMeetings(const QDate& today, int limit) const;
    Result<std::vector<OverdueFollowUp>> overdueFollowUps(const QDate& today, int limit) const;
    /// Organisations per sector in the sector list's order; those without a sector come last.
    Result<std::vector<LabelCount>> organisationsBySector() const;
    /// Fiches actions per status, in the status enum's order, statuses with none left out.
    Result<std::vector<LabelCount>> sheetsByStatus() const;

private:
    const Database& m_db;
};

} // namespace maillage
