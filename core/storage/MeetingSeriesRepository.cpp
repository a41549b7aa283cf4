// SPDX-License-Identifier: EUPL-1.2
#include "core/storage/MeetingSeriesRepository.h"

#include "core/storage/ActivitySql.h"
#include "core/storage/Database.h"
#include "core/storage/RecordSql.h"
#include "core/storage/SqlQuery.h"

namespace maillage {

namespace {

const QStringList seriesColumns = {QStringLiteral("instance_id"),    QStringLiteral("rule"),
                                   QStringLiteral("holiday_policy"), QStringLiteral("starts_on"),
                                   QStringLiteral("ends_on"),        QStringLiteral("occurrence_count")};

void bindSeries(SqlQuery& q, const MeetingSeries& s)
{
    q.bind(QStringLiteral(":instance_id"), s.instanceId);
    q.bind(QStringLiteral(":rule"), s.rule);
    q.bind(QStringLiteral(":holiday_policy"), s.holidayPolicy);
    q.bind(QStringLiteral(":starts_on"), s.startsOn);
    q.bind(QStringLiteral(":ends_on"), s.endsOn);
    q.bind(QStringLiteral(":occurrence_count"), s.occurrenceCount);
}

MeetingSeries readSeries(const SqlQuery& q)
{
    MeetingSeries s;
    records::readRecord(q, s);
    s.instanceId = q.id(QStringLiteral("instance_id"));
    s.rule = q.text(QStringLiteral("rule"));
    s.holidayPolicy = q.text(QStringLiteral("holiday_policy"));
    s.startsOn = q.date(QStringLiteral("starts_on"));
    s.endsOn = q.date(QStringLiteral("ends_on"));
    s.occurrenceCount = q.integer(QStringLiteral("occurrence_count"));
    return s;
}

} // namespace

MeetingSeriesRepository::MeetingSeriesRepository(Database& db) : m_db(db) {}

Status MeetingSeriesRepository::create(MeetingSeries& series)
{
    if (const QStringList problems = series.validate(); !problems.isEmpty())
        return activity::invalid(problems);
    const QString now = sql::nowStamp();
    SqlQuery insert(m_db, activity::insertStatement(QStringLiteral("meeting_series"), seriesColumns));
    bindSeries(insert, series);
    activity::bindChildStamp(insert, Record{}, false, now);
    Result<qint64> id = records::insertReturningId(insert, tr("save the meeting series"));
    if (!id.ok())
        return id.error();
    records::stampInserted(series, id.value(), now);
    return {};
}

Result<MeetingSeries> MeetingSeriesRepository::get(qint64 id) const
{
    SqlQuery query(m_db, QStringLiteral("SELECT * FROM meeting_series WHERE id = :id"));
    query.bind(QStringLiteral(":id"), id);
    if (Status status = query.exec(tr("read the meeting series")); !status.ok())
        return status.error();
    if (!query.next())
        return Error{Error::Kind::NotFound, tr("This meeting series does not exist (any more)."),
                     QStringLiteral("meeting_series #%1").arg(id)};
    return readSeries(query);
}

Status MeetingSeriesRepository::update(MeetingSeries& series)
{
    if (const QStringList problems = series.validate(); !problems.isEmpty())
        return activity::invalid(problems);
    const QString now = sql::nowStamp();
    QStringList assignments;
    for (const QString& column : seriesColumns)
        assignments << column + QStringLiteral(" = :") + column;
    SqlQuery update(m_db, QStringLiteral("UPDATE meeting_series SET %1, updated_at = :now, version = version + 1 "
                                         "WHERE id = :id AND version = :version")
                              .arg(assignments.join(QStringLiteral(", "))));
    bindSeries(update, series);
    update.bind(QStringLiteral(":now"), now);
    update.bind(QStringLiteral(":id"), series.id);
    update.bind(QStringLiteral(":version"), series.version);
    if (Status status = update.exec(tr("save the meeting series")); !status.ok())
        return status;
    return records::checkUpdated(m_db, QStringLiteral("meeting_series"), series, update.rowsAffected(), now);
}

Status MeetingSeriesRepository::remove(qint64 id)
{
    return records::deleteById(m_db, QStringLiteral("meeting_series"), id, tr("delete the meeting series"));
}

Result<std::vector<MeetingSeries>> MeetingSeriesRepository::list(qint64 instanceId) const
{
    activity::Conditions c;
    if (instanceId > 0)
        c.add(QStringLiteral("instance_id = ") + c.param(instanceId));
    SqlQuery query(m_db, QStringLiteral("SELECT * FROM meeting_series%1 ORDER BY starts_on, id").arg(c.where()));
    c.bindTo(query);
    if (Status status = query.exec(tr("list the meeting series")); !status.ok())
        return status.error();
    std::vector<MeetingSeries> series;
    while (query.next())
        series.push_back(readSeries(query));
    return series;
}

} // namespace maillage
