// SPDX-License-Identifier: EUPL-1.2
#include "core/storage/UndoBatchRepository.h"

#include "core/storage/ContactRepository.h"
#include "core/storage/Database.h"
#include "core/storage/OrganisationRepository.h"
#include "core/storage/RecordSql.h"
#include "core/storage/SearchIndex.h"
#include "core/storage/SqlQuery.h"
#include "core/storage/TableCatalog.h"
#include "core/storage/Transaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace maillage {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("maillage::UndoBatchRepository", text);
}

// The tables a batch may touch: the ones imports and merges write.
bool undoable(const QString& entity)
{
    static const QStringList tables{QStringLiteral("contact"),     QStringLiteral("organisation"),
                                    QStringLiteral("affiliation"), QStringLiteral("instance_member"),
                                    QStringLiteral("attendance"),  QStringLiteral("council_partner")};
    return tables.contains(entity) && TableCatalog::find(entity) != nullptr;
}

// Columns restored from a snapshot: everything but the identity and the bookkeeping.
bool restored(const QString& column)
{
    return column != QLatin1String("id") && column != QLatin1String("version") &&
           column != QLatin1String("updated_at") && column != QLatin1String("created_at");
}

QVariant fromJson(const QJsonValue& value)
{
    if (value.isNull() || value.isUndefined())
        return {};
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (number == double(qint64(number)))
            return qint64(number);
        return number;
    }
    if (value.isBool())
        return value.toBool() ? 1 : 0;
    return value.toString();
}

Error unknownEntity(const QString& entity)
{
    return Error{Error::Kind::Invalid,
                 QCoreApplication::translate("maillage::UndoBatchRepository", "This change cannot be undone."), entity};
}

} // namespace

Result<qint64> UndoBatchRepository::begin(const QString& kind, const QString& label)
{
    SqlQuery insert(m_db, QStringLiteral("INSERT INTO undo_batch (kind, label, created_at, updated_at, version) "
                                         "VALUES (:kind, :label, :now, :now, 1) RETURNING id"));
    insert.bind(QStringLiteral(":kind"), kind)
        .bind(QStringLiteral(":label"), label)
        .bind(QStringLiteral(":now"), sql::nowStamp());
    return records::insertReturningId(insert, tr("record the batch"));
}

Status UndoBatchRepository::addItem(qint64 batchId, const QString& entity, qint64 entityId, const QString& action,
                                    const QString& before)
{
    if (!undoable(entity))
        return unknownEntity(entity);
    SqlQuery insert(m_db,
                    QStringLiteral("INSERT INTO undo_batch_item (batch_id, position, entity, entity_id, action, "
                                   "before_json, created_at, updated_at, version) VALUES (:batch, (SELECT "
                                   "COUNT(*) FROM undo_batch_item WHERE batch_id = :batch2), :entity, :entity_id, "
                                   ":action, :before, :now, :now, 1)"));
    insert.bind(QStringLiteral(":batch"), batchId)
        .bind(QStringLiteral(":batch2"), batchId)
        .bind(QStringLiteral(":entity"), entity)
        .bind(QStringLiteral(":entity_id"), entityId)
        .bind(QStringLiteral(":action"), action)
        .bind(QStringLiteral(":before"), before)
        .bind(QStringLiteral(":now"), sql::nowStamp());
    return insert.exec(tr("record the batch"));
}

Status UndoBatchRepository::recordCreated(qint64 batchId, const QString& entity, qint64 entityId)
{
    return addItem(batchId, entity, entityId, QStringLiteral("create"), {});
}

Status UndoBatchRepository::recordBeforeUpdate(qint64 batchId, const QString& entity, qint64 entityId)
{
    auto before = snapshot(entity, entityId);
    if (!before.ok())
        return before.error();
    return addItem(batchId, entity, entityId, QStringLiteral("update"), before.value());
}

Result<QString> UndoBatchRepository::snapshot(const QString& entity, qint64 entityId) const
{
    const TableSpec* table = TableCatalog::find(entity);
    if (!table || !undoable(entity))
        return unknownEntity(entity);
    QStringList columns;
    for (const ColumnSpec& column : table->columns)
        columns << column.name;
    SqlQuery query(m_db, QStringLiteral("SELECT %1 FROM %2 WHERE id = :id").arg(columns.join(u','), entity));
    query.bind(QStringLiteral(":id"), entityId);
    if (Status status = query.exec(tr("record the batch")); !status.ok())
        return status.error();
    if (!query.next())
        return Error{Error::Kind::NotFound, tr("The record to change does not exist (any more)."),
                     QStringLiteral("%1 #%2").arg(entity).arg(entityId)};
    QJsonObject object;
    for (int i = 0; i < columns.size(); ++i) {
        const QVariant value = query.value(i);
        object.insert(columns.at(i), value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue::fromVariant(value));
    }
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

Result<UndoBatch> UndoBatchRepository::get(qint64 id) const
{
    SqlQuery query(m_db, QStringLiteral("SELECT id, kind, label, undone_at, created_at, updated_at, version "
                                        "FROM undo_batch WHERE id = :id"));
    query.bind(QStringLiteral(":id"), id);
    if (Status status = query.exec(tr("read the batch")); !status.ok())
        return status.error();
    if (!query.next())
        return Error{Error::Kind::NotFound, tr("This batch does not exist (any more)."),
                     QStringLiteral("undo_batch #%1").arg(id)};
    UndoBatch batch;
    records::readRecord(query, batch);
    batch.kind = query.text(QStringLiteral("kind"));
    batch.label = query.text(QStringLiteral("label"));
    batch.undoneAt = query.text(QStringLiteral("undone_at"));
    SqlQuery items(m_db, QStringLiteral("SELECT id, position, entity, entity_id, action, before_json FROM "
                                        "undo_batch_item WHERE batch_id = :id ORDER BY position, id"));
    items.bind(QStringLiteral(":id"), id);
    if (Status status = items.exec(tr("read the batch")); !status.ok())
        return status.error();
    while (items.next())
        batch.items.push_back({items.id(QStringLiteral("id")), items.integer(QStringLiteral("position")),
                               items.text(QStringLiteral("entity")), items.id(QStringLiteral("entity_id")),
                               items.text(QStringLiteral("action")), items.text(QStringLiteral("before_json"))});
    return batch;
}

Result<qint64> UndoBatchRepository::latestUndoable(const QStringList& kinds) const
{
    QStringList placeholders;
    for (int i = 0; i < kinds.size(); ++i)
        placeholders << QStringLiteral(":k%1").arg(i);
    SqlQuery query(
        m_db, QStringLiteral("SELECT id FROM undo_batch WHERE undone_at IS NULL%1 ORDER BY id DESC LIMIT 1")
                  .arg(kinds.isEmpty() ? QString() : QStringLiteral(" AND kind IN (%1)").arg(placeholders.join(u','))));
    for (int i = 0; i < kinds.size(); ++i)
        query.bind(placeholders.at(i), kinds.at(i));
    if (Status status = query.exec(tr("read the batches")); !status.ok())
        return status.error();
    return query.next() ? query.value(0).toLongLong() : qint64(0);
}

Status UndoBatchRepository::removeCreated(const UndoBatchItem& item)
{
    if (item.entity == QLatin1String("contact"))
        return ContactRepository(m_db).remove(item.entityId);
    if (item.entity == QLatin1String("organisation"))
        return OrganisationRepository(m_db).remove(item.entityId);
    return records::deleteById(m_db, item.entity, item.entityId, tr("undo the batch"));
}

Status UndoBatchRepository::restore(const UndoBatchItem& item)
{
    const TableSpec* table = TableCatalog::find(item.entity);
    if (!table || !undoable(item.entity))
        return unknownEntity(item.entity);
    const QJsonObject before = QJsonDocument::fromJson(item.beforeJson.toUtf8()).object();
    QStringList assignments;
    QVariantList values;
    for (const ColumnSpec& column : table->columns) {
        if (!restored(column.name) || !before.contains(column.name))
            continue;
        assignments << QStringLiteral("%1 = :c%2").arg(column.name).arg(values.size());
        values << fromJson(before.value(column.name));
    }
    if (assignments.isEmpty())
        return unknownEntity(item.entity);
    SqlQuery update(m_db, QStringLiteral("UPDATE %1 SET %2, updated_at = :now, version = version + 1 WHERE id = :id")
                              .arg(item.entity, assignments.join(QStringLiteral(", "))));
    for (int i = 0; i < values.size(); ++i)
        update.bind(QStringLiteral(":c%1").arg(i), values.at(i));
    update.bind(QStringLiteral(":now"), sql::nowStamp()).bind(QStringLiteral(":id"), item.entityId);
    if (Status status = update.exec(tr("undo the batch")); !status.ok())
        return status;
    if (update.rowsAffected() != 1)
        return Error{Error::Kind::Conflict, tr("A record changed by the batch was deleted since: it cannot be undone."),
                     QStringLiteral("%1 #%2").arg(item.entity).arg(item.entityId)};
    if (item.entity == QLatin1String("contact"))
        return SearchIndex(m_db).refresh(SearchKind::Contact, item.entityId);
    if (item.entity == QLatin1String("organisation"))
        return SearchIndex(m_db).refresh(SearchKind::Organisation, item.entityId);
    return {};
}

Status UndoBatchRepository::undo(qint64 batchId)
{
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    auto batch = get(batchId);
    if (!batch.ok())
        return batch.error();
    if (batch->isUndone())
        return Error{Error::Kind::Conflict, tr("This batch was already undone."),
                     QStringLiteral("undo_batch #%1").arg(batchId)};
    // Newest first: an affiliation goes before its contact, a contact before its new organisation.
    for (auto it = batch->items.rbegin(); it != batch->items.rend(); ++it) {
        const Status status = it->action == QLatin1String("create") ? removeCreated(*it) : restore(*it);
        if (!status.ok())
            return status;
    }
    SqlQuery mark(m_db, QStringLiteral("UPDATE undo_batch SET undone_at = :now, updated_at = :now2, version = "
                                       "version + 1 WHERE id = :id"));
    const QString now = sql::nowStamp();
    mark.bind(QStringLiteral(":now"), now).bind(QStringLiteral(":now2"), now).bind(QStringLiteral(":id"), batchId);
    if (Status status = mark.exec(tr("undo the batch")); !status.ok())
        return status;
    return tx.commit();
}

} // namespace maillage
