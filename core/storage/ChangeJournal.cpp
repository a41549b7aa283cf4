// SPDX-License-Identifier: EUPL-1.2
#include "core/storage/ChangeJournal.h"

#include "core/storage/Database.h"
#include "core/storage/SqlQuery.h"
#include "core/storage/TableCatalog.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace maillage::journal {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("maillage::journal", text);
}

// The same UTC stamp the repositories write (Qt::ISODateWithMs).
const QString kSqliteNow = QStringLiteral("strftime('%Y-%m-%dT%H:%M:%fZ', 'now')");

// Columns an update may change that are worth naming: not the bookkeeping.
QStringList trackedColumns(const TableSpec& table)
{
    static const QStringList bookkeeping{QStringLiteral("id"), QStringLiteral("created_at"),
                                         QStringLiteral("updated_at"), QStringLiteral("version")};
    QStringList columns;
    for (const ColumnSpec& column : table.columns) {
        if (!bookkeeping.contains(column.name))
            columns << column.name;
    }
    std::sort(columns.begin(), columns.end()); // byte order, as PostgreSQL's COLLATE "C"
    return columns;
}

QString sqliteTrigger(const QString& table, const QString& event, const QString& row, const QString& fields)
{
    // TEMP triggers: per connection, regenerated from the catalog, and allowed to read temp tables.
    return QStringLiteral("CREATE TEMP TRIGGER IF NOT EXISTS journal_%1_%2 AFTER %3 ON main.%1 "
                          "WHEN (SELECT enabled FROM temp.journal_session) = 1 BEGIN "
                          "INSERT INTO change_journal (changed_at, user_name, entity, entity_id, action, fields, "
                          "created_at, updated_at, version) "
                          "SELECT %4, (SELECT user_name FROM temp.journal_session), '%1', %5.id, '%2', f, %4, %4, 1 "
                          "FROM (SELECT %6 AS f) WHERE %7; END")
        .arg(table, event.toLower(), event, kSqliteNow, row, fields,
             event == QLatin1String("UPDATE") ? QStringLiteral("f <> ''") : QStringLiteral("1"));
}

Status execAll(Database& db, const QStringList& statements)
{
    QSqlQuery query(db.connection());
    for (const QString& statement : statements) {
        if (!query.exec(statement))
            return Error{Error::Kind::Internal, tr("The change journal could not be started."),
                         statement.left(200) + QStringLiteral(": ") + query.lastError().text()};
    }
    return {};
}

Entry readEntry(const SqlQuery& query)
{
    Entry entry;
    entry.changedAt = QDateTime::fromString(query.text(QStringLiteral("changed_at")), Qt::ISODateWithMs);
    entry.userName = query.text(QStringLiteral("user_name"));
    entry.entity = query.text(QStringLiteral("entity"));
    entry.entityId = query.id(QStringLiteral("entity_id"));
    entry.action = query.text(QStringLiteral("action"));
    const QString fields = query.text(QStringLiteral("fields"));
    if (!fields.isEmpty())
        entry.fields = fields.split(u',');
    return entry;
}

Result<std::vector<Entry>> readEntries(SqlQuery& query)
{
    if (Status status = query.exec(tr("read the change journal")); !status.ok())
        return status.error();
    std::vector<Entry> entries;
    while (query.next())
        entries.push_back(readEntry(query));
    return entries;
}

} // namespace

QStringList journaledTables()
{
    static const QStringList excluded{QStringLiteral("change_journal"), QStringLiteral("undo_batch"),
                                      QStringLiteral("undo_batch_item")};
    QStringList tables;
    for (const TableSpec& table : TableCatalog::tables()) {
        if (!excluded.contains(table.name))
            tables << table.name;
    }
    return tables;
}

QString systemUserName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME"); // Windows
    return name;
}

Status install(Database& db, const QString& userName)
{
    if (db.schemaVersion() < 6)
        return {}; // no journal table yet
    const QString user = userName.isEmpty() ? systemUserName() : userName;
    if (db.engine() == Engine::Postgres) {
        // The triggers are part of the schema; the session says who is writing (default: the role).
        SqlQuery set(db, QStringLiteral("SELECT set_config('maillage.user', :user, false), "
                                        "set_config('maillage.journal', 'on', false)"));
        set.bind(QStringLiteral(":user"), userName);
        return set.exec(tr("start the change journal"));
    }
    QStringList statements{
        QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS journal_session (enabled INTEGER NOT NULL, user_name TEXT)"),
        QStringLiteral("DELETE FROM temp.journal_session")};
    for (const QString& name : journaledTables()) {
        const TableSpec* table = TableCatalog::find(name);
        if (!table || table->since > db.schemaVersion())
            continue;
        QStringList changes;
        for (const QString& column : trackedColumns(*table))
            changes << QStringLiteral("CASE WHEN OLD.%1 IS NOT NEW.%1 THEN ',%1' ELSE '' END").arg(column);
        const QString fields =
            changes.isEmpty() ? QStringLiteral("''") : QStringLiteral("ltrim(%1, ',')").arg(changes.join(u" || "));
        statements << sqliteTrigger(name, QStringLiteral("INSERT"), QStringLiteral("NEW"), QStringLiteral("''"))
                   << sqliteTrigger(name, QStringLiteral("UPDATE"), QStringLiteral("NEW"), fields)
                   << sqliteTrigger(name, QStringLiteral("DELETE"), QStringLiteral("OLD"), QStringLiteral("''"));
    }
    if (Status status = execAll(db, statements); !status.ok())
        return status;
    SqlQuery session(db, QStringLiteral("INSERT INTO temp.journal_session (enabled, user_name) VALUES (1, :user)"));
    session.bind(QStringLiteral(":user"), user);
    return session.exec(tr("start the change journal"));
}

Status setEnabled(Database& db, bool enabled)
{
    if (db.schemaVersion() < 6)
        return {};
    if (db.engine() == Engine::Postgres) {
        SqlQuery set(db, QStringLiteral("SELECT set_config('maillage.journal', :state, false)"));
        set.bind(QStringLiteral(":state"), enabled ? QStringLiteral("on") : QStringLiteral("off"));
        return set.exec(tr("start the change journal"));
    }
    QSqlQuery exists(db.connection());
    if (!exists.exec(QStringLiteral("SELECT 1 FROM temp.sqlite_master WHERE name = 'journal_session'")) ||
        !exists.next())
        return {}; // not installed on this connection: nothing to suspend
    SqlQuery set(db, QStringLiteral("UPDATE temp.journal_session SET enabled = :enabled"));
    set.bind(QStringLiteral(":enabled"), enabled ? 1 : 0);
    return set.exec(tr("start the change journal"));
}

Result<int> purgeOlderThan(Database& db, int months, const QDateTime& now)
{
    if (db.schemaVersion() < 6)
        return 0;
    SqlQuery purge(db, QStringLiteral("DELETE FROM change_journal WHERE changed_at < :limit"));
    purge.bind(QStringLiteral(":limit"), now.toUTC().addMonths(-months).toString(Qt::ISODateWithMs));
    if (Status status = purge.exec(tr("forget old entries of the change journal")); !status.ok())
        return status.error();
    return purge.rowsAffected();
}

Result<std::vector<Entry>> entriesFor(Database& db, const QString& entity, qint64 entityId)
{
    SqlQuery query(db, QStringLiteral("SELECT changed_at, user_name, entity, entity_id, action, fields "
                                      "FROM change_journal WHERE entity = :entity AND entity_id = :id "
                                      "ORDER BY changed_at, id"));
    query.bind(QStringLiteral(":entity"), entity);
    query.bind(QStringLiteral(":id"), entityId);
    return readEntries(query);
}

Result<std::vector<Entry>> latest(Database& db, int limit)
{
    SqlQuery query(db, QStringLiteral("SELECT changed_at, user_name, entity, entity_id, action, fields "
                                      "FROM change_journal ORDER BY changed_at DESC, id DESC LIMIT %1")
                           .arg(std::max(0, limit)));
    return readEntries(query);
}

Pause::Pause(Database& db) : m_db(db)
{
    (void)setEnabled(m_db, false);
}

Pause::~Pause()
{
    (void)setEnabled(m_db, true);
}

} // namespace maillage::journal
