// SPDX-License-Identifier: EUPL-1.2
#include "core/storage/MeetingChildrenSql.h"

#include "core/storage/ActivitySql.h"
#include "core/storage/Database.h"
#include "core/storage/RecordSql.h"
#include "core/storage/SqlQuery.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace maillage::meetingsql {

namespace {

const QStringList agendaColumns = {
    QStringLiteral("meeting_id"),   QStringLiteral("position"),         QStringLiteral("title"),
    QStringLiteral("presenter"),    QStringLiteral("duration_minutes"), QStringLiteral("minutes_html"),
    QStringLiteral("confidential"), QStringLiteral("item_kind")};
const QStringList attendanceColumns = {QStringLiteral("meeting_id"),
                                       QStringLiteral("contact_id"),
                                       QStringLiteral("organisation_id"),
                                       QStringLiteral("guest_name"),
                                       QStringLiteral("is_guest"),
                                       QStringLiteral("status"),
                                       QStringLiteral("represented_by_contact_id"),
                                       QStringLiteral("proxy_to_contact_id")};
const QStringList decisionColumns = {QStringLiteral("meeting_id"), QStringLiteral("agenda_item_id"),
                                     QStringLiteral("position"), QStringLiteral("text")};
const QStringList followUpInsertColumns = {QStringLiteral("meeting_id"),       QStringLiteral("text"),
                                           QStringLiteral("owner_contact_id"), QStringLiteral("due_on"),
                                           QStringLiteral("status"),           QStringLiteral("done_on"),
                                           QStringLiteral("action_sheet_id")};

} // namespace

Status saveChildren(const Database& db, Meeting& meeting, const QString& now)
{
    const qint64 meetingId = meeting.id;
    // Ids of the rows already stored for this meeting: only those may be kept.
    const QStringList tables = {QStringLiteral("decision"), QStringLiteral("agenda_item"), QStringLiteral("attendance"),
                                QStringLiteral("follow_up"), QStringLiteral("meeting_recipient")};
    QHash<QString, QSet<qint64>> existing;
    for (const QString& table : tables) {
        auto ids = activity::childIds(db, table, QStringLiteral("meeting_id"), meetingId);
        if (!ids.ok())
            return ids.error();
        existing.insert(table, ids.value());
    }
    for (const QString& table : tables)
        if (Status status = activity::deleteChildren(
                db, table, QStringLiteral("meeting_id"), meetingId,
                QCoreApplication::translate("maillage::MeetingRepository", "save the meeting"));
            !status.ok())
            return status;

    const QString what = QCoreApplication::translate("maillage::MeetingRepository", "save the meeting");
    QSet<qint64> agendaIds;
    QHash<qint64, qint64> agendaIdAfter; // an item's id as the caller knew it (a new item's may be a placeholder)
    for (int i = 0; i < int(meeting.agenda.size()); ++i) {
        AgendaItem& item = meeting.agenda[size_t(i)];
        const qint64 idBefore = item.id;
        item.meetingId = meetingId;
        item.position = i + 1;
        Status status =
            activity::insertChild(db, QStringLiteral("agenda_item"), agendaColumns, item,
                                  existing.value(QStringLiteral("agenda_item")), now, what, [&](SqlQuery& q) {
                                      q.bind(QStringLiteral(":meeting_id"), meetingId);
                                      q.bind(QStringLiteral(":position"), item.position);
                                      q.bind(QStringLiteral(":title"), item.title);
                                      q.bind(QStringLiteral(":presenter"), item.presenter);
                                      q.bind(QStringLiteral(":duration_minutes"), item.durationMinutes);
                                      q.bind(QStringLiteral(":minutes_html"), item.minutesHtml);
                                      q.bind(QStringLiteral(":confidential"), item.confidential);
                                      q.bind(QStringLiteral(":item_kind"), codeOf(item.kind));
                                  });
        if (!status.ok())
            return status;
        agendaIds.insert(item.id);
        if (idBefore != 0)
            agendaIdAfter.insert(idBefore, item.id);
    }
    for (Attendance& row : meeting.attendance) {
        row.meetingId = meetingId;
        Status status = activity::insertChild(
            db, QStringLiteral("attendance"), attendanceColumns, row, existing.value(QStringLiteral("attendance")), now,
            what, [&](SqlQuery& q) {
                q.bind(QStringLiteral(":meeting_id"), meetingId);
                q.bindId(QStringLiteral(":contact_id"), row.contactId);
                q.bindId(QStringLiteral(":organisation_id"), row.organisationId);
                q.bind(QStringLiteral(":guest_name"), row.guestName);
                q.bind(QStringLiteral(":is_guest"), row.isGuest);
                q.bind(QStringLiteral(":status"), codeOf(row.status));
                q.bindId(QStringLiteral(":represented_by_contact_id"), row.representedByContactId);
                q.bindId(QStringLiteral(":proxy_to_contact_id"), row.proxyToContactId);
            });
        if (!status.ok())
            return status;
    }
    for (int i = 0; i < int(meeting.decisions.size()); ++i) {
        Decision& decision = meeting.decisions[size_t(i)];
        decision.meetingId = meetingId;
        decision.position = i + 1;
        // A decision follows its item when the item got a new id (new, or copied from another meeting);
        // it can only hang from an item of this meeting's agenda.
        decision.agendaItemId = agendaIdAfter.value(decision.agendaItemId, decision.agendaItemId);
        if (!agendaIds.contains(decision.agendaItemId))
            decision.agendaItemId = 0;
        Status status = activity::insertChild(db, QStringLiteral("decision"), decisionColumns, decision,
                                              existing.value(QStringLiteral("decision")), now, what, [&](SqlQuery& q) {
                                                  q.bind(QStringLiteral(":meeting_id"), meetingId);
                                                  q.bindId(QStringLiteral(":agenda_item_id"), decision.agendaItemId);
                                                  q.bind(QStringLiteral(":position"), decision.position);
                                                  q.bind(QStringLiteral(":text"), decision.text);
                                              });
        if (!status.ok())
            return status;
    }
    for (FollowUp& followUp : meeting.followUps) {
        followUp.meetingId = meetingId;
        Status status =
            activity::insertChild(db, QStringLiteral("follow_up"), followUpInsertColumns, followUp,
                                  existing.value(QStringLiteral("follow_up")), now, what, [&](SqlQuery& q) {
                                      q.bind(QStringLiteral(":meeting_id"), meetingId);
                                      q.bind(QStringLiteral(":text"), followUp.text);
                                      q.bindId(QStringLiteral(":owner_contact_id"), followUp.ownerContactId);
                                      q.bind(QStringLiteral(":due_on"), followUp.dueOn);
                                      q.bind(QStringLiteral(":status"), codeOf(followUp.status));
                                      q.bind(QStringLiteral(":done_on"), followUp.doneOn);
                                      q.bindId(QStringLiteral(":action_sheet_id"), followUp.actionSheetId);
                                  });
        if (!status.ok())
            return status;
    }
    std::vector<qint64> recipients;
    for (qint64 contactId : meeting.recipientContactIds)
        if (std::find(recipients.begin(), recipients.end(), contactId) == recipients.end())
            recipients.push_back(contactId);
    for (qint64 contactId : recipients) {
        SqlQuery query(db, activity::insertStatement(QStringLiteral("meeting_recipient"),
                                                     {QStringLiteral("meeting_id"), QStringLiteral("contact_id")}));
        query.bind(QStringLiteral(":meeting_id"), meetingId);
        query.bind(QStringLiteral(":contact_id"), contactId);
        activity::bindChildStamp(query, Record{}, false, now);
        if (Result<qint64> id = records::insertReturningId(query, what); !id.ok())
            return id.error();
    }
    meeting.recipientContactIds = recipients;
    return {};
}

QString followUpColumns(const QString& alias)
{
    QStringList columns = followUpInsertColumns;
    columns << QStringLiteral("id") << QStringLiteral("created_at") << QStringLiteral("updated_at")
            << QStringLiteral("version");
    for (QString& column : columns)
        column = alias + u'.' + column;
    return columns.join(QStringLiteral(", "));
}

FollowUp readFollowUp(const SqlQuery& q)
{
    FollowUp followUp;
    records::readRecord(q, followUp);
    followUp.meetingId = q.id(QStringLiteral("meeting_id"));
    followUp.text = q.text(QStringLiteral("text"));
    followUp.ownerContactId = q.id(QStringLiteral("owner_contact_id"));
    followUp.dueOn = q.date(QStringLiteral("due_on"));
    followUp.status = fromCode(q.text(QStringLiteral("status")), FollowUpStatus::Open);
    followUp.doneOn = q.date(QStringLiteral("done_on"));
    followUp.actionSheetId = q.id(QStringLiteral("action_sheet_id"));
    return followUp;
}

Status loadChildren(const Database& db, Meeting& meeting)
{
    const QString what = QCoreApplication::translate("maillage::MeetingRepository", "read the meeting");
    auto select = [&](const QString& statement) {
        SqlQuery query(db, statement);
        query.bind(QStringLiteral(":meeting"), meeting.id);
        return query;
    };
    SqlQuery agenda = select(QStringLiteral("SELECT * FROM agenda_item WHERE meeting_id = :meeting "
                                            "ORDER BY position, id"));
    if (Status status = agenda.exec(what); !status.ok())
        return status;
    meeting.agenda.clear();
    while (agenda.next()) {
        AgendaItem item;
        records::readRecord(agenda, item);
        item.meetingId = meeting.id;
        item.position = agenda.integer(QStringLiteral("position"));
        item.title = agenda.text(QStringLiteral("title"));
        item.presenter = agenda.text(QStringLiteral("presenter"));
        item.durationMinutes = agenda.integer(QStringLiteral("duration_minutes"));
        item.minutesHtml = agenda.text(QStringLiteral("minutes_html"));
        item.confidential = agenda.flag(QStringLiteral("confidential"));
        item.kind = fromCode(agenda.text(QStringLiteral("item_kind")), AgendaItemKind::Regular);
        meeting.agenda.push_back(item);
    }
    SqlQuery attendance = select(QStringLiteral("SELECT * FROM attendance WHERE meeting_id = :meeting ORDER BY id"));
    if (Status status = attendance.exec(what); !status.ok())
        return status;
    meeting.attendance.clear();
    while (attendance.next()) {
        Attendance row;
        records::readRecord(attendance, row);
        row.meetingId = meeting.id;
        row.contactId = attendance.id(QStringLiteral("contact_id"));
        row.organisationId = attendance.id(QStringLiteral("organisation_id"));
        row.guestName = attendance.text(QStringLiteral("guest_name"));
        row.isGuest = attendance.flag(QStringLiteral("is_guest"));
        row.status = fromCode(attendance.text(QStringLiteral("status")), AttendanceStatus::Present);
        row.representedByContactId = attendance.id(QStringLiteral("represented_by_contact_id"));
        row.proxyToContactId = attendance.id(QStringLiteral("proxy_to_contact_id"));
        meeting.attendance.push_back(row);
    }
    SqlQuery decisions = select(QStringLiteral("SELECT * FROM decision WHERE meeting_id = :meeting "
                                               "ORDER BY position, id"));
    if (Status status = decisions.exec(what); !status.ok())
        return status;
    meeting.decisions.clear();
    while (decisions.next()) {
        Decision decision;
        records::readRecord(decisions, decision);
        decision.meetingId = meeting.id;
        decision.agendaItemId = decisions.id(QStringLiteral("agenda_item_id"));
        decision.position = decisions.integer(QStringLiteral("position"));
        decision.text = decisions.text(QStringLiteral("text"));
        meeting.decisions.push_back(decision);
    }
    SqlQuery followUps = select(QStringLiteral("SELECT %1 FROM follow_up f WHERE f.meeting_id = :meeting "
                                               "ORDER BY f.id")
                                    .arg(followUpColumns(QStringLiteral("f"))));
    if (Status status = followUps.exec(what); !status.ok())
        return status;
    meeting.followUps.clear();
    while (followUps.next())
        meeting.followUps.push_back(readFollowUp(followUps));
    SqlQuery recipients = select(QStringLiteral("SELECT contact_id FROM meeting_recipient WHERE meeting_id = :meeting "
                                                "ORDER BY id"));
    if (Status status = recipients.exec(what); !status.ok())
        return status;
    meeting.recipientContactIds.clear();
    while (recipients.next())
        meeting.recipientContactIds.push_back(recipients.id(QStringLiteral("contact_id")));
    return {};
}

} // namespace maillage::meetingsql
