// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/calendar/RecurrenceRule.h"
#include "core/domain/Instance.h"
#include "core/domain/Meeting.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QTime>

#include <vector>

namespace maillage {

class Database;

/// What a series should be: the instance, the rule and how the dates fall.
struct SeriesPlan {
    Instance instance; ///< id, name and usual place are used
    calendar::RecurrenceRule rule;
    QDate start;                ///< first day considered (inclusive)
    QDate horizon;              ///< last day considered when the rule has no end; default: a year after start
    QTime time = QTime(14, 0);  ///< time of day of every meeting
    int durationMinutes = 120;
    calendar::HolidayPolicy policy = calendar::HolidayPolicy::NextWorkingDay;
    bool alsaceMoselle = false; ///< Good Friday and 26 December are holidays too
};

/// One date of a planned series, as the coordinator sees it before creating it.
struct PlannedDate {
    QDate planned;
    QDate actual; ///< invalid when skipped
    bool moved = false;
    bool skipped = false;
    QString reason; ///< the holiday's French name, or "weekend"
};

/// What a re-planning changed, so that it can be undone: the series as it was, the empty planned meetings it
/// removed (whole) and the ids of the meetings it created.
struct ReplanRecord {
    MeetingSeries before;
    std::vector<Meeting> removed;
    std::vector<qint64> created;
};

/// Turns a recurrence into meetings, and re-plans them later. Every write is one transaction.
class SeriesPlanner
{
    Q_DECLARE_TR_FUNCTIONS(SeriesPlanner)

public:
    explicit SeriesPlanner(Database& db);

    /// The dates the plan gives, with the moved and skipped ones and why. Writes nothing.
    static std::vector<PlannedDate> preview(const SeriesPlan& plan);
    /// "<instance> – <month year>" in the given locale.
    static QString meetingTitle(const QString& instanceName, const QDate& day, const QLocale& locale = QLocale());
    static QString policyCode(calendar::HolidayPolicy policy);
    static calendar::HolidayPolicy policyFromCode(const QString& code);

    /// Creates the series row and one planned meeting per date that is not skipped and on which the instance
    /// does not already meet.
    /// Returns the series (its occurrenceCount is the number of meetings created).
    Result<MeetingSeries> create(const SeriesPlan& plan);
    /// "This occurrence only": the meeting leaves its series and keeps its date.
    Status detach(qint64 meetingId);
    /// Undoes detach(): the meeting joins the series again.
    Status attach(qint64 meetingId, qint64 seriesId);
    /// "The whole series from this date on": the planned meetings of the series from `from` on that hold
    /// nothing (no attendance, agenda, decision, follow-up) are deleted and the plan's dates from `from` on
    /// are created in their place. Held meetings and meetings with content are never touched.
    /// Meetings before `today` are in the past: never replaced, and no date before it is created.
    /// The series keeps its id; its rule and policy become the plan's. Returns the updated series;
    /// `record`, when given, receives what undoReplan() needs.
    Result<MeetingSeries> replanFrom(qint64 seriesId, const QDate& from, const SeriesPlan& plan,
                                     const QDate& today = QDate::currentDate(), ReplanRecord* record = nullptr);
    /// Puts a series back as it was before replanFrom(): the created meetings that still hold nothing are
    /// deleted, the removed ones come back (with new ids), the rule and policy are restored.
    Status undoReplan(const ReplanRecord& record);

private:
    /// The meeting leaves its series (if any) for seriesId (0: none).
    Status moveToSeries(qint64 meetingId, qint64 seriesId);
    Status createMeetings(const SeriesPlan& plan, qint64 seriesId, const QDate& from,
                          const std::vector<QDate>& taken, int& created, QDate& last,
                          std::vector<qint64>* createdIds = nullptr);

    Database& m_db;
};

} // namespace maillage
