// SPDX-License-Identifier: EUPL-1.2
#include "core/storage/SearchIndex.h"
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
        query.prepare(QStringLiteral("SELECT count(*) FROM search_index WHERE lower(title || ' ' || body) LIKE :q"));
    query.bindValue(QStringLiteral(":q"), db.engine() == Engine::Sqlite ? word : QStringLiteral("%") + word + u'%');
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
    if (db.engine() == Engine::Sqlite)
        CHECK(hits(db, QStringLiteral("ecoute")) == 1); // accents folded

    REQUIRE(index.remove(SearchKind::Organisation, id).ok());
    if (db.engine() == Engine::Sqlite)
        CHECK(hits(db, QStringLiteral("jeunes")) == 0);
    REQUIRE(index.rebuild().ok());
    CHECK(hits(db, QStringLiteral("jeunes")) == 1);
}
