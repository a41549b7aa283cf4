// SPDX-License-Identifier: EUPL-1.2
#include "core/storage/InstanceRepository.h"

#include "core/storage/Database.h"
#include "core/storage/NetworkSupport.h"
#include "core/storage/RecordSql.h"
#include "core/storage/SqlQuery.h"
#include "core/storage/Transaction.h"

#include <QCoreApplication>

namespace maillage {

using namespace network_sql;

namespace {

const QString kColumns = QStringLiteral("i.id, i.council_id, i.kind, i.name, i.theme, i.usual_place, i.cadence, "
                                        "i.quorum, i.referent_contact_id, i.active, i.notes, i.created_at, "
                                        "i.updated_at, i.version");

void bindInstance(SqlQuery& query, const Instance& value)
{
    query.bind(QStringLiteral(":council_id"), value.councilId)
        .bind(QStringLiteral(":kind"), codeOf(value.kind))
        .bind(QStringLiteral(":name"), value.name.trimmed())
        .bind(QStringLiteral(":theme"), value.theme)
        .bind(QStringLiteral(":usual_place"), value.usualPlace)
        .bind(QStringLiteral(":cadence"), value.cadence)
        .bind(QStringLiteral(":quorum"), value.quorum)
        .bindId(QStringLiteral(":referent_contact_id"), value.referentContactId)
        .bind(QStringLiteral(":active"), value.active)
        .bind(QStringLiteral(":notes"), value.notes);
}

Instance readInstance(const SqlQuery& query)
{
    Instance value;
    records::readRecord(query, value);
    value.councilId = query.id(QStringLiteral("council_id"));
    value.kind = enumAt<InstanceKind>(query, QStringLiteral("kind"));
    value.name = query.text(QStringLiteral("name"));
    value.theme = query.text(QStringLiteral("theme"));
    value.usualPlace = query.text(QStringLiteral("usual_place"));
    value.cadence = query.text(QStringLiteral("cadence"));
    value.quorum = query.integer(QStringLiteral("quorum"));
    value.referentContactId = query.id(QStringLiteral("referent_contact_id"));
    value.active = query.flag(QStringLiteral("active"));
    value.notes = query.text(QStringLiteral("notes"));
    return value;
}

InstanceMember readMember(const SqlQuery& query)
{
    InstanceMember member;
    records::readRecord(query, member);
    member.instanceId = query.id(QStringLiteral("instance_id"));
    member.contactId = query.id(QStringLiteral("contact_id"));
    member.organisationId = query.id(QStringLiteral("organisation_id"));
    member.role = enumAt<MemberRole>(query, QStringLiteral("role"));
    member.membership = enumAt<Membership>(query, QStringLiteral("membership"));
    member.seat = enumAt<Seat>(query, QStringLiteral("seat"));
    member.validFrom = query.date(QStringLiteral("valid_from"));
    member.validTo = query.date(QStringLiteral("valid_to"));
    return member;
}

QStringList problemsOf(const Instance& value)
{
    QStringList problems = value.validate();
    for (InstanceMember member : value.members) {
        member.instanceId = 1; // the repository sets the real one
        problems << member.validate();
    }
    return problems;
}

void bindMember(SqlQuery& query, const InstanceMember& member)
{
    query.bind(QStringLiteral(":instance_id"), member.instanceId)
        .bindId(QStringLiteral(":contact_id"), member.contactId)
        .bindId(QStringLiteral(":organisation_id"), member.organisationId)
        .bind(QStringLiteral(":role"), codeOf(member.role))
        .bind(QStringLiteral(":membership"), codeOf(member.membership))
        .bind(QStringLiteral(":seat"), codeOf(member.seat))
        .bind(QStringLiteral(":valid_from"), member.validFrom)
        .bind(QStringLiteral(":valid_to"), member.validTo);
}

Status saveMember(Database& db, InstanceMember& member, const QString& now)
{
    const QString what = QCoreApplication::translate("maillage::InstanceRepository", "save a member of the instance");
    if (!member.isNew()) {
        SqlQuery update(db, QStringLiteral("UPDATE instance_member SET contact_id = :contact_id, organisation_id = "
                                           ":organisation_id, role = :role, membership = :membership, seat = :seat, "
                                           "valid_from = :valid_from, valid_to = :valid_to, updated_at = :now, "
                                           "version = version + 1 WHERE id = :id AND instance_id = :instance_id"));
        bindMember(update, member);
        update.bind(QStringLiteral(":now"), now).bind(QStringLiteral(":id"), member.id);
        if (Status status = update.exec(what); !status.ok())
            return status;
        if (update.rowsAffected() > 0) {
            ++member.version;
            member.updatedAt = sql::toDateTime(now);
            return {};
        }
        // Not a member row of this instance: store it as new.
    }
    SqlQuery insert(db, QStringLiteral("INSERT INTO instance_member (instance_id, contact_id, organisation_id, role, "
                                       "membership, seat, valid_from, valid_to, created_at, updated_at, version) "
                                       "VALUES (:instance_id, :contact_id, :organisation_id, :role, :membership, "
                                       ":seat, :valid_from, :valid_to, :now, :now, 1) RETURNING id"));
    bindMember(insert, member);
    insert.bind(QStringLiteral(":now"), now);
    auto id = insertReturningId(insert, what);
    if (!id.ok())
        return id.error();
    records::stampInserted(member, id.value(), now);
    return {};
}

QString fromWhere(const Database& db, const InstanceFilter& filter)
{
    QString sql = QStringLiteral(" FROM instance i WHERE 1 = 1");
    if (filter.councilId > 0)
        sql += QStringLiteral(" AND i.council_id = :council_id");
    if (filter.kind)
        sql += QStringLiteral(" AND i.kind = :kind");
    if (filter.active)
        sql += QStringLiteral(" AND i.active = :active");
    if (!filter.text.trimmed().isEmpty())
        sql += QStringLiteral(" AND (%1 OR %2)")
                   .arg(db.dialect().foldedLike(QStringLiteral("i.name"), QStringLiteral(":text1")),
                        db.dialect().foldedLike(QStringLiteral("i.theme"), QStringLiteral(":text2")));
    return sql;
}

void bindFilter(SqlQuery& query, const InstanceFilter& filter)
{
    if (filter.councilId > 0)
        query.bind(QStringLiteral(":council_id"), filter.councilId);
    if (filter.kind)
        query.bind(QStringLiteral(":kind"), codeOf(*filter.kind));
    if (filter.active)
        query.bind(QStringLiteral(":active"), *filter.active);
    if (!filter.text.trimmed().isEmpty()) {
        const QString pattern = Dialect::containsPattern(filter.text);
        query.bind(QStringLiteral(":text1"), pattern).bind(QStringLiteral(":text2"), pattern);
    }
}

QString orderBy(const Database& db, const InstanceFilter& filter)
{
    const QString direction = filter.descending ? QStringLiteral(" DESC") : QString();
    const QString name = db.dialect().folded(QStringLiteral("i.name")) + direction;
    QString keys;
    switch (filter.sort) {
    case InstanceSort::Name:
        keys = name;
        break;
    case InstanceSort::Kind: {
        // The enum's display order (plénière, COPIL, …), not the alphabetical order of the codes.
        QString rank = QStringLiteral("CASE i.kind");
        int position = 0;
        for (const auto& entry : enumEntries<InstanceKind>())
            rank += QStringLiteral(" WHEN '%1' THEN %2").arg(QLatin1String(entry.code)).arg(position++);
        rank += QStringLiteral(" ELSE %1 END").arg(position);
        keys = rank + direction + QStringLiteral(", ") + name;
        break;
    }
    case InstanceSort::Updated:
        keys = QStringLiteral("i.updated_at") + direction;
        break;
    }
    return QStringLiteral(" ORDER BY ") + keys + QStringLiteral(", i.id") + direction;
}

} // namespace

InstanceRepository::InstanceRepository(Database& db) : m_db(db) {}

Status InstanceRepository::create(Instance& value)
{
    if (const QStringList problems = problemsOf(value); !problems.isEmpty())
        return invalid(problems);
    Instance saved = value; // the caller's value stays as it was if the save fails
    const QString now = sql::nowStamp();
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    SqlQuery insert(
        m_db,
        QStringLiteral(
            "INSERT INTO instance (council_id, kind, name, theme, usual_place, cadence, quorum, referent_contact_id, "
            "active, notes, created_at, updated_at, version) VALUES (:council_id, :kind, :name, :theme, :usual_place, "
            ":cadence, :quorum, :referent_contact_id, :active, :notes, :now, :now, 1) RETURNING id"));
    bindInstance(insert, saved);
    insert.bind(QStringLiteral(":now"), now);
    auto id =
        insertReturningId(insert, QCoreApplication::translate("maillage::InstanceRepository", "create the instance %1")
                                      .arg(saved.name.trimmed()));
    if (!id.ok())
        return id.error();
    records::stampInserted(saved, id.value(), now);
    for (InstanceMember& member : saved.members)
        member.id = 0;
    if (Status status = saveMembers(saved, now); !status.ok())
        return status;
    if (Status status = tx.commit(); !status.ok())
        return status;
    value = std::move(saved);
    return {};
}

Status InstanceRepository::update(Instance& value)
{
    if (const QStringList problems = problemsOf(value); !problems.isEmpty())
        return invalid(problems);
    Instance saved = value;
    const QString now = sql::nowStamp();
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    SqlQuery update(
        m_db,
        QStringLiteral(
            "UPDATE instance SET council_id = :council_id, kind = :kind, name = :name, theme = :theme, usual_place = "
            ":usual_place, cadence = :cadence, quorum = :quorum, referent_contact_id = :referent_contact_id, active = "
            ":active, notes = :notes, updated_at = :now, version = version + 1 WHERE id = :id AND version = :version"));
    bindInstance(update, saved);
    update.bind(QStringLiteral(":now"), now)
        .bind(QStringLiteral(":id"), saved.id)
        .bind(QStringLiteral(":version"), saved.version);
    if (Status status = update.exec(QCoreApplication::translate("maillage::InstanceRepository", "save the instance %1")
                                        .arg(saved.name.trimmed()));
        !status.ok())
        return status;
    if (Status status = records::checkUpdated(m_db, QStringLiteral("instance"), saved, update.rowsAffected(), now);
        !status.ok())
        return status;
    if (Status status = saveMembers(saved, now); !status.ok())
        return status;
    if (Status status = tx.commit(); !status.ok())
        return status;
    value = std::move(saved);
    return {};
}

Status InstanceRepository::saveMembers(Instance& value, const QString& now)
{
    std::vector<qint64> kept;
    for (const InstanceMember& member : value.members)
        if (!member.isNew())
            kept.push_back(member.id);
    if (Status status = deleteChildrenNotIn(
            m_db, QStringLiteral("instance_member"), QStringLiteral("instance_id"), value.id, kept,
            QCoreApplication::translate("maillage::InstanceRepository", "remove a member of the instance"));
        !status.ok())
        return status;
    for (InstanceMember& member : value.members) {
        member.instanceId = value.id;
        if (Status status = saveMember(m_db, member, now); !status.ok())
            return status;
    }
    return {};
}

Result<Instance> InstanceRepository::get(qint64 id) const
{
    SqlQuery query(m_db, QStringLiteral("SELECT %1 FROM instance i WHERE i.id = :id").arg(kColumns));
    query.bind(QStringLiteral(":id"), id);
    if (Status status = query.exec(QCoreApplication::translate("maillage::InstanceRepository", "read the instance"));
        !status.ok())
        return status.error();
    if (!query.next())
        return Error{
            Error::Kind::NotFound,
            QCoreApplication::translate("maillage::InstanceRepository", "This instance does not exist (any more)."),
            QStringLiteral("instance #%1").arg(id)};
    Instance value = readInstance(query);
    auto members = readMembers(id, QDate());
    if (!members.ok())
        return members.error();
    value.members = std::move(members.value());
    return value;
}

Status InstanceRepository::remove(qint64 id)
{
    Transaction tx(m_db); // members and meetings go with it
    if (!tx.ok())
        return tx.error();
    if (Status status =
            records::deleteById(m_db, QStringLiteral("instance"), id,
                                QCoreApplication::translate("maillage::InstanceRepository", "delete the instance"));
        !status.ok())
        return status;
    return tx.commit();
}

Result<std::vector<Instance>> InstanceRepository::list(const InstanceFilter& filter) const
{
    SqlQuery query(m_db, QStringLiteral("SELECT ") + kColumns + fromWhere(m_db, filter) + orderBy(m_db, filter));
    bindFilter(query, filter);
    if (Status status = query.exec(QCoreApplication::translate("maillage::InstanceRepository", "list the instances"));
        !status.ok())
        return status.error();
    std::vector<Instance> instances;
    while (query.next())
        instances.push_back(readInstance(query));
    return instances;
}

int InstanceRepository::count(const InstanceFilter& filter) const
{
    SqlQuery query(m_db, QStringLiteral("SELECT COUNT(*)") + fromWhere(m_db, filter));
    bindFilter(query, filter);
    if (!query.exec(QCoreApplication::translate("maillage::InstanceRepository", "count the instances")).ok() ||
        !query.next())
        return 0;
    return query.value(0).toInt();
}

Result<std::vector<InstanceMember>> InstanceRepository::membersOn(qint64 instanceId, const QDate& day) const
{
    return readMembers(instanceId, day.isValid() ? day : QDate::currentDate());
}

Result<std::vector<InstanceMember>> InstanceRepository::readMembers(qint64 instanceId, const QDate& day) const
{
    // Without a day: every member in the order they were added; with one: those seated that day, chairs first.
    QString statement = QStringLiteral("SELECT id, instance_id, contact_id, organisation_id, role, membership, seat, "
                                       "valid_from, valid_to, created_at, updated_at, version FROM instance_member "
                                       "WHERE instance_id = :instance");
    if (day.isValid())
        statement += QStringLiteral(" AND (valid_from IS NULL OR valid_from <= :day1) AND (valid_to IS NULL OR "
                                    "valid_to >= :day2) ORDER BY CASE WHEN role = '%1' THEN 0 ELSE 1 END, id")
                         .arg(codeOf(MemberRole::Chair));
    else
        statement += QStringLiteral(" ORDER BY id");
    SqlQuery query(m_db, statement);
    query.bind(QStringLiteral(":instance"), instanceId);
    if (day.isValid())
        query.bind(QStringLiteral(":day1"), day).bind(QStringLiteral(":day2"), day);
    if (Status status =
            query.exec(QCoreApplication::translate("maillage::InstanceRepository", "read the members of the instance"));
        !status.ok())
        return status.error();
    std::vector<InstanceMember> members;
    while (query.next())
        members.push_back(readMember(query));
    return members;
}

} // namespace maillage
