// SPDX-License-Identifier: EUPL-1.2
#include "core/storage/SearchIndex.h"
#include "core/storage/SearchRepository.h"
#include "core/storage/SqlQuery.h"
#include "tests/support/Catch.h"
#include "tests/support/TestDatabase.h"

#include <QSqlQuery>

using namespace maillage;

namespace {
int hits(Database& db, const QString& word)
{
    QSqlQuery query(db.connection());
    if (db.engine() == Engine::Sqlite)
        query.prepare(QStringLiteral("SELECT count(*) FROM search_index WHERE search_index MATCH :q"));
    else
        query.prepare(QStringLiteral("SELECT count(*) FROM search_index WHERE document @@ to_tsquery('simple', :q)"));
    query.bindValue(QStringLiteral(":q"), word);
    query.exec();
    query.next();
    return query.value(0).toInt();
}
} // namespace

TEST_CASE("The search index follows organisations through SearchIndex", "[db]")
{
    test::TestDatabase fixture;
    Database& db = fixture.db();
    SqlQuery insert(db, QStringLiteral("INSERT INTO organisation (name, created_at, updated_at) VALUES "
                                       "('Maison des Adolescents', '2026-01-01', '2026-01-01') RETURNING id"));
    REQUIRE(insert.exec(QStringLiteral("insert")).ok());
    REQUIRE(insert.next());
    const qint64 id = insert.id(QStringLiteral("id"));
    SearchIndex index(db);
    REQUIRE(index.refresh(SearchKind::Organisation, id).ok());
    CHECK(hits(db, QStringLiteral("adolescents")) == 1);

    SqlQuery rename(db, QStringLiteral("UPDATE organisation SET name = 'Point Accueil Écoute Jeunes' WHERE id = :id"));
    rename.bind(QStringLiteral(":id"), id);
    REQUIRE(rename.exec(QStringLiteral("rename")).ok());
    REQUIRE(index.refresh(SearchKind::Organisation, id).ok());
    CHECK(hits(db, QStringLiteral("adolescents")) == 0);
    CHECK(hits(db, QStringLiteral("ecoute")) == 1); // accents folded

    REQUIRE(index.remove(SearchKind::Organisation, id).ok());
    CHECK(hits(db, QStringLiteral("jeunes")) == 0);
    REQUIRE(index.rebuild().ok());
    CHECK(hits(db, QStringLiteral("jeunes")) == 1);
}

TEST_CASE("Schema 8 carries the search index over from schema 7 on both engines", "[db][migration][search]")
{
    test::TestDatabase fixture(7);
    Database& db = fixture.db();
    qint64 id = 0;
    {
        SqlQuery insert(db,
                        QStringLiteral("INSERT INTO organisation (name, commune, created_at, updated_at) VALUES "
                                       "('Lieu d’Écoute Jeunes', 'Hyères', '2026-01-01', '2026-01-01') RETURNING id"));
        REQUIRE(insert.exec(QStringLiteral("insert")).ok());
        REQUIRE(insert.next());
        id = insert.id(QStringLiteral("id"));
    }
    REQUIRE(SearchIndex(db).refresh(SearchKind::Organisation, id).ok()); // FTS5 on SQLite; the view needs nothing

    const Status migrated = db.migrateTo(Database::latestSchemaVersion());
    INFO((migrated.ok() ? std::string() : migrated.error().fullText().toStdString()));
    REQUIRE(migrated.ok());
    REQUIRE(db.schemaVersion() >= SearchIndex::MaterialisedOnPostgres);
    SearchRepository search(db);
    for (const char* words : {"ecoute", "jeunes hyeres", "ÉCOUTE"}) {
        INFO(words);
        const auto found = search.search(QString::fromUtf8(words));
        REQUIRE(found.ok());
        REQUIRE(found->size() == 1);
        CHECK(found->front().refId == id);
    }
    // And the index keeps following the rows after the migration.
    SqlQuery rename(db, QStringLiteral("UPDATE organisation SET name = 'Maison des familles' WHERE id = :id"));
    rename.bind(QStringLiteral(":id"), id);
    REQUIRE(rename.exec(QStringLiteral("rename")).ok());
    REQUIRE(SearchIndex(db).refresh(SearchKind::Organisation, id).ok());
    CHECK(search.search(QStringLiteral("ecoute"))->empty());
    CHECK(search.search(QStringLiteral("familles"))->size() == 1);
}
