// SPDX-License-Identifier: EUPL-1.2
#include "core/storage/FollowUpRepository.h"

#include "core/storage/Database.h"
#include "core/storage/RecordSql.h"
#include "core/storage/SqlQuery.h"

namespace maillage {

namespace {

const QString fromClause = QStringLiteral(" FROM follow_up f JOIN meeting m ON m.id = f.meeting_id "
                                          "JOIN instance i ON i.id = m.instance_id "
                                          "LEFT JOIN contact c ON c.id = f.owner_contact_id "
                                          "LEFT JOIN action_sheet s ON s.id = f.action_sheet_id");

QDate todayOf(const FollowUpFilter& filter)
{
    return filter.today.isValid() ? filter.today : QDate::currentDate();
}

/// The WHERE clause of a filter; bindFilter binds the same placeholders.
QString whereOf(const Database& db, const FollowUpFilter& filter)
{
    QStringList terms;
    switch (filter.show) {
    case FollowUpFilter::Show::Open:
        terms << QStringLiteral("f.status IN ('open', 'in_progress')");
        break;
    case FollowUpFilter::Show::Overdue:
        terms << QStringLiteral("f.status IN ('open', 'in_progress') AND f.due_on IS NOT NULL AND f.due_on < :today");
        break;
    case FollowUpFilter::Show::Done:
        terms << QStringLiteral("f.status IN ('done', 'dropped')");
        break;
    case FollowUpFilter::Show::All:
        break;
    }
    if (filter.ownerContactId > 0)
        terms << QStringLiteral("f.owner_contact_id = :owner");
    if (filter.instanceId > 0)
        terms << QStringLiteral("m.instance_id = :instance");
    if (!filter.text.trimmed().isEmpty())
        terms << db.dialect().foldedLike(QStringLiteral("f.text"), QStringLiteral(":text"));
    return terms.isEmpty() ? QString() : QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
}

void bindFilter(SqlQuery& query, const FollowUpFilter& filter)
{
    if (filter.show == FollowUpFilter::Show::Overdue)
        query.bind(QStringLiteral(":today"), todayOf(filter));
    if (filter.ownerContactId > 0)
        query.bind(QStringLiteral(":owner"), filter.ownerContactId);
    if (filter.instanceId > 0)
        query.bind(QStringLiteral(":instance"), filter.instanceId);
    if (!filter.text.trimmed().isEmpty())
        query.bind(QStringLiteral(":text"), Dialect::containsPattern(filter.text));
}

QString personName(const SqlQuery& query)
{
    return (query.text(QStringLiteral("first_name")) + u' ' + query.text(QStringLiteral("last_name"))).trimmed();
}

} // namespace

Result<std::vector<FollowUpRow>> FollowUpRepository::list(const FollowUpFilter& filter) const
{
    SqlQuery query(
        m_db, QStringLiteral("SELECT f.id, f.meeting_id, f.text, f.owner_contact_id, f.due_on, f.status, f.done_on, "
                             "f.action_sheet_id, f.created_at, f.updated_at, f.version, c.first_name, c.last_name, "
                             "i.name AS instance_name, m.starts_at, s.code AS sheet_code, s.title AS sheet_title") +
                  fromClause + whereOf(m_db, filter) +
                  QStringLiteral(" ORDER BY CASE WHEN f.due_on IS NULL THEN 1 ELSE 0 END, f.due_on, "
                                 "m.starts_at, f.id"));
    bindFilter(query, filter);
    if (Status status = query.exec(tr("list the follow-ups")); !status)
        return status.error();
    std::vector<FollowUpRow> rows;
    while (query.next()) {
        FollowUpRow row;
        FollowUp& f = row.followUp;
        records::readRecord(query, f);
        f.meetingId = query.id(QStringLiteral("meeting_id"));
        f.text = query.text(QStringLiteral("text"));
        f.ownerContactId = query.id(QStringLiteral("owner_contact_id"));
        f.dueOn = query.date(QStringLiteral("due_on"));
        f.status = fromCode(query.text(QStringLiteral("status")), FollowUpStatus::Open);
        f.doneOn = query.date(QStringLiteral("done_on"));
        f.actionSheetId = query.id(QStringLiteral("action_sheet_id"));
        row.owner = personName(query);
        row.instanceName = query.text(QStringLiteral("instance_name"));
        row.meetingStart = query.dateTime(QStringLiteral("starts_at"));
        row.actionSheet =
            (query.text(QStringLiteral("sheet_code")) + u' ' + query.text(QStringLiteral("sheet_title"))).trimmed();
        rows.push_back(std::move(row));
    }
    return rows;
}

Result<int> FollowUpRepository::count(const FollowUpFilter& filter) const
{
    SqlQuery query(m_db, QStringLiteral("SELECT COUNT(*)") + fromClause + whereOf(m_db, filter));
    bindFilter(query, filter);
    if (Status status = query.exec(tr("count the follow-ups")); !status)
        return status.error();
    return query.next() ? query.value(0).toInt() : 0;
}

Result<std::vector<NamedRef>> FollowUpRepository::owners() const
{
    SqlQuery query(m_db, QStringLiteral("SELECT DISTINCT c.id, c.first_name, c.last_name FROM follow_up f "
                                        "JOIN contact c ON c.id = f.owner_contact_id ORDER BY c.last_name, "
                                        "c.first_name, c.id"));
    if (Status status = query.exec(tr("list the owners of follow-ups")); !status)
        return status.error();
    std::vector<NamedRef> rows;
    while (query.next())
        rows.push_back({query.id(QStringLiteral("id")), personName(query)});
    return rows;
}

Status FollowUpRepository::setStatus(FollowUp& followUp, FollowUpStatus status, const QDate& doneOn)
{
    FollowUp changed = followUp;
    changed.status = status;
    changed.doneOn = status == FollowUpStatus::Done ? (doneOn.isValid() ? doneOn : QDate::currentDate()) : QDate();
    return write(followUp, changed);
}

Status FollowUpRepository::setDueDate(FollowUp& followUp, const QDate& dueOn)
{
    FollowUp changed = followUp;
    changed.dueOn = dueOn;
    return write(followUp, changed);
}

Status FollowUpRepository::write(FollowUp& followUp, const FollowUp& changed)
{
    const QString now = sql::nowStamp();
    SqlQuery update(m_db, QStringLiteral("UPDATE follow_up SET status = :status, done_on = :done_on, due_on = :due_on, "
                                         "updated_at = :now, version = version + 1 "
                                         "WHERE id = :id AND version = :version"));
    update.bind(QStringLiteral(":status"), codeOf(changed.status));
    update.bind(QStringLiteral(":done_on"), changed.doneOn);
    update.bind(QStringLiteral(":due_on"), changed.dueOn);
    update.bind(QStringLiteral(":now"), now);
    update.bind(QStringLiteral(":id"), followUp.id);
    update.bind(QStringLiteral(":version"), followUp.version);
    if (Status status = update.exec(tr("save the follow-up")); !status)
        return status;
    FollowUp result = changed;
    if (Status status = records::checkUpdated(m_db, QStringLiteral("follow_up"), result, update.rowsAffected(), now);
        !status)
        return status;
    followUp = result;
    return {};
}

} // namespace maillage
