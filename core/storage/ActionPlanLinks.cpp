// SPDX-License-Identifier: EUPL-1.2
// ActionPlanRepository: locked years, the values they protect, and what links to a fiche.
#include "core/storage/ActionPlanRepository.h"

#include "core/storage/ActivitySql.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

#include <QHash>

#include <cmath>

namespace maillage {

Result<ActionPlan> ActionPlanRepository::planOfAxis(qint64 axisId) const
{
    SqlQuery query(m_db, QStringLiteral("SELECT plan_id FROM axis WHERE id = :id"));
    query.bind(QStringLiteral(":id"), axisId);
    if (Status status = query.exec(tr("read the axis")); !status.ok())
        return status.error();
    if (!query.next())
        return Error{Error::Kind::NotFound, tr("This axis does not exist (any more)."),
                     QStringLiteral("axis #%1").arg(axisId)};
    return getPlan(query.id(QStringLiteral("plan_id")));
}

Status ActionPlanRepository::lockYear(qint64 planId, int year)
{
    Result<ActionPlan> plan = getPlan(planId);
    if (!plan.ok())
        return plan.error();
    if (!plan->covers(year))
        return Error{Error::Kind::Invalid,
                     tr("The year %1 is outside the plan (%2–%3).").arg(year).arg(plan->firstYear).arg(plan->lastYear),
                     {}};
    Result<QList<int>> locked = lockedYears(planId);
    if (!locked.ok())
        return locked.error();
    if (locked->contains(year))
        return {};
    const QString now = sql::nowStamp();
    SqlQuery insert(m_db,
                    QStringLiteral("INSERT INTO plan_year_lock (plan_id, year, locked_on, created_at, updated_at, "
                                   "version) VALUES (:plan, :year, :on, :now, :now, 1)"));
    insert.bind(QStringLiteral(":plan"), planId);
    insert.bind(QStringLiteral(":year"), year);
    insert.bind(QStringLiteral(":on"), QDate::currentDate());
    insert.bind(QStringLiteral(":now"), now);
    return insert.exec(tr("lock the year"));
}

Status ActionPlanRepository::unlockYear(qint64 planId, int year)
{
    SqlQuery remove(m_db, QStringLiteral("DELETE FROM plan_year_lock WHERE plan_id = :plan AND year = :year"));
    remove.bind(QStringLiteral(":plan"), planId);
    remove.bind(QStringLiteral(":year"), year);
    return remove.exec(tr("unlock the year"));
}

Result<QList<int>> ActionPlanRepository::lockedYears(qint64 planId) const
{
    SqlQuery query(m_db, QStringLiteral("SELECT year FROM plan_year_lock WHERE plan_id = :plan ORDER BY year"));
    query.bind(QStringLiteral(":plan"), planId);
    if (Status status = query.exec(tr("read the locked years")); !status.ok())
        return status.error();
    QList<int> years;
    while (query.next())
        years << query.integer(QStringLiteral("year"));
    return years;
}

Status ActionPlanRepository::checkValues(const ActionSheet& sheet, bool isNew) const
{
    Result<ActionPlan> plan = planOfAxis(sheet.axisId);
    if (!plan.ok())
        return plan.error();
    QStringList problems;
    for (const Indicator& indicator : sheet.indicators)
        for (const IndicatorValue& value : indicator.values)
            if (const int year = periodYear(value.period); year > 0 && !plan->covers(year))
                problems << tr("The period %1 of the indicator “%2” is outside the plan (%3–%4).")
                                .arg(value.period.trimmed(), indicator.name)
                                .arg(plan->firstYear)
                                .arg(plan->lastYear);
    if (!problems.isEmpty())
        return activity::invalid(problems);
    Result<QList<int>> locked = lockedYears(plan->id);
    if (!locked.ok())
        return locked.error();
    if (locked->isEmpty())
        return {};

    // What the locked years hold now, keyed by indicator and period, compared with what comes.
    auto key = [](qint64 indicatorId, const QString& period) {
        return QString::number(indicatorId) + u'|' + period.trimmed();
    };
    QHash<QString, IndicatorValue> stored;
    if (!isNew) {
        SqlQuery query(m_db, QStringLiteral("SELECT v.indicator_id, v.period, v.value, v.target, v.breakdown "
                                            "FROM indicator_value v JOIN indicator i ON i.id = v.indicator_id "
                                            "WHERE i.action_sheet_id = :sheet"));
        query.bind(QStringLiteral(":sheet"), sheet.id);
        if (Status status = query.exec(tr("read the action sheet")); !status.ok())
            return status;
        while (query.next()) {
            IndicatorValue v;
            v.indicatorId = query.id(QStringLiteral("indicator_id"));
            v.period = query.text(QStringLiteral("period"));
            v.value = query.value(QStringLiteral("value")).toDouble();
            v.target = query.optionalReal(QStringLiteral("target"));
            v.breakdown = query.text(QStringLiteral("breakdown"));
            if (locked->contains(periodYear(v.period)))
                stored.insert(key(v.indicatorId, v.period), v);
        }
    }
    QSet<int> touched;
    for (const Indicator& indicator : sheet.indicators)
        for (const IndicatorValue& value : indicator.values) {
            const int year = periodYear(value.period);
            if (!locked->contains(year))
                continue;
            const QString k = key(indicator.id, value.period);
            const auto it = stored.constFind(k);
            const bool same = it != stored.cend() && std::abs(it->value - value.value) < 1e-9 &&
                              it->target == value.target && it->breakdown == value.breakdown.trimmed();
            if (!same)
                touched.insert(year);
            stored.remove(k);
        }
    for (const IndicatorValue& gone : std::as_const(stored))
        touched.insert(periodYear(gone.period));
    if (touched.isEmpty())
        return {};
    QList<int> years = touched.values();
    std::sort(years.begin(), years.end());
    for (int year : years)
        problems
            << tr("The year %1 is locked: its indicator values no longer change. Unlock the year first.").arg(year);
    return activity::invalid(problems);
}

Status ActionPlanRepository::linkMeeting(qint64 sheetId, qint64 meetingId)
{
    SqlQuery exists(m_db, QStringLiteral("SELECT COUNT(*) FROM action_sheet_meeting "
                                         "WHERE action_sheet_id = :sheet AND meeting_id = :meeting"));
    exists.bind(QStringLiteral(":sheet"), sheetId);
    exists.bind(QStringLiteral(":meeting"), meetingId);
    if (Status status = exists.exec(tr("link the meeting")); !status.ok())
        return status;
    if (exists.next() && exists.value(0).toInt() > 0)
        return {};
    const QString now = sql::nowStamp();
    SqlQuery insert(m_db, QStringLiteral("INSERT INTO action_sheet_meeting (action_sheet_id, meeting_id, created_at, "
                                         "updated_at, version) VALUES (:sheet, :meeting, :now, :now, 1)"));
    insert.bind(QStringLiteral(":sheet"), sheetId);
    insert.bind(QStringLiteral(":meeting"), meetingId);
    insert.bind(QStringLiteral(":now"), now);
    return insert.exec(tr("link the meeting"));
}

Status ActionPlanRepository::unlinkMeeting(qint64 sheetId, qint64 meetingId)
{
    SqlQuery remove(m_db, QStringLiteral("DELETE FROM action_sheet_meeting "
                                         "WHERE action_sheet_id = :sheet AND meeting_id = :meeting"));
    remove.bind(QStringLiteral(":sheet"), sheetId);
    remove.bind(QStringLiteral(":meeting"), meetingId);
    return remove.exec(tr("unlink the meeting"));
}

Result<SheetLinks> ActionPlanRepository::linksOf(qint64 sheetId) const
{
    const QString what = tr("read the links of the action sheet");
    SheetLinks links;
    SqlQuery meetings(m_db, QStringLiteral("SELECT m.id, m.starts_at, m.title, m.status, i.name "
                                           "FROM action_sheet_meeting l JOIN meeting m ON m.id = l.meeting_id "
                                           "JOIN instance i ON i.id = m.instance_id "
                                           "WHERE l.action_sheet_id = :sheet ORDER BY m.starts_at, m.id"));
    meetings.bind(QStringLiteral(":sheet"), sheetId);
    if (Status status = meetings.exec(what); !status.ok())
        return status.error();
    while (meetings.next())
        links.meetings.push_back({meetings.id(QStringLiteral("id")),
                                  sql::toDateTime(meetings.value(QStringLiteral("starts_at"))),
                                  meetings.text(QStringLiteral("title")), meetings.text(QStringLiteral("name")),
                                  meetings.text(QStringLiteral("status"))});

    SqlQuery followUps(m_db, QStringLiteral("SELECT id, meeting_id, text, due_on, status FROM follow_up "
                                            "WHERE action_sheet_id = :sheet ORDER BY due_on, id"));
    followUps.bind(QStringLiteral(":sheet"), sheetId);
    if (Status status = followUps.exec(what); !status.ok())
        return status.error();
    while (followUps.next())
        links.followUps.push_back({followUps.id(QStringLiteral("id")), followUps.id(QStringLiteral("meeting_id")),
                                   followUps.text(QStringLiteral("text")), followUps.date(QStringLiteral("due_on")),
                                   followUps.text(QStringLiteral("status"))});

    SqlQuery events(m_db, QStringLiteral("SELECT id, title, kind, starts_on, participant_count FROM event "
                                         "WHERE action_sheet_id = :sheet ORDER BY starts_on, id"));
    events.bind(QStringLiteral(":sheet"), sheetId);
    if (Status status = events.exec(what); !status.ok())
        return status.error();
    while (events.next())
        links.events.push_back({events.id(QStringLiteral("id")), events.text(QStringLiteral("title")),
                                events.text(QStringLiteral("kind")), events.date(QStringLiteral("starts_on")),
                                events.integer(QStringLiteral("participant_count"))});
    return links;
}

} // namespace maillage
