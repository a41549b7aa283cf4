// SPDX-License-Identifier: EUPL-1.2
#include "core/storage/SearchRepository.h"
#include "core/storage/MeetingRepository.h"
#include "core/storage/SearchIndex.h"
#include "core/storage/SqlQuery.h"
#include "tests/storage/ActivityFixtures.h"
#include "tests/support/Catch.h"
#include "tests/support/TestDatabase.h"

using namespace maillage;
namespace fx = maillage::test::fixtures;

namespace {

struct SearchWorld
{
    test::TestDatabase tdb;
    Database& db = tdb.db();
    qint64 council = fx::insertCouncil(db);
    qint64 maison = fx::insertOrganisation(db, QStringLiteral("Maison Saint-Étienne"), QStringLiteral("MSE"),
                                           QStringLiteral("Montpellier"));
    qint64 cmp =
        fx::insertOrganisation(db, QStringLiteral("CMP Les Oliviers"), QStringLiteral("CMP"), QStringLiteral("Lunel"));
    qint64 etienne =
        fx::insertContact(db, QStringLiteral("Dupont"), QStringLiteral("Étienne"), QStringLiteral("Psychiatre"));
    qint64 sheet = fx::insertSheet(db, fx::insertAxis(db, fx::insertPlan(db, council), QStringLiteral("Axe")),
                                   QStringLiteral("3.2"), QStringLiteral("Promotion de la santé mentale"));
    SearchRepository search{db};
};

QStringList hitsOf(const Result<std::vector<SearchHit>>& hits)
{
    INFO((hits.ok() ? std::string() : hits.error().fullText().toStdString()));
    REQUIRE(hits.ok());
    QStringList out;
    for (const SearchHit& h : hits.value())
        out << h.kind + u'#' + QString::number(h.refId);
    out.sort();
    return out;
}

QString ref(const char* kind, qint64 id)
{
    return QString::fromLatin1(kind) + u'#' + QString::number(id);
}

} // namespace

TEST_CASE("Search terms are words without case, accents or syntax", "[db][search]")
{
    CHECK(SearchRepository::terms(QStringLiteral("  Étienne \"AND\" l'hôpital* étienne")) ==
          QStringList{"etienne", "and", "l", "hopital"});
    CHECK(SearchRepository::terms(QStringLiteral("\"( * ) -")).isEmpty());
    CHECK(SearchRepository::snippet(QStringLiteral("<p>Un <b>court</b> texte</p>"), {QStringLiteral("court")}) ==
          QStringLiteral("Un court texte"));
    const QString longText = QString(QStringLiteral("blabla ")).repeated(40) +
                             QStringLiteral("Réhabilitation psychosociale") +
                             QString(QStringLiteral(" suite")).repeated(40);
    const QString part = SearchRepository::snippet(longText, {QStringLiteral("rehabilitation")}, 60);
    CHECK(part.contains(QStringLiteral("Réhabilitation")));
    CHECK(part.startsWith(QStringLiteral("…")));
    CHECK(part.endsWith(QStringLiteral("…")));
    CHECK(part.size() <= 62);
}

TEST_CASE("Search finds organisations, contacts, agenda items and action sheets, ignoring accents", "[db][search]")
{
    SearchWorld w;
    const qint64 instance = fx::insertInstance(w.db, w.council, QStringLiteral("COPIL"));
    MeetingRepository meetings(w.db);
    Meeting m;
    m.instanceId = instance;
    m.startsAt = QDateTime(QDate(2026, 3, 10), QTime(14, 0));
    AgendaItem item;
    item.title = QStringLiteral("Logement d'abord");
    item.minutesHtml = QStringLiteral("<p>Le <b>bailleur</b> présente la réhabilitation de la résidence.</p>");
    m.agenda = {item};
    REQUIRE(meetings.create(m).ok());
    const qint64 itemId = m.agenda[0].id;

    CHECK(hitsOf(w.search.search(QStringLiteral("etienne"))) ==
          QStringList{ref("contact", w.etienne), ref("organisation", w.maison)});
    CHECK(hitsOf(w.search.search(QStringLiteral("ÉTIENNE dupont"))) == QStringList{ref("contact", w.etienne)});
    CHECK(hitsOf(w.search.search(QStringLiteral("etien"))).size() == 2); // prefixes
    CHECK(hitsOf(w.search.search(QStringLiteral("rehabilitation"))) == QStringList{ref("agenda_item", itemId)});
    CHECK(hitsOf(w.search.search(QStringLiteral("promotion sante"))) == QStringList{ref("action_sheet", w.sheet)});
    CHECK(hitsOf(w.search.search(QStringLiteral("lunel"))) == QStringList{ref("organisation", w.cmp)});
    CHECK(hitsOf(w.search.search(QStringLiteral("introuvable"))).isEmpty());

    const auto found = w.search.search(QStringLiteral("bailleur"));
    REQUIRE(found.ok());
    REQUIRE(found->size() == 1);
    CHECK(found->front().title == QStringLiteral("Logement d'abord"));
    CHECK(found->front().snippet.contains(QStringLiteral("bailleur")));
    CHECK_FALSE(found->front().snippet.contains(u'<'));

    // The index follows changes.
    m.agenda[0].title = QStringLiteral("Habitat inclusif");
    REQUIRE(meetings.update(m).ok());
    CHECK(hitsOf(w.search.search(QStringLiteral("habitat"))) == QStringList{ref("agenda_item", itemId)});
    CHECK(hitsOf(w.search.search(QStringLiteral("logement abord"))).isEmpty());
    REQUIRE(meetings.remove(m.id).ok());
    CHECK(hitsOf(w.search.search(QStringLiteral("habitat"))).isEmpty());
}

TEST_CASE("Search never passes the user's syntax to the engine", "[db][search]")
{
    SearchWorld w;
    const QString input = GENERATE(QStringLiteral("\"foo"), QStringLiteral("AND"), QStringLiteral("OR ("),
                                   QStringLiteral("NEAR(a b)"), QStringLiteral("*"), QStringLiteral("title:cmp"),
                                   QStringLiteral("cmp AND NOT"), QStringLiteral("'; DROP TABLE contact; --"),
                                   QStringLiteral("^cmp"), QStringLiteral("a & b | !c"), QStringLiteral(""));
    const auto hits = w.search.search(input);
    INFO(input.toStdString());
    REQUIRE(hits.ok());
    CHECK(fx::countRows(w.db, QStringLiteral("contact")) == 1);
}

TEST_CASE("Search results are limited and the title weighs most", "[db][search]")
{
    SearchWorld w;
    for (int i = 0; i < 8; ++i)
        fx::insertOrganisation(w.db, QStringLiteral("Association %1").arg(i), {}, QStringLiteral("Sète"));
    const qint64 inTitle = fx::insertOrganisation(w.db, QStringLiteral("Sète Solidarité"));
    CHECK(w.search.search(QStringLiteral("sete"), 5)->size() == 5);
    CHECK(w.search.search(QStringLiteral("sete"), 50)->size() == 9);
    CHECK(w.search.search(QStringLiteral("sete"), 0)->empty());
    CHECK(w.search.search(QStringLiteral("sete"), 5)->front().refId == inTitle);
}

namespace {

// One corpus, literal expectations: the same list is asserted on SQLite FTS5 and on PostgreSQL, so
// a run of each engine proves they agree.
struct FrenchCorpus
{
    test::TestDatabase tdb;
    Database& db = tdb.db();
    qint64 hopital = fx::insertOrganisation(db, QStringLiteral("Hôpital Léon-Bérard"), QStringLiteral("HLB"),
                                            QStringLiteral("Hyères"));
    qint64 unafam = fx::insertOrganisation(db, QStringLiteral("UNAFAM Délégation du Var"), QStringLiteral("UNAFAM"),
                                           QStringLiteral("Toulon"));
    qint64 lieux =
        fx::insertOrganisation(db, QStringLiteral("Lieu d’écoute des Œuvres"), {}, QStringLiteral("Brignoles"));
    qint64 assoc = fx::insertOrganisation(db, QStringLiteral("Association des familles"), {}, QStringLiteral("Fréjus"));
    qint64 martin = fx::insertContact(db, QStringLiteral("Martin-Lefèvre"), QStringLiteral("Chloé"),
                                      QStringLiteral("Infirmière coordinatrice"));
    qint64 martine = fx::insertContact(db, QStringLiteral("Martinez"), QStringLiteral("Martine"),
                                       QStringLiteral("Éducatrice spécialisée"));
    SearchRepository search{db};

    qint64 contactWithEmail(const QString& lastName, const QString& email)
    {
        const qint64 id = fx::insertContact(db, lastName, QStringLiteral("Paul"), QStringLiteral("Élu"));
        SqlQuery update(db, QStringLiteral("UPDATE contact SET email = :email WHERE id = :id"));
        update.bind(QStringLiteral(":email"), email);
        update.bind(QStringLiteral(":id"), id);
        REQUIRE(update.exec(QStringLiteral("email")).ok());
        REQUIRE(SearchIndex(db).refresh(SearchKind::Contact, id).ok());
        return id;
    }
};

} // namespace

TEST_CASE("Plural search terms also look for their singular", "[search]")
{
    CHECK(SearchRepository::alternatives(QStringLiteral("associations")) == QStringList{"association"});
    CHECK(SearchRepository::alternatives(QStringLiteral("hopitaux")) == QStringList{"hopitaux", "hopital"});
    CHECK(SearchRepository::alternatives(QStringLiteral("lieux")) == QStringList{"lieu"});
    CHECK(SearchRepository::alternatives(QStringLiteral("bureaux")) == QStringList{"bureau"});
    CHECK(SearchRepository::alternatives(QStringLiteral("acces")) == QStringList{"acce"});
    CHECK(SearchRepository::alternatives(QStringLiteral("cmp")) == QStringList{"cmp"});
    CHECK(SearchRepository::alternatives(QStringLiteral("stress")) == QStringList{"stress"});
}

TEST_CASE("Both engines give the same hits for accents, plurals, prefixes, names and e-mails", "[db][search]")
{
    FrenchCorpus c;
    const qint64 paul = c.contactWithEmail(QStringLiteral("Durand"), QStringLiteral("p.durand@mairie-frejus.fr"));
    struct Case
    {
        const char* query;
        QStringList expected;
    };
    const std::vector<Case> cases{
        // accents, both ways
        {"hopital", {ref("organisation", c.hopital)}},
        {"HÔPITAL léon", {ref("organisation", c.hopital)}},
        {"hyeres", {ref("organisation", c.hopital)}},
        {"Frejus", {ref("contact", paul), ref("organisation", c.assoc)}},
        {"ecoute", {ref("organisation", c.lieux)}},
        // plurals
        {"hôpitaux", {ref("organisation", c.hopital)}},
        {"associations", {ref("organisation", c.assoc)}},
        {"lieux", {ref("organisation", c.lieux)}},
        {"familles", {ref("organisation", c.assoc)}},
        {"infirmieres", {ref("contact", c.martin)}},
        // prefixes of names: "martin" is also the start of Martinez and Martine
        {"martin", {ref("contact", c.martin), ref("contact", c.martine)}},
        {"martine", {ref("contact", c.martine)}},
        {"lefe", {ref("contact", c.martin)}},
        {"chlo infirm", {ref("contact", c.martin)}},
        {"delegation var", {ref("organisation", c.unafam)}},
        // e-mails: every part is a word, and the whole address works too
        {"durand", {ref("contact", paul)}},
        {"p.durand@mairie-frejus.fr", {ref("contact", paul)}},
        {"mairie", {ref("contact", paul)}},
        // nothing
        {"leonard", {}},
        {"toulon brignoles", {}},
    };
    for (const Case& test : cases) {
        INFO(test.query);
        CHECK(hitsOf(c.search.search(QString::fromUtf8(test.query))) == test.expected);
    }
}

TEST_CASE("French stems find other forms of a word in prose on PostgreSQL", "[db][search]")
{
    FrenchCorpus c;
    const qint64 sheet = fx::insertSheet(
        c.db, fx::insertAxis(c.db, fx::insertPlan(c.db, fx::insertCouncil(c.db)), QStringLiteral("Axe")),
        QStringLiteral("1.1"), QStringLiteral("Accompagnement vers l'emploi"));
    // French stems are PostgreSQL's addition, on prose only: names keep FTS5's matches on both engines.
    CHECK(hitsOf(c.search.search(QStringLiteral("accompagner"))) ==
          (c.db.engine() == Engine::Postgres ? QStringList{ref("action_sheet", sheet)} : QStringList{}));
    CHECK(hitsOf(c.search.search(QStringLiteral("accompagnement"))) == QStringList{ref("action_sheet", sheet)});
    CHECK(hitsOf(c.search.search(QStringLiteral("martine"))) == QStringList{ref("contact", c.martine)});
}

TEST_CASE("On PostgreSQL the search index is a table with a GIN-indexed tsvector", "[db][search]")
{
    test::TestDatabase tdb;
    if (tdb->engine() != Engine::Postgres)
        return; // SQLite keeps its FTS5 table
    SqlQuery query(tdb.db(), QStringLiteral("SELECT c.relkind, (SELECT count(*) FROM pg_index i JOIN pg_class x ON "
                                            "x.oid = i.indexrelid JOIN pg_am a ON a.oid = x.relam WHERE i.indrelid = "
                                            "c.oid AND a.amname = 'gin') AS gin FROM pg_class c WHERE c.relname = "
                                            "'search_index' AND c.relnamespace = current_schema()::regnamespace"));
    REQUIRE(query.exec(QStringLiteral("catalog")).ok());
    REQUIRE(query.next());
    CHECK(query.text(QStringLiteral("relkind")) == QStringLiteral("r"));
    CHECK(query.value(QStringLiteral("gin")).toInt() == 1);
}
