// SPDX-License-Identifier: EUPL-1.2
// MeetingRepository: lists, cancel/postpone, follow-ups and series.
#include "core/storage/MeetingRepository.h"
#include "core/storage/MeetingSeriesRepository.h"
#include "tests/storage/ActivityFixtures.h"
#include "tests/support/Catch.h"
#include "tests/support/TestDatabase.h"

using namespace maillage;
namespace fx = maillage::test::fixtures;

namespace {

QDateTime at(int y, int m, int d, int h = 14)
{
    return QDateTime(QDate(y, m, d), QTime(h, 0));
}

struct Agenda
{
    test::TestDatabase tdb;
    Database& db = tdb.db();
    qint64 council = fx::insertCouncil(db);
    qint64 otherCouncil = fx::insertCouncil(db, QStringLiteral("CLSM voisin"));
    qint64 copil = fx::insertInstance(db, council, QStringLiteral("B Comité de pilotage"));
    qint64 groupe = fx::insertInstance(db, council, QStringLiteral("A Groupe logement"), QStringLiteral("groupe"));
    qint64 elsewhere = fx::insertInstance(db, otherCouncil, QStringLiteral("C Plénière"));
    qint64 alice = fx::insertContact(db, QStringLiteral("Martin"), QStringLiteral("Alice"));
    MeetingRepository repo{db};

    Meeting add(qint64 instance, const QString& title, const QDateTime& start, const QString& place = {},
                const QStringList& agendaTitles = {}, MeetingStatus status = MeetingStatus::Planned)
    {
        Meeting m;
        m.instanceId = instance;
        m.title = title;
        m.startsAt = start;
        m.place = place;
        m.status = status;
        for (const QString& t : agendaTitles) {
            AgendaItem item;
            item.title = t;
            m.agenda.push_back(item);
        }
        const Status s = repo.create(m);
        INFO(s.error().fullText().toStdString());
        REQUIRE(s.ok());
        return m;
    }
};

QStringList titles(const Result<std::vector<Meeting>>& meetings)
{
    REQUIRE(meetings.ok());
    QStringList result;
    for (const Meeting& m : meetings.value())
        result << m.title;
    return result;
}

} // namespace

TEST_CASE("Meetings are listed with filters and sorts", "[db][meeting]")
{
    Agenda a;
    a.add(a.copil, QStringLiteral("COPIL 2025"), at(2025, 11, 4), QStringLiteral("Hôtel de ville"));
    a.add(a.groupe, QStringLiteral("Logement 1"), at(2026, 1, 15), QStringLiteral("CCAS"),
          {QStringLiteral("Accès au logement des personnes suivies")});
    a.add(a.copil, QStringLiteral("COPIL de printemps"), at(2026, 3, 10), QStringLiteral("Mairie annexe"), {},
          MeetingStatus::Held);
    a.add(a.groupe, QStringLiteral("Logement 2"), at(2026, 6, 2), QStringLiteral("Visio"));
    a.add(a.elsewhere, QStringLiteral("Plénière voisine"), at(2026, 2, 1));

    MeetingFilter f;
    f.councilId = a.council;
    CHECK(titles(a.repo.list(f)) == QStringList{"COPIL 2025", "Logement 1", "COPIL de printemps", "Logement 2"});
    CHECK(a.repo.count(f) == 4);
    f.descending = true;
    CHECK(titles(a.repo.list(f)) == QStringList{"Logement 2", "COPIL de printemps", "Logement 1", "COPIL 2025"});

    SECTION("instance")
    {
        MeetingFilter g;
        g.instanceId = a.copil;
        CHECK(titles(a.repo.list(g)) == QStringList{"COPIL 2025", "COPIL de printemps"});
    }
    SECTION("year and date range")
    {
        MeetingFilter g;
        g.year = 2026;
        g.councilId = a.council;
        CHECK(titles(a.repo.list(g)) == QStringList{"Logement 1", "COPIL de printemps", "Logement 2"});
        MeetingFilter r;
        r.from = QDate(2026, 1, 15);
        r.to = QDate(2026, 3, 10); // the last day is included, meeting at 14:00
        CHECK(titles(a.repo.list(r)) == QStringList{"Logement 1", "Plénière voisine", "COPIL de printemps"});
    }
    SECTION("status")
    {
        MeetingFilter g;
        g.status = MeetingStatus::Held;
        CHECK(titles(a.repo.list(g)) == QStringList{"COPIL de printemps"});
    }
    SECTION("text in title, place or agenda, ignoring case and accents")
    {
        MeetingFilter g;
        g.text = QStringLiteral("hotel DE VILLE");
        CHECK(titles(a.repo.list(g)) == QStringList{"COPIL 2025"});
        g.text = QStringLiteral("acces au LOGEMENT");
        CHECK(titles(a.repo.list(g)) == QStringList{"Logement 1"});
        g.text = QStringLiteral("plénière");
        CHECK(titles(a.repo.list(g)) == QStringList{"Plénière voisine"});
        g.text = QStringLiteral("introuvable");
        CHECK(titles(a.repo.list(g)).isEmpty());
    }
    SECTION("upcoming and past")
    {
        MeetingFilter g;
        g.councilId = a.council;
        g.now = at(2026, 3, 10, 9);
        g.when = MeetingFilter::When::Upcoming;
        CHECK(titles(a.repo.list(g)) == QStringList{"COPIL de printemps", "Logement 2"});
        g.when = MeetingFilter::When::Past;
        CHECK(titles(a.repo.list(g)) == QStringList{"COPIL 2025", "Logement 1"});
    }
    SECTION("by instance, then date")
    {
        MeetingFilter g;
        g.councilId = a.council;
        g.sort = MeetingSort::Instance;
        CHECK(titles(a.repo.list(g)) == QStringList{"Logement 1", "Logement 2", "COPIL 2025", "COPIL de printemps"});
        g.descending = true;
        CHECK(titles(a.repo.list(g)) == QStringList{"COPIL 2025", "COPIL de printemps", "Logement 1", "Logement 2"});
    }
    SECTION("paging and details")
    {
        MeetingFilter g;
        g.councilId = a.council;
        g.limit = 2;
        g.offset = 1;
        CHECK(titles(a.repo.list(g)) == QStringList{"Logement 1", "COPIL de printemps"});
        g.limit = 0;
        g.offset = 3;
        CHECK(titles(a.repo.list(g)) == QStringList{"Logement 2"});
        MeetingFilter d;
        d.instanceId = a.groupe;
        auto plain = a.repo.list(d);
        REQUIRE(plain.ok());
        CHECK(plain.value()[0].agenda.empty());
        d.withDetails = true;
        auto detailed = a.repo.list(d);
        REQUIRE(detailed.ok());
        REQUIRE(detailed.value()[0].agenda.size() == 1);
    }
}

TEST_CASE("Cancelling a meeting records the reason and refuses meetings that were held", "[db][meeting]")
{
    Agenda a;
    Meeting m = a.add(a.copil, QStringLiteral("COPIL"), at(2026, 5, 5), {}, {QStringLiteral("Point 1")});
    Meeting stale = m;
    REQUIRE(a.repo.cancel(m, QStringLiteral("grève des transports")).ok());
    CHECK(m.status == MeetingStatus::Cancelled);
    CHECK(m.version == 2);
    const Meeting stored = a.repo.get(m.id).value();
    CHECK(stored.status == MeetingStatus::Cancelled);
    CHECK(stored.notes.contains(QStringLiteral("grève des transports")));
    CHECK(stored.agenda.size() == 1);

    const Status again = a.repo.cancel(stale, QStringLiteral("doublon"));
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().kind == Error::Kind::Conflict);

    Meeting held = a.add(a.copil, QStringLiteral("Tenue"), at(2026, 1, 5), {}, {}, MeetingStatus::Held);
    const Status refused = a.repo.cancel(held, QStringLiteral("trop tard"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == Error::Kind::Invalid);
    CHECK(a.repo.get(held.id).value().status == MeetingStatus::Held);
}

TEST_CASE("Postponing a meeting links it to a new planned meeting with the same preparation", "[db][meeting]")
{
    Agenda a;
    Meeting m;
    m.instanceId = a.copil;
    m.title = QStringLiteral("COPIL d'automne");
    m.startsAt = at(2026, 10, 6, 14);
    m.endsAt = at(2026, 10, 6, 16);
    m.place = QStringLiteral("Mairie");
    AgendaItem item;
    item.title = QStringLiteral("Budget");
    item.durationMinutes = 20;
    m.agenda = {item};
    Attendance expected;
    expected.contactId = a.alice;
    expected.status = AttendanceStatus::Excused;
    m.attendance = {expected};
    m.recipientContactIds = {a.alice};
    REQUIRE(a.repo.create(m).ok());

    Result<Meeting> next = a.repo.postpone(m, at(2026, 10, 20, 9));
    INFO(next.error().fullText().toStdString());
    REQUIRE(next.ok());
    CHECK(m.status == MeetingStatus::Postponed);
    CHECK(m.postponedToMeetingId == next->id);

    const Meeting old = a.repo.get(m.id).value();
    CHECK(old.status == MeetingStatus::Postponed);
    CHECK(old.postponedToMeetingId == next->id);
    CHECK(old.agenda.size() == 1); // history kept

    const Meeting fresh = a.repo.get(next->id).value();
    CHECK(fresh.status == MeetingStatus::Planned);
    CHECK(fresh.instanceId == a.copil);
    CHECK(fresh.title == m.title);
    CHECK(fresh.startsAt == at(2026, 10, 20, 9));
    CHECK(fresh.endsAt == at(2026, 10, 20, 11));
    CHECK(fresh.place == QStringLiteral("Mairie"));
    REQUIRE(fresh.agenda.size() == 1);
    CHECK(fresh.agenda[0].title == QStringLiteral("Budget"));
    CHECK(fresh.agenda[0].id != old.agenda[0].id);
    REQUIRE(fresh.attendance.size() == 1);
    CHECK(fresh.attendance[0].contactId == a.alice);
    CHECK(fresh.recipientContactIds == std::vector<qint64>{a.alice});

    Result<Meeting> twice = a.repo.postpone(m, at(2026, 11, 3));
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().kind == Error::Kind::Invalid);
    CHECK(fx::countRows(a.db, QStringLiteral("meeting")) == 2);
}

TEST_CASE("A stale postpone creates nothing", "[db][meeting]")
{
    Agenda a;
    Meeting m = a.add(a.copil, QStringLiteral("COPIL"), at(2026, 5, 5), {}, {QStringLiteral("Point")});
    Meeting stale = m;
    m.title = QStringLiteral("COPIL modifié");
    REQUIRE(a.repo.update(m).ok());
    Result<Meeting> next = a.repo.postpone(stale, at(2026, 6, 5));
    REQUIRE_FALSE(next.ok());
    CHECK(next.error().kind == Error::Kind::Conflict);
    CHECK(fx::countRows(a.db, QStringLiteral("meeting")) == 1);
    CHECK(fx::countRows(a.db, QStringLiteral("agenda_item")) == 1);
    CHECK(stale.status == MeetingStatus::Planned);
}

TEST_CASE("Open follow-ups are listed by instance and due date", "[db][meeting]")
{
    Agenda a;
    auto withFollowUps = [&](qint64 instance, const QDateTime& start,
                             const std::vector<std::pair<QString, QDate>>& items, FollowUpStatus status) {
        Meeting m;
        m.instanceId = instance;
        m.startsAt = start;
        for (const auto& [text, due] : items) {
            FollowUp f;
            f.text = text;
            f.dueOn = due;
            f.status = status;
            m.followUps.push_back(f);
        }
        REQUIRE(a.repo.create(m).ok());
    };
    withFollowUps(a.copil, at(2026, 1, 5), {{"Relancer l'ARS", QDate(2026, 2, 1)}, {"Sans date", QDate()}},
                  FollowUpStatus::Open);
    withFollowUps(a.copil, at(2026, 2, 5), {{"Bilan", QDate(2026, 1, 20)}}, FollowUpStatus::InProgress);
    withFollowUps(a.groupe, at(2026, 2, 6), {{"Visite", QDate(2026, 3, 1)}}, FollowUpStatus::Open);
    withFollowUps(a.groupe, at(2026, 2, 7), {{"Fait", QDate(2026, 1, 1)}}, FollowUpStatus::Done);
    withFollowUps(a.groupe, at(2026, 2, 8), {{"Abandonné", QDate(2026, 1, 1)}}, FollowUpStatus::Dropped);

    auto texts = [](const Result<std::vector<FollowUp>>& r) {
        REQUIRE(r.ok());
        QStringList out;
        for (const FollowUp& f : r.value())
            out << f.text;
        return out;
    };
    CHECK(texts(a.repo.openFollowUps()) == QStringList{"Bilan", "Relancer l'ARS", "Visite", "Sans date"});
    CHECK(texts(a.repo.openFollowUps(a.copil)) == QStringList{"Bilan", "Relancer l'ARS", "Sans date"});
    CHECK(texts(a.repo.openFollowUps(0, QDate(2026, 2, 15))) == QStringList{"Bilan", "Relancer l'ARS"});
    CHECK(texts(a.repo.openFollowUps(a.groupe, QDate(2026, 2, 15))).isEmpty());
    const auto all = a.repo.openFollowUps();
    REQUIRE(all.ok());
    CHECK(all.value()[0].id > 0);
    CHECK(all.value()[0].meetingId > 0);
}

TEST_CASE("The previous meeting of an instance skips cancelled and postponed ones", "[db][meeting]")
{
    Agenda a;
    a.add(a.copil, QStringLiteral("Janvier"), at(2026, 1, 12), {}, {QStringLiteral("Ordre du jour")});
    a.add(a.copil, QStringLiteral("Février annulé"), at(2026, 2, 9), {}, {}, MeetingStatus::Cancelled);
    a.add(a.groupe, QStringLiteral("Autre instance"), at(2026, 2, 20));
    a.add(a.copil, QStringLiteral("Mars"), at(2026, 3, 9));

    Result<Meeting> previous = a.repo.previousMeeting(a.copil, at(2026, 3, 9));
    REQUIRE(previous.ok());
    CHECK(previous->title == QStringLiteral("Janvier"));
    CHECK(previous->agenda.size() == 1);
    CHECK(a.repo.previousMeeting(a.copil, at(2026, 3, 10))->title == QStringLiteral("Mars"));
    Result<Meeting> none = a.repo.previousMeeting(a.copil, at(2026, 1, 12));
    REQUIRE_FALSE(none.ok());
    CHECK(none.error().kind == Error::Kind::NotFound);
}

TEST_CASE("Meeting series are created, read, updated, listed and removed", "[db][meeting]")
{
    Agenda a;
    MeetingSeriesRepository series(a.db);
    MeetingSeries s;
    s.instanceId = a.groupe;
    s.rule = QStringLiteral("FREQ=MONTHLY;BYDAY=2TU");
    s.holidayPolicy = QStringLiteral("skip");
    s.startsOn = QDate(2026, 1, 13);
    s.endsOn = QDate(2026, 12, 8);
    s.occurrenceCount = 11;
    REQUIRE(series.create(s).ok());
    MeetingSeries other;
    other.instanceId = a.copil;
    other.rule = QStringLiteral("FREQ=YEARLY");
    other.startsOn = QDate(2025, 6, 1);
    REQUIRE(series.create(other).ok());

    MeetingSeries loaded = series.get(s.id).value();
    CHECK(loaded.instanceId == a.groupe);
    CHECK(loaded.rule == s.rule);
    CHECK(loaded.holidayPolicy == QStringLiteral("skip"));
    CHECK(loaded.startsOn == QDate(2026, 1, 13));
    CHECK(loaded.endsOn == QDate(2026, 12, 8));
    CHECK(loaded.occurrenceCount == 11);
    CHECK(series.get(other.id)->holidayPolicy == QStringLiteral("next_working_day"));

    REQUIRE(series.list().ok());
    CHECK(series.list()->size() == 2);
    CHECK(series.list()->front().id == other.id);
    REQUIRE(series.list(a.groupe)->size() == 1);

    MeetingSeries stale = loaded;
    loaded.occurrenceCount = 10;
    REQUIRE(series.update(loaded).ok());
    CHECK(series.get(s.id)->occurrenceCount == 10);
    stale.rule = QStringLiteral("FREQ=WEEKLY");
    CHECK(series.update(stale).error().kind == Error::Kind::Conflict);

    MeetingSeries invalid = loaded;
    invalid.rule.clear();
    const Status refused = series.update(invalid);
    CHECK(refused.error().kind == Error::Kind::Invalid);
    CHECK(refused.error().message.contains(QStringLiteral("Recurrence")));

    Meeting m;
    m.instanceId = a.groupe;
    m.seriesId = s.id;
    m.startsAt = at(2026, 1, 13);
    REQUIRE(a.repo.create(m).ok());
    CHECK(a.repo.get(m.id)->seriesId == s.id);
    REQUIRE(series.remove(s.id).ok());
    CHECK(series.get(s.id).error().kind == Error::Kind::NotFound);
    CHECK(a.repo.get(m.id)->seriesId == 0); // the meeting stays, detached
}
