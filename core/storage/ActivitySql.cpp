// SPDX-License-Identifier: EUPL-1.2
#include "core/storage/ActivitySql.h"

#include "core/storage/Database.h"
#include "core/storage/SqlQuery.h"
#include "core/storage/SqliteFunctions.h"

#include <QCoreApplication>

namespace maillage::activity {

QString insertStatement(const QString& table, const QStringList& columns, bool withId)
{
    QStringList names = columns;
    names << QStringLiteral("created_at") << QStringLiteral("updated_at") << QStringLiteral("version");
    if (withId)
        names.prepend(QStringLiteral("id"));
    QStringList placeholders;
    for (const QString& name : names)
        placeholders << u':' + name;
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) RETURNING id")
        .arg(table, names.join(QStringLiteral(", ")), placeholders.join(QStringLiteral(", ")));
}

Result<QSet<qint64>> childIds(const Database& db, const QString& table, const QString& parentColumn, qint64 parentId)
{
    SqlQuery query(db, QStringLiteral("SELECT id FROM %1 WHERE %2 = :parent").arg(table, parentColumn));
    query.bind(QStringLiteral(":parent"), parentId);
    if (Status status = query.exec(QCoreApplication::translate("maillage::activity", "read the existing details"));
        !status.ok())
        return status.error();
    QSet<qint64> ids;
    while (query.next())
        ids.insert(query.value(0).toLongLong());
    return ids;
}

Status deleteChildren(const Database& db, const QString& table, const QString& parentColumn, qint64 parentId,
                      const QString& what)
{
    SqlQuery query(db, QStringLiteral("DELETE FROM %1 WHERE %2 = :parent").arg(table, parentColumn));
    query.bind(QStringLiteral(":parent"), parentId);
    return query.exec(what);
}

void bindChildStamp(SqlQuery& query, const Record& child, bool keepsId, const QString& now)
{
    if (keepsId)
        query.bind(QStringLiteral(":id"), child.id);
    const bool keepCreated = keepsId && child.createdAt.isValid();
    query.bind(QStringLiteral(":created_at"), keepCreated ? child.createdAt.toUTC().toString(Qt::ISODateWithMs) : now);
    query.bind(QStringLiteral(":updated_at"), now);
    query.bind(QStringLiteral(":version"), keepsId && child.version > 0 ? child.version : 1);
}

QString Conditions::param(const QVariant& value)
{
    const QString name = QStringLiteral(":p%1").arg(m_values.size() + 1);
    m_values.emplace_back(name, value);
    return name;
}

QString Conditions::where() const
{
    return m_clauses.isEmpty() ? QString() : QStringLiteral(" WHERE ") + m_clauses.join(QStringLiteral(" AND "));
}

void Conditions::bindTo(SqlQuery& query) const
{
    for (const auto& [name, value] : m_values)
        query.bind(name, value);
}

QString paging(const Database& db, int limit, int offset)
{
    QString clause;
    if (limit > 0)
        clause += QStringLiteral(" LIMIT %1").arg(limit);
    else if (offset > 0 && db.engine() == Engine::Sqlite)
        clause += QStringLiteral(" LIMIT -1"); // SQLite needs a LIMIT before OFFSET
    if (offset > 0)
        clause += QStringLiteral(" OFFSET %1").arg(offset);
    return clause;
}

} // namespace maillage::activity
