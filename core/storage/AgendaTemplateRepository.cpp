// SPDX-License-Identifier: EUPL-1.2
#include "core/storage/AgendaTemplateRepository.h"

#include "core/storage/Database.h"
#include "core/storage/RecordSql.h"
#include "core/storage/SqlQuery.h"
#include "core/storage/Transaction.h"

#include <QCoreApplication>

namespace maillage {

namespace {

AgendaTemplate readTemplate(const SqlQuery& query)
{
    AgendaTemplate value;
    records::readRecord(query, value);
    value.instanceId = query.id(QStringLiteral("instance_id"));
    value.name = query.text(QStringLiteral("name"));
    return value;
}

} // namespace

Status AgendaTemplateRepository::create(AgendaTemplate& value)
{
    if (const QStringList problems = value.validate(); !problems.isEmpty())
        return records::invalid(problems);
    AgendaTemplate saved = value;
    const QString now = sql::nowStamp();
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    SqlQuery insert(m_db, QStringLiteral("INSERT INTO agenda_template (instance_id, name, created_at, updated_at, "
                                         "version) VALUES (:instance, :name, :now, :now, 1) RETURNING id"));
    insert.bind(QStringLiteral(":instance"), saved.instanceId)
        .bind(QStringLiteral(":name"), saved.name.trimmed())
        .bind(QStringLiteral(":now"), now);
    auto id = records::insertReturningId(
        insert, QCoreApplication::translate("maillage::AgendaTemplateRepository", "save the agenda template"));
    if (!id.ok())
        return id.error();
    records::stampInserted(saved, id.value(), now);
    if (Status status = writeItems(saved, now); !status.ok())
        return status;
    if (Status status = tx.commit(); !status.ok())
        return status;
    value = std::move(saved);
    return {};
}

Result<AgendaTemplate> AgendaTemplateRepository::get(qint64 id) const
{
    SqlQuery query(m_db, QStringLiteral("SELECT * FROM agenda_template WHERE id = :id"));
    query.bind(QStringLiteral(":id"), id);
    if (Status status =
            query.exec(QCoreApplication::translate("maillage::AgendaTemplateRepository", "read the agenda template"));
        !status.ok())
        return status.error();
    if (!query.next())
        return Error{Error::Kind::NotFound,
                     QCoreApplication::translate("maillage::AgendaTemplateRepository",
                                                 "This agenda template does not exist (any more)."),
                     QStringLiteral("agenda_template #%1").arg(id)};
    AgendaTemplate value = readTemplate(query);
    if (Status status = loadItems(value); !status.ok())
        return status.error();
    return value;
}

Status AgendaTemplateRepository::update(AgendaTemplate& value)
{
    if (const QStringList problems = value.validate(); !problems.isEmpty())
        return records::invalid(problems);
    AgendaTemplate saved = value;
    const QString now = sql::nowStamp();
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    SqlQuery update(m_db, QStringLiteral("UPDATE agenda_template SET instance_id = :instance, name = :name, "
                                         "updated_at = :now, version = version + 1 "
                                         "WHERE id = :id AND version = :version"));
    update.bind(QStringLiteral(":instance"), saved.instanceId)
        .bind(QStringLiteral(":name"), saved.name.trimmed())
        .bind(QStringLiteral(":now"), now)
        .bind(QStringLiteral(":id"), saved.id)
        .bind(QStringLiteral(":version"), saved.version);
    if (Status status =
            update.exec(QCoreApplication::translate("maillage::AgendaTemplateRepository", "save the agenda template"));
        !status.ok())
        return status;
    if (Status status =
            records::checkUpdated(m_db, QStringLiteral("agenda_template"), saved, update.rowsAffected(), now);
        !status.ok())
        return status;
    if (Status status = writeItems(saved, now); !status.ok())
        return status;
    if (Status status = tx.commit(); !status.ok())
        return status;
    value = std::move(saved);
    return {};
}

Status AgendaTemplateRepository::remove(qint64 id)
{
    return records::deleteById(
        m_db, QStringLiteral("agenda_template"), id,
        QCoreApplication::translate("maillage::AgendaTemplateRepository", "delete the agenda template"));
}

Result<std::vector<AgendaTemplate>> AgendaTemplateRepository::listByInstance(qint64 instanceId) const
{
    SqlQuery query(m_db, QStringLiteral("SELECT * FROM agenda_template WHERE instance_id = :instance "
                                        "ORDER BY name, id"));
    query.bind(QStringLiteral(":instance"), instanceId);
    if (Status status =
            query.exec(QCoreApplication::translate("maillage::AgendaTemplateRepository", "read the agenda templates"));
        !status.ok())
        return status.error();
    std::vector<AgendaTemplate> result;
    while (query.next())
        result.push_back(readTemplate(query));
    for (AgendaTemplate& value : result)
        if (Status status = loadItems(value); !status.ok())
            return status.error();
    return result;
}

// The lines are few: they are replaced whole on every save.
Status AgendaTemplateRepository::writeItems(AgendaTemplate& value, const QString& now)
{
    SqlQuery clear(m_db, QStringLiteral("DELETE FROM agenda_template_item WHERE template_id = :template"));
    clear.bind(QStringLiteral(":template"), value.id);
    if (Status status =
            clear.exec(QCoreApplication::translate("maillage::AgendaTemplateRepository", "save the agenda template"));
        !status.ok())
        return status;
    for (size_t i = 0; i < value.items.size(); ++i) {
        AgendaTemplateItem& item = value.items[i];
        item.templateId = value.id;
        item.position = int(i) + 1;
        SqlQuery insert(
            m_db, QStringLiteral(
                      "INSERT INTO agenda_template_item (template_id, position, title, presenter, duration_minutes, "
                      "confidential, item_kind, created_at, updated_at, version) VALUES (:template, :position, :title, "
                      ":presenter, :duration, :confidential, :kind, :now, :now, 1) RETURNING id"));
        insert.bind(QStringLiteral(":template"), value.id)
            .bind(QStringLiteral(":position"), item.position)
            .bind(QStringLiteral(":title"), item.title.trimmed())
            .bind(QStringLiteral(":presenter"), item.presenter)
            .bind(QStringLiteral(":duration"), item.durationMinutes)
            .bind(QStringLiteral(":confidential"), item.confidential)
            .bind(QStringLiteral(":kind"), codeOf(item.kind))
            .bind(QStringLiteral(":now"), now);
        auto id = records::insertReturningId(
            insert, QCoreApplication::translate("maillage::AgendaTemplateRepository", "save the agenda template"));
        if (!id.ok())
            return id.error();
        records::stampInserted(item, id.value(), now);
    }
    return {};
}

Status AgendaTemplateRepository::loadItems(AgendaTemplate& value) const
{
    SqlQuery query(m_db, QStringLiteral("SELECT * FROM agenda_template_item WHERE template_id = :template "
                                        "ORDER BY position, id"));
    query.bind(QStringLiteral(":template"), value.id);
    if (Status status =
            query.exec(QCoreApplication::translate("maillage::AgendaTemplateRepository", "read the agenda template"));
        !status.ok())
        return status;
    value.items.clear();
    while (query.next()) {
        AgendaTemplateItem item;
        records::readRecord(query, item);
        item.templateId = value.id;
        item.position = query.integer(QStringLiteral("position"));
        item.title = query.text(QStringLiteral("title"));
        item.presenter = query.text(QStringLiteral("presenter"));
        item.durationMinutes = query.integer(QStringLiteral("duration_minutes"));
        item.confidential = query.flag(QStringLiteral("confidential"));
        item.kind = fromCode(query.text(QStringLiteral("item_kind")), AgendaItemKind::Regular);
        value.items.push_back(item);
    }
    return {};
}

Result<MinutesVersion> MinutesVersionRepository::freeze(qint64 meetingId, const QDate& validatedOn, const QString& html)
{
    const QString what =
        QCoreApplication::translate("maillage::AgendaTemplateRepository", "freeze the validated minutes");
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    SqlQuery last(m_db, QStringLiteral("SELECT COALESCE(MAX(number), 0) AS last FROM minutes_version "
                                       "WHERE meeting_id = :meeting"));
    last.bind(QStringLiteral(":meeting"), meetingId);
    if (Status status = last.exec(what); !status.ok())
        return status.error();
    MinutesVersion version;
    version.meetingId = meetingId;
    version.number = last.next() ? last.integer(QStringLiteral("last")) + 1 : 1;
    version.validatedOn = validatedOn;
    version.contentHtml = html;
    if (!validatedOn.isValid())
        return Error{Error::Kind::Invalid,
                     validation::required(
                         QCoreApplication::translate("maillage::AgendaTemplateRepository", "Minutes validated on")),
                     {}};
    const QString now = sql::nowStamp();
    SqlQuery insert(m_db, QStringLiteral("INSERT INTO minutes_version (meeting_id, number, validated_on, content_html, "
                                         "created_at, updated_at, version) VALUES (:meeting, :number, :on, :html, "
                                         ":now, :now, 1) RETURNING id"));
    insert.bind(QStringLiteral(":meeting"), meetingId)
        .bind(QStringLiteral(":number"), version.number)
        .bind(QStringLiteral(":on"), validatedOn)
        .bind(QStringLiteral(":html"), html)
        .bind(QStringLiteral(":now"), now);
    auto id = records::insertReturningId(insert, what);
    if (!id.ok())
        return id.error();
    if (Status status = tx.commit(); !status.ok())
        return status.error();
    records::stampInserted(version, id.value(), now);
    return version;
}

Result<std::vector<MinutesVersion>> MinutesVersionRepository::list(qint64 meetingId) const
{
    SqlQuery query(m_db, QStringLiteral("SELECT * FROM minutes_version WHERE meeting_id = :meeting ORDER BY number"));
    query.bind(QStringLiteral(":meeting"), meetingId);
    if (Status status =
            query.exec(QCoreApplication::translate("maillage::AgendaTemplateRepository", "read the minutes versions"));
        !status.ok())
        return status.error();
    std::vector<MinutesVersion> result;
    while (query.next()) {
        MinutesVersion version;
        records::readRecord(query, version);
        version.meetingId = meetingId;
        version.number = query.integer(QStringLiteral("number"));
        version.validatedOn = query.date(QStringLiteral("validated_on"));
        version.contentHtml = query.text(QStringLiteral("content_html"));
        result.push_back(version);
    }
    return result;
}

} // namespace maillage
