// SPDX-License-Identifier: EUPL-1.2
#include "core/meetings/SeriesPlanner.h"

#include "core/calendar/DateConversion.h"
#include "core/calendar/FrenchHolidays.h"
#include "core/storage/MeetingRepository.h"
#include "core/storage/MeetingSeriesRepository.h"
#include "core/storage/Transaction.h"

#include <algorithm>
#include <utility>

namespace maillage {

using calendar::HolidayPolicy;

namespace {

// Why a date is not a working day: the holiday's name, else the weekend.
QString reasonFor(const boost::gregorian::date& day, bool alsaceMoselle)
{
    for (const calendar::Holiday& holiday : calendar::frenchHolidays(day.year(), alsaceMoselle))
        if (holiday.date == day)
            return holiday.name;
    return SeriesPlanner::tr("weekend");
}

// A meeting the coordinator has started to fill: re-planning must not lose it.
bool holdsSomething(const Meeting& meeting)
{
    return !meeting.agenda.empty() || !meeting.attendance.empty() || !meeting.decisions.empty()
           || !meeting.followUps.empty() || !meeting.recipientContactIds.empty();
}

} // namespace

SeriesPlanner::SeriesPlanner(Database& db) : m_db(db) {}

std::vector<PlannedDate> SeriesPlanner::preview(const SeriesPlan& plan)
{
    const QDate horizon = plan.horizon.isValid() ? plan.horizon : plan.start.addYears(1).addDays(-1);
    std::vector<PlannedDate> dates;
    for (const calendar::Occurrence& occurrence :
         calendar::occurrences(plan.rule, calendar::toBoost(plan.start), calendar::toBoost(horizon), plan.policy,
                               plan.alsaceMoselle)) {
        PlannedDate date;
        date.planned = calendar::toQDate(occurrence.planned);
        date.actual = calendar::toQDate(occurrence.actual);
        date.moved = occurrence.moved;
        date.skipped = occurrence.skipped;
        if (occurrence.moved || occurrence.skipped)
            date.reason = reasonFor(occurrence.planned, plan.alsaceMoselle);
        dates.push_back(date);
    }
    return dates;
}

QString SeriesPlanner::meetingTitle(const QString& instanceName, const QDate& day, const QLocale& locale)
{
    return QStringLiteral("%1 – %2 %3")
        .arg(instanceName.trimmed(), locale.standaloneMonthName(day.month(), QLocale::LongFormat))
        .arg(day.year());
}

QString SeriesPlanner::policyCode(HolidayPolicy policy)
{
    switch (policy) {
    case HolidayPolicy::Keep: return QStringLiteral("keep");
    case HolidayPolicy::Skip: return QStringLiteral("skip");
    case HolidayPolicy::NextWorkingDay: break;
    }
    return QStringLiteral("next_working_day");
}

HolidayPolicy SeriesPlanner::policyFromCode(const QString& code)
{
    if (code == QLatin1String("keep"))
        return HolidayPolicy::Keep;
    if (code == QLatin1String("skip"))
        return HolidayPolicy::Skip;
    return HolidayPolicy::NextWorkingDay;
}

Status SeriesPlanner::createMeetings(const SeriesPlan& plan, qint64 seriesId, const QDate& from,
                                     const std::vector<QDate>& taken, int& created, QDate& last,
                                     std::vector<qint64>* createdIds)
{
    MeetingRepository meetings(m_db);
    for (const PlannedDate& date : preview(plan)) {
        if (date.skipped || date.actual < from || std::find(taken.begin(), taken.end(), date.actual) != taken.end())
            continue;
        Meeting meeting;
        meeting.instanceId = plan.instance.id;
        meeting.seriesId = seriesId;
        meeting.title = meetingTitle(plan.instance.name, date.actual);
        meeting.startsAt = QDateTime(date.actual, plan.time);
        meeting.endsAt = meeting.startsAt.addSecs(qint64(std::max(0, plan.durationMinutes)) * 60);
        meeting.place = plan.instance.usualPlace;
        meeting.status = MeetingStatus::Planned;
        if (Status status = meetings.create(meeting); !status.ok())
            return status;
        ++created;
        if (createdIds)
            createdIds->push_back(meeting.id);
        last = std::max(last, date.actual);
    }
    return {};
}

Result<MeetingSeries> SeriesPlanner::create(const SeriesPlan& plan)
{
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.error();
    MeetingSeries series;
    series.instanceId = plan.instance.id;
    series.rule = plan.rule.toString();
    series.holidayPolicy = policyCode(plan.policy);
    series.startsOn = plan.start;
    if (Status status = MeetingSeriesRepository(m_db).create(series); !status.ok())
        return status.error();
    // A day on which the instance already meets (a meeting planned by hand) gets no second meeting.
    MeetingFilter existing;
    existing.instanceId = plan.instance.id;
    existing.from = plan.start;
    auto meetings = MeetingRepository(m_db).list(existing);
    if (!meetings.ok())
        return meetings.error();
    std::vector<QDate> taken;
    for (const Meeting& meeting : meetings.value())
        if (meeting.status != MeetingStatus::Cancelled && meeting.status != MeetingStatus::Postponed)
            taken.push_back(meeting.startsAt.date());
    int created = 0;
    QDate last = plan.start;
    if (Status status = createMeetings(plan, series.id, plan.start, taken, created, last); !status.ok())
        return status.error();
    if (created == 0)
        return Error{Error::Kind::Invalid, tr("These settings give no new meeting date (the instance may already meet on each of them): "
                                                 "nothing was created."), {}};
    series.endsOn = last;
    series.occurrenceCount = created;
    if (Status status = MeetingSeriesRepository(m_db).update(series); !status.ok())
        return status.error();
    if (Status status = transaction.commit(); !status.ok())
        return status.error();
    return series;
}

Status SeriesPlanner::detach(qint64 meetingId)
{
    return moveToSeries(meetingId, 0);
}

Status SeriesPlanner::attach(qint64 meetingId, qint64 seriesId)
{
    return moveToSeries(meetingId, seriesId);
}

Status SeriesPlanner::moveToSeries(qint64 meetingId, qint64 seriesId)
{
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.error();
    MeetingRepository meetings(m_db);
    auto meeting = meetings.get(meetingId);
    if (!meeting.ok())
        return meeting.error();
    const qint64 left = meeting->seriesId;
    if (left == seriesId)
        return {};
    meeting->seriesId = seriesId;
    if (Status status = meetings.update(meeting.value()); !status.ok())
        return status;
    // Both series keep their count of occurrences right.
    MeetingSeriesRepository seriesRepository(m_db);
    for (const auto& [id, change] : {std::pair{left, -1}, std::pair{seriesId, 1}}) {
        if (id == 0)
            continue;
        auto series = seriesRepository.get(id);
        if (!series.ok())
            return series.error();
        series->occurrenceCount = std::max(0, series->occurrenceCount + change);
        if (Status status = seriesRepository.update(series.value()); !status.ok())
            return status;
    }
    return transaction.commit();
}

Result<MeetingSeries> SeriesPlanner::replanFrom(qint64 seriesId, const QDate& from, const SeriesPlan& plan,
                                                const QDate& today, ReplanRecord* record)
{
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.error();
    MeetingSeriesRepository seriesRepository(m_db);
    auto series = seriesRepository.get(seriesId);
    if (!series.ok())
        return series.error();
    if (record)
        *record = ReplanRecord{series.value(), {}, {}};
    // The past is never re-planned: neither its meetings nor new dates in it.
    const QDate first = today.isValid() ? std::max(from, today) : from;
    MeetingRepository meetings(m_db);
    MeetingFilter filter;
    filter.instanceId = series->instanceId;
    filter.withDetails = true;
    auto existing = meetings.list(filter);
    if (!existing.ok())
        return existing.error();
    std::vector<QDate> taken; // dates kept from on: no second meeting is created on them
    int kept = 0;
    QDate last = series->startsOn;
    for (const Meeting& meeting : existing.value()) {
        if (meeting.seriesId != seriesId)
            continue;
        const QDate day = meeting.startsAt.date();
        const bool replaceable =
            day >= first && meeting.status == MeetingStatus::Planned && !holdsSomething(meeting);
        if (!replaceable) {
            ++kept;
            last = std::max(last, day);
            if (day >= first)
                taken.push_back(day);
            continue;
        }
        if (Status status = meetings.remove(meeting.id); !status.ok())
            return status.error();
        if (record)
            record->removed.push_back(meeting);
    }
    SeriesPlan future = plan;
    future.instance.id = series->instanceId;
    int created = 0;
    if (Status status = createMeetings(future, seriesId, first, taken, created, last,
                                       record ? &record->created : nullptr);
        !status.ok())
        return status.error();
    series->rule = plan.rule.toString();
    series->holidayPolicy = policyCode(plan.policy);
    series->endsOn = last;
    series->occurrenceCount = kept + created;
    if (Status status = seriesRepository.update(series.value()); !status.ok())
        return status.error();
    if (Status status = transaction.commit(); !status.ok())
        return status.error();
    return std::move(series.value());
}

Status SeriesPlanner::undoReplan(const ReplanRecord& record)
{
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.error();
    MeetingRepository meetings(m_db);
    int count = 0;
    for (const qint64 id : record.created) {
        auto meeting = meetings.get(id);
        if (!meeting.ok())
            continue; // already gone
        // Filled in since: it is the coordinator's work now, it stays.
        if (meeting->status != MeetingStatus::Planned || holdsSomething(meeting.value())) {
            ++count;
            continue;
        }
        if (Status status = meetings.remove(id); !status.ok())
            return status;
    }
    for (Meeting meeting : record.removed) {
        static_cast<Record&>(meeting) = Record{};
        if (Status status = meetings.create(meeting); !status.ok())
            return status;
    }
    MeetingSeriesRepository seriesRepository(m_db);
    auto series = seriesRepository.get(record.before.id);
    if (!series.ok())
        return series.error();
    MeetingSeries restored = record.before;
    restored.version = series->version;
    restored.occurrenceCount = record.before.occurrenceCount + count;
    if (Status status = seriesRepository.update(restored); !status.ok())
        return status;
    return transaction.commit();
}

} // namespace maillage
