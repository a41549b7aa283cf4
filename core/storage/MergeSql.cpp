// SPDX-License-Identifier: EUPL-1.2
#include "core/storage/MergeSql.h"

#include "core/storage/Database.h"
#include "core/storage/RecordSql.h"
#include "core/storage/RowSnapshot.h"
#include "core/storage/SearchIndex.h"
#include "core/storage/SqlQuery.h"
#include "core/storage/TableCatalog.h"
#include "core/storage/Transaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <map>

namespace maillage::mergesql {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(MergeSql)
};

// Links that would appear twice on the kept record (same meeting, same instance and role…): the
// removed record's copy is dropped. Any other referencing column is simply re-pointed.
const std::map<QString, QStringList>& naturalKeys()
{
    static const std::map<QString, QStringList> keys{
        {QStringLiteral("meeting_recipient.contact_id"), {QStringLiteral("meeting_id")}},
        {QStringLiteral("attendance.contact_id"), {QStringLiteral("meeting_id")}},
        {QStringLiteral("instance_member.contact_id"), {QStringLiteral("instance_id"), QStringLiteral("role")}},
        {QStringLiteral("instance_member.organisation_id"),
         {QStringLiteral("instance_id"), QStringLiteral("role"), QStringLiteral("contact_id")}},
        {QStringLiteral("affiliation.contact_id"),
         {QStringLiteral("organisation_id"), QStringLiteral("valid_from"), QStringLiteral("valid_to")}},
        {QStringLiteral("affiliation.organisation_id"),
         {QStringLiteral("contact_id"), QStringLiteral("valid_from"), QStringLiteral("valid_to")}},
        {QStringLiteral("action_partner.organisation_id"), {QStringLiteral("action_sheet_id"), QStringLiteral("role")}},
        {QStringLiteral("event_partner.organisation_id"), {QStringLiteral("event_id")}},
        {QStringLiteral("council_partner.organisation_id"), {QStringLiteral("council_id")}},
    };
    return keys;
}

bool sameKey(const QJsonObject& a, const QJsonObject& b, const QStringList& columns)
{
    for (const QString& column : columns)
        if (a.value(column) != b.value(column))
            return false;
    return true;
}

bool isBookkeeping(const QString& column)
{
    return column == QLatin1String("id") || column == QLatin1String("created_at") ||
           column == QLatin1String("updated_at") || column == QLatin1String("version") ||
           column == QLatin1String("erased_on");
}

bool isEmpty(const QJsonValue& value)
{
    return value.isNull() || (value.isString() && value.toString().trimmed().isEmpty());
}

std::optional<SearchKind> searchKindOf(const QString& table)
{
    if (table == QLatin1String("contact"))
        return SearchKind::Contact;
    if (table == QLatin1String("organisation"))
        return SearchKind::Organisation;
    return std::nullopt;
}

class BatchWriter
{
public:
    explicit BatchWriter(Database& db) : m_db(db) {}

    Result<qint64> open(const QString& kind, const QString& label)
    {
        const QString now = sql::nowStamp();
        SqlQuery query(m_db, QStringLiteral("INSERT INTO undo_batch (kind, label, created_at, updated_at) "
                                            "VALUES (:kind, :label, :now, :now) RETURNING id"));
        query.bind(QStringLiteral(":kind"), kind).bind(QStringLiteral(":label"), label);
        query.bind(QStringLiteral(":now"), now);
        auto id = records::insertReturningId(query, Text::tr("record the merge so that it can be undone"));
        if (id)
            m_batchId = id.value();
        return id;
    }

    Status add(const QString& entity, qint64 entityId, const QString& action, const QJsonObject& before)
    {
        const QString now = sql::nowStamp();
        SqlQuery query(m_db, QStringLiteral("INSERT INTO undo_batch_item (batch_id, position, entity, entity_id, "
                                            "action, before_json, created_at, updated_at) VALUES (:batch, :position, "
                                            ":entity, :entity_id, :action, :before, :now, :now)"));
        query.bind(QStringLiteral(":batch"), m_batchId).bind(QStringLiteral(":position"), m_position++);
        query.bind(QStringLiteral(":entity"), entity).bind(QStringLiteral(":entity_id"), entityId);
        query.bind(QStringLiteral(":action"), action);
        query.bind(QStringLiteral(":before"), QString::fromUtf8(QJsonDocument(before).toJson(QJsonDocument::Compact)));
        query.bind(QStringLiteral(":now"), now);
        return query.exec(Text::tr("record the merge so that it can be undone"));
    }

private:
    Database& m_db;
    qint64 m_batchId = 0;
    int m_position = 0;
};

Status moveLinks(Database& db, BatchWriter& batch, const QString& target, qint64 keepId, qint64 removeId,
                 MergeOutcome& outcome)
{
    for (const TableSpec& table : TableCatalog::tables()) {
        for (const ColumnSpec& column : table.columns) {
            if (column.references != target)
                continue;
            auto moving = rowsnapshot::readWhere(db, table, column.name, removeId);
            if (!moving)
                return moving.error();
            if (moving.value().empty())
                continue;
            const auto key = naturalKeys().find(table.name + u'.' + column.name);
            std::vector<QJsonObject> kept;
            if (key != naturalKeys().end()) {
                auto rows = rowsnapshot::readWhere(db, table, column.name, keepId);
                if (!rows)
                    return rows.error();
                kept = std::move(rows.value());
            }
            for (const QJsonObject& row : moving.value()) {
                const qint64 rowId = row.value(QStringLiteral("id")).toInteger();
                bool duplicate = false;
                if (key != naturalKeys().end())
                    for (const QJsonObject& other : kept)
                        duplicate = duplicate || sameKey(row, other, key->second);
                if (duplicate) {
                    if (Status status = batch.add(table.name, rowId, QStringLiteral("delete"), row); !status.ok())
                        return status;
                    if (Status status = records::deleteById(db, table.name, rowId, Text::tr("drop a duplicate link"));
                        !status.ok())
                        return status;
                    ++outcome.collapsed;
                    continue;
                }
                QJsonObject before{{QStringLiteral("column"), column.name}, {QStringLiteral("value"), removeId}};
                if (Status status = batch.add(table.name, rowId, QStringLiteral("repoint"), before); !status.ok())
                    return status;
                SqlQuery update(db,
                                QStringLiteral("UPDATE %1 SET %2 = :keep WHERE id = :id").arg(table.name, column.name));
                update.bind(QStringLiteral(":keep"), keepId).bind(QStringLiteral(":id"), rowId);
                if (Status status = update.exec(Text::tr("move a link to the kept record")); !status.ok())
                    return status;
                ++outcome.repointed;
            }
        }
    }
    return {};
}

Status fillKept(Database& db, const TableSpec& table, const QJsonObject& kept, const QJsonObject& removed,
                MergeOutcome& outcome)
{
    QStringList assignments;
    for (const ColumnSpec& column : table.columns) {
        if (isBookkeeping(column.name) || !column.references.isEmpty())
            continue;
        if (isEmpty(kept.value(column.name)) && !isEmpty(removed.value(column.name))) {
            assignments << column.name + QStringLiteral(" = :") + column.name;
            outcome.filled << column.name;
        }
    }
    SqlQuery query(
        db, QStringLiteral("UPDATE %1 SET %2updated_at = :now, version = version + 1 WHERE id = :id")
                .arg(table.name, assignments.isEmpty() ? QString() : assignments.join(u", ") + QStringLiteral(", ")));
    for (const QString& name : outcome.filled)
        query.bind(u':' + name, rowsnapshot::fromJson(*table.column(name), removed.value(name)));
    query.bind(QStringLiteral(":now"), sql::nowStamp());
    query.bind(QStringLiteral(":id"), kept.value(QStringLiteral("id")).toInteger());
    return query.exec(Text::tr("complete the kept record"));
}

} // namespace

Result<MergeOutcome> merge(Database& db, const QString& table, qint64 keepId, qint64 removeId, const QString& label)
{
    const TableSpec* spec = TableCatalog::find(table);
    if (!spec || !searchKindOf(table))
        return Error{Error::Kind::Invalid, Text::tr("Only contacts and organisations can be merged."), table};
    if (keepId == removeId)
        return Error{Error::Kind::Invalid, Text::tr("A record cannot be merged with itself."), {}};
    Transaction transaction(db);
    if (!transaction.ok())
        return transaction.error();
    auto kept = rowsnapshot::read(db, *spec, keepId);
    auto removed = rowsnapshot::read(db, *spec, removeId);
    if (!kept)
        return kept.error();
    if (!removed)
        return removed.error();
    if (!kept.value() || !removed.value())
        return Error{Error::Kind::NotFound, Text::tr("One of the two records no longer exists."), {}};

    MergeOutcome outcome;
    BatchWriter batch(db);
    auto batchId = batch.open(QStringLiteral("merge"), label);
    if (!batchId)
        return batchId.error();
    outcome.batchId = batchId.value();
    // Order matters for undo: the kept record's old state first, the removed record last.
    if (Status status = batch.add(table, keepId, QStringLiteral("update"), *kept.value()); !status.ok())
        return status.error();
    if (Status status = moveLinks(db, batch, table, keepId, removeId, outcome); !status.ok())
        return status.error();
    if (Status status = fillKept(db, *spec, *kept.value(), *removed.value(), outcome); !status.ok())
        return status.error();
    if (Status status = batch.add(table, removeId, QStringLiteral("remove"), *removed.value()); !status.ok())
        return status.error();
    if (Status status = records::deleteById(db, table, removeId, Text::tr("delete the merged record")); !status.ok())
        return status.error();
    const SearchIndex index(db);
    if (Status status = index.remove(*searchKindOf(table), removeId); !status.ok())
        return status.error();
    if (Status status = index.refresh(*searchKindOf(table), keepId); !status.ok())
        return status.error();
    if (Status status = transaction.commit(); !status.ok())
        return status.error();
    return outcome;
}

} // namespace maillage::mergesql
