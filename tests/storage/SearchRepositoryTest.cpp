// SPDX-License-Identifier: EUPL-1.2
#include "core/storage/SearchRepository.h"
#include "core/storage/MeetingRepository.h"
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
