// SPDX-License-Identifier: EUPL-1.2
#include "core/storage/MeetingRepository.h"

#include "core/storage/ActivitySql.h"
#include "core/storage/Database.h"
#include "core/storage/MeetingChildrenSql.h"
#include "core/storage/RecordSql.h"
#include "core/storage/SearchIndex.h"
#include "core/storage/SqlQuery.h"
#include "core/storage/Transaction.h"

namespace maillage {

namespace {

const QStringList meetingColumns = {QStringLiteral("instance_id"),
                                    QStringLiteral("series_id"),
                                    QStringLiteral("title"),
                                    QStringLiteral("starts_at"),
                                    QStringLiteral("ends_at"),
                                    QStringLiteral("place"),
                                    QStringLiteral("video_link"),
                                    QStringLiteral("status"),
                                    QStringLiteral("postponed_to_meeting_id"),
                                    QStringLiteral("convocation_sent_on"),
                                    QStringLiteral("secretary_contact_id"),
                                    QStringLiteral("minutes_kind"),
                                    QStringLiteral("minutes_status"),
                                    QStringLiteral("minutes_validated_on"),
                                    QStringLiteral("minutes_distributed_on"),
                                    QStringLiteral("notes"),
                                    QStringLiteral("minutes_approved_in_meeting_id")};

void bindMeeting(SqlQuery& q, const Meeting& m)
{
    q.bind(QStringLiteral(":instance_id"), m.instanceId);
    q.bindId(QStringLiteral(":series_id"), m.seriesId);
    q.bind(QStringLiteral(":title"), m.title);
    q.bind(QStringLiteral(":starts_at"), m.startsAt);
    q.bind(QStringLiteral(":ends_at"), m.endsAt);
    q.bind(QStringLiteral(":place"), m.place);
    q.bind(QStringLiteral(":video_link"), m.videoLink);
    q.bind(QStringLiteral(":status"), codeOf(m.status));
    q.bindId(QStringLiteral(":postponed_to_meeting_id"), m.postponedToMeetingId);
    q.bind(QStringLiteral(":convocation_sent_on"), m.convocationSentOn);
    q.bindId(QStringLiteral(":secretary_contact_id"), m.secretaryContactId);
    q.bind(QStringLiteral(":minutes_kind"), codeOf(m.minutesKind));
    q.bind(QStringLiteral(":minutes_status"), codeOf(m.minutesStatus));
    q.bind(QStringLiteral(":minutes_validated_on"), m.minutesValidatedOn);
    q.bind(QStringLiteral(":minutes_distributed_on"), m.minutesDistributedOn);
    q.bind(QStringLiteral(":notes"), m.notes);
    q.bindId(QStringLiteral(":minutes_approved_in_meeting_id"), m.minutesApprovedInMeetingId);
}

Meeting readMeeting(const SqlQuery& q)
{
    Meeting m;
    records::readRecord(q, m);
    m.instanceId = q.id(QStringLiteral("instance_id"));
    m.seriesId = q.id(QStringLiteral("series_id"));
    m.title = q.text(QStringLiteral("title"));
    m.startsAt = q.dateTime(QStringLiteral("starts_at"));
    m.endsAt = q.dateTime(QStringLiteral("ends_at"));
    m.place = q.text(QStringLiteral("place"));
    m.videoLink = q.text(QStringLiteral("video_link"));
    m.status = fromCode(q.text(QStringLiteral("status")), MeetingStatus::Planned);
    m.postponedToMeetingId = q.id(QStringLiteral("postponed_to_meeting_id"));
    m.convocationSentOn = q.date(QStringLiteral("convocation_sent_on"));
    m.secretaryContactId = q.id(QStringLiteral("secretary_contact_id"));
    m.minutesKind = fromCode(q.text(QStringLiteral("minutes_kind")), MinutesKind::Report);
    m.minutesStatus = fromCode(q.text(QStringLiteral("minutes_status")), MinutesStatus::Draft);
    m.minutesValidatedOn = q.date(QStringLiteral("minutes_validated_on"));
    m.minutesDistributedOn = q.date(QStringLiteral("minutes_distributed_on"));
    m.notes = q.text(QStringLiteral("notes"));
    m.minutesApprovedInMeetingId = q.id(QStringLiteral("minutes_approved_in_meeting_id"));
    return m;
}

QString selectMeetings()
{
    QStringList columns;
    for (const QString& column : meetingColumns)
        columns << QStringLiteral("m.") + column;
    columns << QStringLiteral("m.id") << QStringLiteral("m.created_at") << QStringLiteral("m.updated_at")
            << QStringLiteral("m.version");
    return QStringLiteral("SELECT %1 FROM meeting m JOIN instance i ON i.id = m.instance_id")
        .arg(columns.join(QStringLiteral(", ")));
}

activity::Conditions conditionsOf(const Database& db, const MeetingFilter& f)
{
    activity::Conditions c;
    if (f.instanceId > 0)
        c.add(QStringLiteral("m.instance_id = ") + c.param(f.instanceId));
    if (f.councilId > 0)
        c.add(QStringLiteral("i.council_id = ") + c.param(f.councilId));
    // Timestamps are ISO text: a day range is a string range, the end exclusive.
    if (f.year > 0) {
        c.add(QStringLiteral("m.starts_at >= ") + c.param(sql::fromDate(QDate(f.year, 1, 1))));
        c.add(QStringLiteral("m.starts_at < ") + c.param(sql::fromDate(QDate(f.year + 1, 1, 1))));
    }
    if (f.from.isValid())
        c.add(QStringLiteral("m.starts_at >= ") + c.param(sql::fromDate(f.from)));
    if (f.to.isValid())
        c.add(QStringLiteral("m.starts_at < ") + c.param(sql::fromDate(f.to.addDays(1))));
    if (f.status)
        c.add(QStringLiteral("m.status = ") + c.param(codeOf(*f.status)));
    if (!f.text.trimmed().isEmpty()) {
        const QString pattern = Dialect::containsPattern(f.text);
        const Dialect& d = db.dialect();
        c.add(QStringLiteral("(%1 OR %2 OR EXISTS (SELECT 1 FROM agenda_item a WHERE a.meeting_id = m.id AND %3))")
                  .arg(d.foldedLike(QStringLiteral("m.title"), c.param(pattern)),
                       d.foldedLike(QStringLiteral("m.place"), c.param(pattern)),
                       d.foldedLike(QStringLiteral("a.title"), c.param(pattern))));
    }
    if (f.when != MeetingFilter::When::Any) {
        const QDateTime now = f.now.isValid() ? f.now : QDateTime::currentDateTime();
        c.add((f.when == MeetingFilter::When::Upcoming ? QStringLiteral("m.starts_at >= ")
                                                       : QStringLiteral("m.starts_at < ")) +
              c.param(sql::fromDateTime(now)));
    }
    return c;
}

} // namespace

MeetingRepository::MeetingRepository(Database& db) : m_db(db) {}

Status MeetingRepository::writeMeeting(Meeting& meeting, bool isNew)
{
    if (const QStringList problems = meeting.validate(); !problems.isEmpty())
        return activity::invalid(problems);
    Meeting copy = meeting; // the caller's value changes only when everything was written
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.error();
    const QString now = sql::nowStamp();
    if (isNew) {
        SqlQuery insert(m_db, activity::insertStatement(QStringLiteral("meeting"), meetingColumns));
        bindMeeting(insert, copy);
        activity::bindChildStamp(insert, Record{}, false, now);
        Result<qint64> id = records::insertReturningId(insert, tr("save the meeting"));
        if (!id.ok())
            return id.error();
        records::stampInserted(copy, id.value(), now);
        // A copy of another meeting gets children of its own.
        auto resetIds = [](auto& children) {
            for (auto& child : children)
                child.id = 0;
        };
        // Agenda items keep theirs until saveChildren, which moves their decisions to the new ids.
        resetIds(copy.attendance);
        resetIds(copy.decisions);
        resetIds(copy.followUps);
    } else {
        QStringList assignments;
        for (const QString& column : meetingColumns)
            assignments << column + QStringLiteral(" = :") + column;
        SqlQuery update(m_db, QStringLiteral("UPDATE meeting SET %1, updated_at = :now, version = version + 1 "
                                             "WHERE id = :id AND version = :version")
                                  .arg(assignments.join(QStringLiteral(", "))));
        bindMeeting(update, copy);
        update.bind(QStringLiteral(":now"), now);
        update.bind(QStringLiteral(":id"), copy.id);
        update.bind(QStringLiteral(":version"), copy.version);
        if (Status status = update.exec(tr("save the meeting")); !status.ok())
            return status;
        if (Status status = records::checkUpdated(m_db, QStringLiteral("meeting"), copy, update.rowsAffected(), now);
            !status.ok())
            return status;
    }
    if (Status status = meetingsql::saveChildren(m_db, copy, now); !status.ok())
        return status;
    if (Status status = SearchIndex(m_db).refreshMeeting(copy.id); !status.ok())
        return status;
    if (Status status = transaction.commit(); !status.ok())
        return status;
    meeting = std::move(copy);
    return {};
}

Status MeetingRepository::create(Meeting& meeting)
{
    return writeMeeting(meeting, true);
}

Status MeetingRepository::update(Meeting& meeting)
{
    return writeMeeting(meeting, false);
}

Result<Meeting> MeetingRepository::get(qint64 id) const
{
    SqlQuery query(m_db, selectMeetings() + QStringLiteral(" WHERE m.id = :id"));
    query.bind(QStringLiteral(":id"), id);
    if (Status status = query.exec(tr("read the meeting")); !status.ok())
        return status.error();
    if (!query.next())
        return Error{Error::Kind::NotFound, tr("This meeting does not exist (any more)."),
                     QStringLiteral("meeting #%1").arg(id)};
    Meeting meeting = readMeeting(query);
    if (Status status = meetingsql::loadChildren(m_db, meeting); !status.ok())
        return status.error();
    return meeting;
}

Status MeetingRepository::remove(qint64 id)
{
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.error();
    if (Status status = records::deleteById(m_db, QStringLiteral("meeting"), id, tr("delete the meeting"));
        !status.ok())
        return status;
    if (Status status = SearchIndex(m_db).refreshMeeting(id); !status.ok()) // drops the deleted agenda
        return status;
    return transaction.commit();
}

Result<std::vector<Meeting>> MeetingRepository::list(const MeetingFilter& filter) const
{
    const activity::Conditions conditions = conditionsOf(m_db, filter);
    const QString direction = filter.descending ? QStringLiteral(" DESC") : QString();
    QString order;
    switch (filter.sort) {
    case MeetingSort::StartsAt:
        order = QStringLiteral("m.starts_at%1, m.id%1").arg(direction);
        break;
    case MeetingSort::Instance:
        order = QStringLiteral("i.name%1, i.id%1, m.starts_at, m.id").arg(direction);
        break;
    }
    SqlQuery query(m_db, selectMeetings() + conditions.where() + QStringLiteral(" ORDER BY ") + order +
                             activity::paging(m_db, filter.limit, filter.offset));
    conditions.bindTo(query);
    if (Status status = query.exec(tr("list the meetings")); !status.ok())
        return status.error();
    std::vector<Meeting> meetings;
    while (query.next())
        meetings.push_back(readMeeting(query));
    if (filter.withDetails)
        for (Meeting& meeting : meetings)
            if (Status status = meetingsql::loadChildren(m_db, meeting); !status.ok())
                return status.error();
    return meetings;
}

int MeetingRepository::count(const MeetingFilter& filter) const
{
    const activity::Conditions conditions = conditionsOf(m_db, filter);
    SqlQuery query(m_db, QStringLiteral("SELECT COUNT(*) FROM meeting m JOIN instance i ON i.id = m.instance_id") +
                             conditions.where());
    conditions.bindTo(query);
    if (!query.exec(tr("count the meetings")).ok() || !query.next())
        return 0;
    return query.value(0).toInt();
}

Status MeetingRepository::cancel(Meeting& meeting, const QString& reason)
{
    if (meeting.status != MeetingStatus::Planned)
        return Error{Error::Kind::Invalid, tr("Only a planned meeting can be cancelled."),
                     QStringLiteral("meeting #%1 is %2").arg(meeting.id).arg(codeOf(meeting.status))};
    QString notes = meeting.notes;
    if (!reason.trimmed().isEmpty())
        notes = (notes.isEmpty() ? QString() : notes + u'\n') + tr("Cancelled: %1").arg(reason.trimmed());
    const QString now = sql::nowStamp();
    SqlQuery update(m_db, QStringLiteral("UPDATE meeting SET status = :status, notes = :notes, updated_at = :now, "
                                         "version = version + 1 WHERE id = :id AND version = :version"));
    update.bind(QStringLiteral(":status"), codeOf(MeetingStatus::Cancelled));
    update.bind(QStringLiteral(":notes"), notes);
    update.bind(QStringLiteral(":now"), now);
    update.bind(QStringLiteral(":id"), meeting.id);
    update.bind(QStringLiteral(":version"), meeting.version);
    if (Status status = update.exec(tr("cancel the meeting")); !status.ok())
        return status;
    Meeting copy = meeting;
    if (Status status = records::checkUpdated(m_db, QStringLiteral("meeting"), copy, update.rowsAffected(), now);
        !status.ok())
        return status;
    copy.status = MeetingStatus::Cancelled;
    copy.notes = notes;
    meeting = std::move(copy);
    return {};
}

Result<Meeting> MeetingRepository::postpone(Meeting& meeting, const QDateTime& newStart)
{
    if (meeting.status != MeetingStatus::Planned)
        return Error{Error::Kind::Invalid, tr("Only a planned meeting can be postponed."),
                     QStringLiteral("meeting #%1 is %2").arg(meeting.id).arg(codeOf(meeting.status))};
    if (!newStart.isValid())
        return Error{Error::Kind::Invalid, validation::required(tr("New date")), {}};
    Result<Meeting> stored = get(meeting.id);
    if (!stored.ok())
        return stored.error();

    // The new meeting takes over what was prepared; what happened (minutes, decisions) stays behind.
    Meeting next;
    const Meeting& old = stored.value();
    next.instanceId = old.instanceId;
    next.seriesId = old.seriesId;
    next.title = old.title;
    next.startsAt = newStart;
    if (old.endsAt.isValid() && old.startsAt.isValid())
        next.endsAt = newStart.addSecs(old.startsAt.secsTo(old.endsAt));
    next.place = old.place;
    next.videoLink = old.videoLink;
    next.secretaryContactId = old.secretaryContactId;
    next.minutesKind = old.minutesKind;
    next.notes = tr("Postponed from %1.").arg(old.startsAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    for (const AgendaItem& item : old.agenda) {
        AgendaItem copy;
        copy.title = item.title;
        copy.presenter = item.presenter;
        copy.durationMinutes = item.durationMinutes;
        next.agenda.push_back(copy);
    }
    for (const Attendance& row : old.attendance) {
        Attendance expected;
        expected.contactId = row.contactId;
        expected.organisationId = row.organisationId;
        expected.guestName = row.guestName;
        expected.isGuest = row.isGuest;
        next.attendance.push_back(expected);
    }
    next.recipientContactIds = old.recipientContactIds;

    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.error();
    if (Status status = create(next); !status.ok())
        return status.error();
    const QString now = sql::nowStamp();
    SqlQuery update(m_db, QStringLiteral("UPDATE meeting SET status = :status, postponed_to_meeting_id = :next, "
                                         "updated_at = :now, version = version + 1 "
                                         "WHERE id = :id AND version = :version"));
    update.bind(QStringLiteral(":status"), codeOf(MeetingStatus::Postponed));
    update.bind(QStringLiteral(":next"), next.id);
    update.bind(QStringLiteral(":now"), now);
    update.bind(QStringLiteral(":id"), meeting.id);
    update.bind(QStringLiteral(":version"), meeting.version);
    if (Status status = update.exec(tr("postpone the meeting")); !status.ok())
        return status.error();
    Meeting copy = meeting;
    if (Status status = records::checkUpdated(m_db, QStringLiteral("meeting"), copy, update.rowsAffected(), now);
        !status.ok())
        return status.error();
    if (Status status = transaction.commit(); !status.ok())
        return status.error();
    copy.status = MeetingStatus::Postponed;
    copy.postponedToMeetingId = next.id;
    meeting = std::move(copy);
    return next;
}

Result<std::vector<FollowUp>> MeetingRepository::openFollowUps(qint64 instanceId, const QDate& overdueOn) const
{
    activity::Conditions c;
    c.add(QStringLiteral("f.status IN (%1, %2)")
              .arg(c.param(codeOf(FollowUpStatus::Open)), c.param(codeOf(FollowUpStatus::InProgress))));
    if (instanceId > 0)
        c.add(QStringLiteral("m.instance_id = ") + c.param(instanceId));
    if (overdueOn.isValid())
        c.add(QStringLiteral("f.due_on IS NOT NULL AND f.due_on < ") + c.param(sql::fromDate(overdueOn)));
    SqlQuery query(m_db, QStringLiteral("SELECT %1 FROM follow_up f JOIN meeting m ON m.id = f.meeting_id%2 "
                                        "ORDER BY CASE WHEN f.due_on IS NULL THEN 1 ELSE 0 END, f.due_on, "
                                        "m.starts_at, f.id")
                             .arg(meetingsql::followUpColumns(QStringLiteral("f")), c.where()));
    c.bindTo(query);
    if (Status status = query.exec(tr("list the follow-up actions")); !status.ok())
        return status.error();
    std::vector<FollowUp> followUps;
    while (query.next())
        followUps.push_back(meetingsql::readFollowUp(query));
    return followUps;
}

Result<Meeting> MeetingRepository::previousMeeting(qint64 instanceId, const QDateTime& before) const
{
    SqlQuery query(m_db, selectMeetings() + QStringLiteral(" WHERE m.instance_id = :instance AND m.starts_at < :before "
                                                           "AND m.status NOT IN (:cancelled, :postponed) "
                                                           "ORDER BY m.starts_at DESC, m.id DESC LIMIT 1"));
    query.bind(QStringLiteral(":instance"), instanceId);
    query.bind(QStringLiteral(":before"), before);
    query.bind(QStringLiteral(":cancelled"), codeOf(MeetingStatus::Cancelled));
    query.bind(QStringLiteral(":postponed"), codeOf(MeetingStatus::Postponed));
    if (Status status = query.exec(tr("find the previous meeting")); !status.ok())
        return status.error();
    if (!query.next())
        return Error{Error::Kind::NotFound, tr("This instance has no earlier meeting."),
                     QStringLiteral("instance #%1 before %2").arg(instanceId).arg(before.toString(Qt::ISODate))};
    Meeting meeting = readMeeting(query);
    if (Status status = meetingsql::loadChildren(m_db, meeting); !status.ok())
        return status.error();
    return meeting;
}

} // namespace maillage
