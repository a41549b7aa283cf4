// SPDX-License-Identifier: EUPL-1.2
#include "core/exchange/ArchiveWriter.h"
#include "core/storage/SearchIndex.h"
#include "core/storage/TableCatalog.h"
#include "tests/exchange/ArchiveFixture.h"
#include "tests/support/Catch.h"
#include "tests/support/TestDatabase.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

using namespace maillage;

namespace {

struct DbColumn {
    QString name;
    QString type;
    bool notNull;
};

QSqlQuery run(Database& db, const QString& statement, const QVariantMap& values = {})
{
    QSqlQuery query(db.connection());
    REQUIRE(query.prepare(statement));
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        query.bindValue(it.key(), it.value());
    if (!query.exec())
        FAIL(statement.toStdString() << ": " << query.lastError().text().toStdString());
    return query;
}

QStringList databaseTables(Database& db)
{
    QSqlQuery query = db.engine() == Engine::Sqlite
                          ? run(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT "
                                                   "LIKE 'sqlite_%' AND name NOT LIKE 'search_index%'"))
                          : run(db, QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema "
                                                   "= current_schema() AND table_type = 'BASE TABLE'"));
    QStringList names;
    while (query.next())
        names << query.value(0).toString();
    names.removeAll(QStringLiteral("schema_migrations"));
    names.removeAll(QStringLiteral("search_index")); // PostgreSQL's materialised index (schema 8): derived data
    names.sort();
    return names;
}

std::vector<DbColumn> databaseColumns(Database& db, const QString& table)
{
    QSqlQuery query = db.engine() == Engine::Sqlite
                          ? run(db, QStringLiteral("SELECT name, type, \"notnull\", pk FROM pragma_table_info(:t) ORDER BY cid"),
                                {{QStringLiteral(":t"), table}})
                          : run(db, QStringLiteral("SELECT column_name, upper(data_type), is_nullable = 'NO', "
                                                   "column_name = 'id' FROM information_schema.columns WHERE "
                                                   "table_schema = current_schema() AND table_name = :t ORDER BY "
                                                   "ordinal_position"),
                                {{QStringLiteral(":t"), table}});
    std::vector<DbColumn> columns;
    while (query.next()) // SQLite reports an INTEGER PRIMARY KEY as nullable: it is not.
        columns.push_back({query.value(0).toString(), query.value(1).toString().toUpper(),
                           query.value(2).toBool() || query.value(3).toBool()});
    return columns;
}

// column → referenced table
QMap<QString, QString> databaseForeignKeys(Database& db, const QString& table)
{
    QSqlQuery query = db.engine() == Engine::Sqlite
                          ? run(db, QStringLiteral("SELECT \"from\", \"table\" FROM pragma_foreign_key_list(:t)"),
                                {{QStringLiteral(":t"), table}})
                          : run(db, QStringLiteral(
                                        "SELECT kcu.column_name, ccu.table_name FROM information_schema.table_constraints tc "
                                        "JOIN information_schema.key_column_usage kcu ON kcu.constraint_name = "
                                        "tc.constraint_name AND kcu.table_schema = tc.table_schema "
                                        "JOIN information_schema.constraint_column_usage ccu ON ccu.constraint_name = "
                                        "tc.constraint_name AND ccu.table_schema = tc.table_schema "
                                        "WHERE tc.constraint_type = 'FOREIGN KEY' AND tc.table_schema = current_schema() "
                                        "AND tc.table_name = :t"),
                                {{QStringLiteral(":t"), table}});
    QMap<QString, QString> keys;
    while (query.next())
        keys.insert(query.value(0).toString(), query.value(1).toString());
    return keys;
}

} // namespace

TEST_CASE("The table catalog matches the migrated database", "[exchange][db]")
{
    test::TestDatabase fx;
    Database& db = fx.db();

    QStringList catalogNames;
    for (const TableSpec& table : TableCatalog::tables())
        catalogNames << table.name;
    catalogNames.sort();
    CHECK(databaseTables(db) == catalogNames);

    for (const TableSpec& table : TableCatalog::tables()) {
        INFO("table " << table.name.toStdString());
        const std::vector<DbColumn> columns = databaseColumns(db, table.name);
        REQUIRE(columns.size() == table.columns.size());
        QMap<QString, QString> expectedKeys;
        for (std::size_t i = 0; i < columns.size(); ++i) {
            const ColumnSpec& spec = table.columns[i];
            INFO("column " << spec.name.toStdString());
            CHECK(columns[i].name == spec.name);
            CHECK(columns[i].type == TableCatalog::sqlType(spec.type));
            CHECK(columns[i].notNull == !spec.nullable);
            if (!spec.references.isEmpty())
                expectedKeys.insert(spec.name, spec.references);
        }
        CHECK(databaseForeignKeys(db, table.name) == expectedKeys);
    }
}

TEST_CASE("The catalog lists parents before children", "[exchange]")
{
    QSet<QString> seen;
    for (const TableSpec& table : TableCatalog::tables()) {
        REQUIRE(table.columns.front().name == QLatin1String("id"));
        for (const ColumnSpec& column : table.columns) {
            INFO(table.name.toStdString() << "." << column.name.toStdString());
            if (!column.references.isEmpty())
                CHECK((seen.contains(column.references) || column.references == table.name));
        }
        seen.insert(table.name);
    }
    CHECK(TableCatalog::find(QStringLiteral("meeting")) != nullptr);
    CHECK(TableCatalog::find(QStringLiteral("search_index")) == nullptr);
}

TEST_CASE("rowCounts counts the rows of every table", "[exchange][db]")
{
    test::TestDatabase fx;
    auto empty = rowCounts(fx.db());
    REQUIRE(empty.ok());
    REQUIRE(empty->size() == TableCatalog::tables().size());
    for (const auto& entry : empty.value())
        CHECK(entry.second == 0);
    QSqlQuery query(fx.db().connection());
    REQUIRE(query.exec(QStringLiteral("INSERT INTO sector (code, label, created_at, updated_at) VALUES "
                                      "('a', 'A', 'x', 'x'), ('b', 'B', 'x', 'x')")));
    auto counts = rowCounts(fx.db());
    REQUIRE(counts.ok());
    // The change journal records the two insertions as well.
    for (const auto& [table, count] : counts.value())
        CHECK(count == (table == QLatin1String("sector") || table == QLatin1String("change_journal") ? 2 : 0));
}

TEST_CASE("The search index is derived data: never in the catalog nor in an archive", "[exchange][db][search]")
{
    test::TestDatabase fx;
    test::insertRow(fx.db(), QStringLiteral("organisation"),
                    {{QStringLiteral("name"), QStringLiteral("Maison des Ados")}});
    REQUIRE(SearchIndex(fx.db()).rebuild().ok());
    QSqlQuery indexed(fx.db().connection());
    REQUIRE(indexed.exec(QStringLiteral("SELECT count(*) FROM search_index")));
    REQUIRE(indexed.next());
    CHECK(indexed.value(0).toInt() == 1); // a real table on PostgreSQL since schema 8, FTS5 on SQLite
    auto archive = archive::exportArchive(fx.db());
    REQUIRE(archive.ok());
    const QJsonObject tables = archive->value(QStringLiteral("tables")).toObject();
    CHECK(tables.contains(QStringLiteral("organisation")));
    CHECK_FALSE(tables.contains(QStringLiteral("search_index")));
    CHECK(tables.size() == int(TableCatalog::tables().size()));
}
