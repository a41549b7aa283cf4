// SPDX-License-Identifier: EUPL-1.2
// Undoing a merge recorded by MergeSql.cpp.
#include "core/storage/Database.h"
#include "core/storage/MergeSql.h"
#include "core/storage/RowSnapshot.h"
#include "core/storage/SearchIndex.h"
#include "core/storage/SqlQuery.h"
#include "core/storage/TableCatalog.h"
#include "core/storage/Transaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace maillage::mergesql {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(MergeSql)
};

struct Item
{
    QString entity;
    qint64 entityId = 0;
    QString action;
    QJsonObject before;
};

Status apply(Database& db, const Item& item)
{
    const TableSpec* table = TableCatalog::find(item.entity);
    if (!table)
        return Error{Error::Kind::Invalid, Text::tr("The merge names an unknown table."), item.entity};
    if (item.action == QLatin1String("remove") || item.action == QLatin1String("delete"))
        return rowsnapshot::insert(db, *table, item.before);
    if (item.action == QLatin1String("update")) {
        auto current = rowsnapshot::read(db, *table, item.entityId);
        if (!current)
            return current.error();
        if (!current.value())
            return Error{Error::Kind::NotFound, Text::tr("The kept record was deleted since the merge."), {}};
        return rowsnapshot::restore(db, *table, item.before);
    }
    const QString column = item.before.value(QStringLiteral("column")).toString();
    if (!table->column(column))
        return Error{Error::Kind::Invalid, Text::tr("The merge names an unknown column."), column};
    SqlQuery query(db, QStringLiteral("UPDATE %1 SET %2 = :value WHERE id = :id").arg(table->name, column));
    query.bind(QStringLiteral(":value"), item.before.value(QStringLiteral("value")).toInteger());
    query.bind(QStringLiteral(":id"), item.entityId);
    return query.exec(Text::tr("move a link back"));
}

int rank(const QString& action)
{
    // Parents before children: the removed record, then dropped links, moved links, the kept record.
    if (action == QLatin1String("remove"))
        return 0;
    if (action == QLatin1String("delete"))
        return 1;
    if (action == QLatin1String("repoint"))
        return 2;
    return 3;
}

} // namespace

Status undo(Database& db, qint64 batchId)
{
    Transaction transaction(db);
    if (!transaction.ok())
        return transaction.error();
    SqlQuery head(db, QStringLiteral("SELECT kind, undone_at FROM undo_batch WHERE id = :id"));
    head.bind(QStringLiteral(":id"), batchId);
    if (Status status = head.exec(Text::tr("read the merge to undo")); !status.ok())
        return status;
    if (!head.next())
        return Error{Error::Kind::NotFound, Text::tr("This merge can no longer be undone."), {}};
    if (head.text(QStringLiteral("kind")) != QLatin1String("merge") || !head.value(1).isNull())
        return Error{Error::Kind::Conflict, Text::tr("This merge was already undone."), {}};

    SqlQuery read(db, QStringLiteral("SELECT entity, entity_id, action, before_json FROM undo_batch_item "
                                     "WHERE batch_id = :id ORDER BY position"));
    read.bind(QStringLiteral(":id"), batchId);
    if (Status status = read.exec(Text::tr("read the merge to undo")); !status.ok())
        return status;
    std::vector<Item> items;
    while (read.next())
        items.push_back({read.text(QStringLiteral("entity")), read.id(QStringLiteral("entity_id")),
                         read.text(QStringLiteral("action")),
                         QJsonDocument::fromJson(read.text(QStringLiteral("before_json")).toUtf8()).object()});
    std::stable_sort(items.begin(), items.end(),
                     [](const Item& a, const Item& b) { return rank(a.action) < rank(b.action); });
    const SearchIndex index(db);
    for (const Item& item : items) {
        if (Status status = apply(db, item); !status.ok())
            return status;
        if (item.action == QLatin1String("remove") || item.action == QLatin1String("update")) {
            const SearchKind kind =
                item.entity == QLatin1String("contact") ? SearchKind::Contact : SearchKind::Organisation;
            if (Status status = index.refresh(kind, item.entityId); !status.ok())
                return status;
        }
    }
    SqlQuery done(db, QStringLiteral("UPDATE undo_batch SET undone_at = :now, updated_at = :now, "
                                     "version = version + 1 WHERE id = :id"));
    done.bind(QStringLiteral(":now"), sql::nowStamp()).bind(QStringLiteral(":id"), batchId);
    if (Status status = done.exec(Text::tr("mark the merge as undone")); !status.ok())
        return status;
    return transaction.commit();
}

Result<std::vector<std::pair<QString, int>>> linkCounts(Database& db, const QString& table, qint64 id)
{
    std::vector<std::pair<QString, int>> counts;
    for (const TableSpec& spec : TableCatalog::tables())
        for (const ColumnSpec& column : spec.columns) {
            if (column.references != table)
                continue;
            SqlQuery query(db, QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2 = :id").arg(spec.name, column.name));
            query.bind(QStringLiteral(":id"), id);
            if (Status status = query.exec(Text::tr("count the links of the record")); !status.ok())
                return status.error();
            if (query.next() && query.value(0).toInt() > 0)
                counts.emplace_back(spec.name + u'.' + column.name, query.value(0).toInt());
        }
    return counts;
}

Result<std::optional<QJsonObject>> record(Database& db, const QString& table, qint64 id)
{
    const TableSpec* spec = TableCatalog::find(table);
    if (!spec)
        return Error{Error::Kind::Invalid, Text::tr("The merge names an unknown table."), table};
    return rowsnapshot::read(db, *spec, id);
}

Result<std::vector<UndoBatchInfo>> batches(Database& db, const QString& kind)
{
    SqlQuery query(db, QStringLiteral("SELECT id, kind, label, undone_at, created_at FROM undo_batch "
                                      "WHERE kind = :kind ORDER BY id DESC"));
    query.bind(QStringLiteral(":kind"), kind);
    if (Status status = query.exec(Text::tr("list the merges")); !status.ok())
        return status.error();
    std::vector<UndoBatchInfo> list;
    while (query.next())
        list.push_back({query.id(QStringLiteral("id")), query.text(QStringLiteral("kind")),
                        query.text(QStringLiteral("label")),
                        QDateTime::fromString(query.text(QStringLiteral("created_at")), Qt::ISODateWithMs),
                        !query.value(QStringLiteral("undone_at")).isNull()});
    return list;
}

} // namespace maillage::mergesql
