// SPDX-License-Identifier: EUPL-1.2
#include "core/storage/EventRepository.h"
#include "tests/storage/ActivityFixtures.h"
#include "tests/support/Catch.h"
#include "tests/support/TestDatabase.h"

using namespace maillage;
namespace fx = maillage::test::fixtures;

namespace {

struct EventWorld
{
    test::TestDatabase tdb;
    Database& db = tdb.db();
    qint64 council = fx::insertCouncil(db);
    qint64 otherCouncil = fx::insertCouncil(db, QStringLiteral("Autre"));
    qint64 unafam = fx::insertOrganisation(db, QStringLiteral("UNAFAM 34"));
    qint64 gem = fx::insertOrganisation(db, QStringLiteral("GEM L'Entraide"));
    qint64 sheet = fx::insertSheet(db, fx::insertAxis(db, fx::insertPlan(db, council), QStringLiteral("Axe")),
                                   QStringLiteral("2.1"), QStringLiteral("SISM"));
    EventRepository repo{db};

    Event add(const QString& title, EventKind kind, const QDate& start, qint64 councilId = 0, const QString& place = {})
    {
        Event e;
        e.councilId = councilId > 0 ? councilId : council;
        e.kind = kind;
        e.title = title;
        e.startsOn = start;
        e.place = place;
        if (kind == EventKind::PssmTraining)
            e.trainingModule = QStringLiteral("standard");
        const Status s = repo.create(e);
        INFO(s.error().fullText().toStdString());
        REQUIRE(s.ok());
        return e;
    }
};

QStringList titles(const Result<std::vector<Event>>& events)
{
    REQUIRE(events.ok());
    QStringList out;
    for (const Event& e : events.value())
        out << e.title;
    return out;
}

} // namespace

TEST_CASE("An event is saved whole with its partners and read back", "[db][event]")
{
    EventWorld w;
    Event e;
    e.councilId = w.council;
    e.kind = EventKind::PssmTraining;
    e.title = QStringLiteral("Formation PSSM standard");
    e.theme = QStringLiteral("Premiers secours");
    e.startsOn = QDate(2026, 5, 11);
    e.endsOn = QDate(2026, 5, 12);
    e.place = QStringLiteral("Maison des associations");
    e.audience = QStringLiteral("Agents municipaux");
    e.participantCount = 14;
    e.trainingModule = QStringLiteral("standard");
    e.trainers = QStringLiteral("A. Martin, B. Durand");
    e.peopleTrained = 12;
    e.actionSheetId = w.sheet;
    e.notes = QStringLiteral("Deux absents");
    e.partnerOrganisationIds = {w.unafam, w.gem, w.unafam};
    REQUIRE(w.repo.create(e).ok());
    CHECK(e.id > 0);
    CHECK(e.partnerOrganisationIds == std::vector<qint64>{w.unafam, w.gem});

    w.tdb.reopen();
    EventRepository repo(w.tdb.db());
    const Event l = repo.get(e.id).value();
    CHECK(l.councilId == w.council);
    CHECK(l.kind == EventKind::PssmTraining);
    CHECK(l.title == e.title);
    CHECK(l.theme == e.theme);
    CHECK(l.startsOn == QDate(2026, 5, 11));
    CHECK(l.endsOn == QDate(2026, 5, 12));
    CHECK(l.place == e.place);
    CHECK(l.audience == e.audience);
    CHECK(l.participantCount == 14);
    CHECK(l.trainingModule == QStringLiteral("standard"));
    CHECK(l.trainers == e.trainers);
    CHECK(l.peopleTrained == 12);
    CHECK(l.actionSheetId == w.sheet);
    CHECK(l.notes == e.notes);
    CHECK(l.partnerOrganisationIds == std::vector<qint64>{w.unafam, w.gem});
    CHECK(l.version == 1);

    Event changed = l;
    changed.partnerOrganisationIds = {w.gem};
    changed.participantCount = 15;
    REQUIRE(repo.update(changed).ok());
    CHECK(changed.version == 2);
    const Event again = repo.get(e.id).value();
    CHECK(again.partnerOrganisationIds == std::vector<qint64>{w.gem});
    CHECK(again.participantCount == 15);

    REQUIRE(repo.remove(e.id).ok());
    CHECK(repo.get(e.id).error().kind == Error::Kind::NotFound);
    CHECK(fx::countRows(w.tdb.db(), QStringLiteral("event_partner")) == 0);
}

TEST_CASE("Events are listed by council, year, kind and text, sorted by date or title", "[db][event]")
{
    EventWorld w;
    w.add(QStringLiteral("Ciné-débat « Vol au-dessus »"), EventKind::FilmDebate, QDate(2025, 10, 14), 0,
          QStringLiteral("Cinéma Le Palace"));
    w.add(QStringLiteral("SISM 2026 ouverture"), EventKind::Sism, QDate(2026, 10, 5));
    w.add(QStringLiteral("Atelier PSSM"), EventKind::PssmTraining, QDate(2026, 3, 2));
    w.add(QStringLiteral("Étape régionale"), EventKind::Conference, QDate(2026, 6, 1));
    w.add(QStringLiteral("SISM voisine"), EventKind::Sism, QDate(2026, 10, 6), w.otherCouncil);

    EventFilter f;
    f.councilId = w.council;
    CHECK(titles(w.repo.list(f)) ==
          QStringList{"Ciné-débat « Vol au-dessus »", "Atelier PSSM", "Étape régionale", "SISM 2026 ouverture"});
    CHECK(w.repo.count(f) == 4);
    f.descending = true;
    CHECK(titles(w.repo.list(f)).front() == QStringLiteral("SISM 2026 ouverture"));
    f.descending = false;
    f.sort = EventSort::Title;
    CHECK(titles(w.repo.list(f)) ==
          QStringList{"Atelier PSSM", "Ciné-débat « Vol au-dessus »", "Étape régionale", "SISM 2026 ouverture"});
    EventFilter byYear;
    byYear.councilId = w.council;
    byYear.year = 2025;
    CHECK(titles(w.repo.list(byYear)) == QStringList{"Ciné-débat « Vol au-dessus »"});
    EventFilter byKind;
    byKind.kind = EventKind::Sism;
    CHECK(titles(w.repo.list(byKind)) == QStringList{"SISM 2026 ouverture", "SISM voisine"});
    EventFilter byText;
    byText.text = QStringLiteral("cinema");
    CHECK(titles(w.repo.list(byText)) == QStringList{"Ciné-débat « Vol au-dessus »"});
    byText.text = QStringLiteral("ETAPE");
    CHECK(titles(w.repo.list(byText)) == QStringList{"Étape régionale"});
    EventFilter paged;
    paged.councilId = w.council;
    paged.limit = 1;
    paged.offset = 2;
    CHECK(titles(w.repo.list(paged)) == QStringList{"Étape régionale"});
}

TEST_CASE("Event validation, references, conflicts and atomicity", "[db][event]")
{
    EventWorld w;
    Event e = w.add(QStringLiteral("SISM"), EventKind::Sism, QDate(2026, 10, 5));
    SECTION("a PSSM training needs its module")
    {
        Event training;
        training.councilId = w.council;
        training.kind = EventKind::PssmTraining;
        training.title = QStringLiteral("PSSM");
        training.startsOn = QDate(2026, 1, 5);
        const Status refused = w.repo.create(training);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().kind == Error::Kind::Invalid);
        CHECK(refused.error().message.contains(QStringLiteral("Training module")));
        CHECK(fx::countRows(w.db, QStringLiteral("event")) == 1);
    }
    SECTION("an unknown council is refused")
    {
        Event orphan = e;
        orphan.councilId = 777;
        CHECK(w.repo.create(orphan).error().kind == Error::Kind::Constraint);
        CHECK(fx::countRows(w.db, QStringLiteral("event")) == 1);
    }
    SECTION("a stale copy is refused")
    {
        Event stale = e;
        e.title = QStringLiteral("SISM 2026");
        REQUIRE(w.repo.update(e).ok());
        stale.title = QStringLiteral("Perdu");
        CHECK(w.repo.update(stale).error().kind == Error::Kind::Conflict);
        CHECK(w.repo.get(e.id)->title == QStringLiteral("SISM 2026"));
    }
    SECTION("an unknown partner leaves the event as it was")
    {
        e.partnerOrganisationIds = {w.unafam};
        REQUIRE(w.repo.update(e).ok());
        Event changed = e;
        changed.title = QStringLiteral("Ne doit pas rester");
        changed.partnerOrganisationIds = {w.gem, 55555};
        REQUIRE(w.repo.update(changed).error().kind == Error::Kind::Constraint);
        const Event stored = w.repo.get(e.id).value();
        CHECK(stored.title == QStringLiteral("SISM"));
        CHECK(stored.partnerOrganisationIds == std::vector<qint64>{w.unafam});
        CHECK(stored.version == e.version);
    }
}
