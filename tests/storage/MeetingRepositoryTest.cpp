// SPDX-License-Identifier: EUPL-1.2
#include "core/storage/MeetingRepository.h"
#include "core/storage/RecordSql.h"
#include "core/storage/SqlQuery.h"
#include "tests/storage/ActivityFixtures.h"
#include "tests/support/Catch.h"
#include "tests/support/TestDatabase.h"

using namespace maillage;
namespace fx = maillage::test::fixtures;

namespace {

struct MeetingWorld
{
    test::TestDatabase tdb;
    Database& db = tdb.db();
    qint64 council = fx::insertCouncil(db);
    qint64 copil = fx::insertInstance(db, council, QStringLiteral("Comité de pilotage"));
    qint64 cellule = fx::insertInstance(db, council, QStringLiteral("Cellule RESAD"), QStringLiteral("cellule"));
    qint64 alice = fx::insertContact(db, QStringLiteral("Martin"), QStringLiteral("Alice"));
    qint64 bruno = fx::insertContact(db, QStringLiteral("Durand"), QStringLiteral("Bruno"));
    qint64 chloe = fx::insertContact(db, QStringLiteral("Petit"), QStringLiteral("Chloé"));
    qint64 ccas = fx::insertOrganisation(db, QStringLiteral("CCAS de Lunel"), QStringLiteral("CCAS"));
    MeetingRepository repo{db};
};

QDateTime at(int y, int m, int d, int h = 14, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min));
}

Meeting fullMeeting(const MeetingWorld& w)
{
    Meeting m;
    m.instanceId = w.copil;
    m.title = QStringLiteral("COPIL de printemps");
    m.startsAt = at(2026, 3, 10, 14, 0);
    m.endsAt = at(2026, 3, 10, 16, 30);
    m.place = QStringLiteral("Mairie, salle du conseil");
    m.videoLink = QStringLiteral("https://visio.example.org/copil");
    m.status = MeetingStatus::Held;
    m.convocationSentOn = QDate(2026, 2, 20);
    m.secretaryContactId = w.bruno;
    m.minutesKind = MinutesKind::DecisionsRecord;
    m.minutesStatus = MinutesStatus::Distributed;
    m.minutesValidatedOn = QDate(2026, 3, 20);
    m.minutesDistributedOn = QDate(2026, 3, 22);
    m.notes = QStringLiteral("Quorum atteint");
    AgendaItem a1;
    a1.title = QStringLiteral("Bilan de la SISM");
    a1.presenter = QStringLiteral("Alice Martin");
    a1.durationMinutes = 30;
    a1.minutesHtml = QStringLiteral("<p>Bonne participation</p>");
    AgendaItem a2;
    a2.title = QStringLiteral("Feuille de route");
    a2.durationMinutes = 45;
    m.agenda = {a1, a2};
    Attendance present;
    present.contactId = w.alice;
    present.organisationId = w.ccas;
    Attendance represented;
    represented.contactId = w.chloe;
    represented.status = AttendanceStatus::Represented;
    represented.representedByContactId = w.bruno;
    Attendance guest;
    guest.isGuest = true;
    guest.guestName = QStringLiteral("Dr Invité");
    guest.status = AttendanceStatus::Excused;
    m.attendance = {present, represented, guest};
    Decision d1;
    d1.text = QStringLiteral("Reconduire la SISM");
    Decision d2;
    d2.text = QStringLiteral("Créer un groupe logement");
    m.decisions = {d1, d2};
    FollowUp f;
    f.text = QStringLiteral("Envoyer le bilan");
    f.ownerContactId = w.alice;
    f.dueOn = QDate(2026, 4, 1);
    f.status = FollowUpStatus::InProgress;
    m.followUps = {f};
    m.recipientContactIds = {w.alice, w.bruno, w.alice};
    return m;
}

Meeting simpleMeeting(qint64 instance, const QString& title, const QDateTime& start,
                      MeetingStatus status = MeetingStatus::Planned)
{
    Meeting m;
    m.instanceId = instance;
    m.title = title;
    m.startsAt = start;
    m.status = status;
    return m;
}

} // namespace

TEST_CASE("A meeting is saved whole and read back with every field and child", "[db][meeting]")
{
    MeetingWorld w;
    Meeting m = fullMeeting(w);
    const Status created = w.repo.create(m);
    INFO(created.error().fullText().toStdString());
    REQUIRE(created.ok());
    CHECK(m.id > 0);
    CHECK(m.version == 1);
    CHECK(m.createdAt.isValid());
    CHECK(m.agenda[0].id > 0);
    CHECK(m.recipientContactIds == std::vector<qint64>{w.alice, w.bruno}); // duplicates dropped

    w.tdb.reopen();
    MeetingRepository repo(w.tdb.db());
    Result<Meeting> loaded = repo.get(m.id);
    REQUIRE(loaded.ok());
    const Meeting& l = loaded.value();
    CHECK(l.instanceId == w.copil);
    CHECK(l.seriesId == 0);
    CHECK(l.title == m.title);
    CHECK(l.startsAt == m.startsAt);
    CHECK(l.endsAt == m.endsAt);
    CHECK(l.place == m.place);
    CHECK(l.videoLink == m.videoLink);
    CHECK(l.status == MeetingStatus::Held);
    CHECK(l.convocationSentOn == QDate(2026, 2, 20));
    CHECK(l.secretaryContactId == w.bruno);
    CHECK(l.minutesKind == MinutesKind::DecisionsRecord);
    CHECK(l.minutesStatus == MinutesStatus::Distributed);
    CHECK(l.minutesValidatedOn == QDate(2026, 3, 20));
    CHECK(l.minutesDistributedOn == QDate(2026, 3, 22));
    CHECK(l.notes == m.notes);
    CHECK(l.version == 1);
    REQUIRE(l.agenda.size() == 2);
    CHECK(l.agenda[0].title == QStringLiteral("Bilan de la SISM"));
    CHECK(l.agenda[0].position == 1);
    CHECK(l.agenda[0].presenter == QStringLiteral("Alice Martin"));
    CHECK(l.agenda[0].durationMinutes == 30);
    CHECK(l.agenda[0].minutesHtml == QStringLiteral("<p>Bonne participation</p>"));
    CHECK(l.agenda[1].title == QStringLiteral("Feuille de route"));
    CHECK(l.agenda[1].position == 2);
    REQUIRE(l.attendance.size() == 3);
    CHECK(l.attendance[0].contactId == w.alice);
    CHECK(l.attendance[0].organisationId == w.ccas);
    CHECK(l.attendance[0].status == AttendanceStatus::Present);
    CHECK(l.attendance[1].status == AttendanceStatus::Represented);
    CHECK(l.attendance[1].representedByContactId == w.bruno);
    CHECK(l.attendance[2].isGuest);
    CHECK(l.attendance[2].contactId == 0);
    CHECK(l.attendance[2].guestName == QStringLiteral("Dr Invité"));
    CHECK(l.attendance[2].status == AttendanceStatus::Excused);
    REQUIRE(l.decisions.size() == 2);
    CHECK(l.decisions[0].text == QStringLiteral("Reconduire la SISM"));
    CHECK(l.decisions[1].position == 2);
    REQUIRE(l.followUps.size() == 1);
    CHECK(l.followUps[0].text == QStringLiteral("Envoyer le bilan"));
    CHECK(l.followUps[0].ownerContactId == w.alice);
    CHECK(l.followUps[0].dueOn == QDate(2026, 4, 1));
    CHECK(l.followUps[0].status == FollowUpStatus::InProgress);
    CHECK(l.followUps[0].meetingId == m.id);
    CHECK(l.recipientContactIds == std::vector<qint64>{w.alice, w.bruno});
}

TEST_CASE("Updating a meeting replaces its children, keeping the ids of those that remain", "[db][meeting]")
{
    MeetingWorld w;
    Meeting m = fullMeeting(w);
    REQUIRE(w.repo.create(m).ok());
    const qint64 keptItem = m.agenda[1].id;
    const qint64 keptFollowUp = m.followUps[0].id;

    // Reorder: the second item comes first, the first is dropped, a new one is appended.
    AgendaItem added;
    added.title = QStringLiteral("Questions diverses");
    m.agenda = {m.agenda[1], added};
    m.decisions[0].agendaItemId = keptItem;
    m.decisions.pop_back();
    m.attendance.pop_back();
    m.followUps[0].status = FollowUpStatus::Done;
    m.followUps[0].doneOn = QDate(2026, 3, 30);
    m.recipientContactIds = {w.chloe};
    m.title = QStringLiteral("COPIL de mars");
    const Status updated = w.repo.update(m);
    INFO(updated.error().fullText().toStdString());
    REQUIRE(updated.ok());
    CHECK(m.version == 2);

    Result<Meeting> loaded = w.repo.get(m.id);
    REQUIRE(loaded.ok());
    const Meeting& l = loaded.value();
    CHECK(l.title == QStringLiteral("COPIL de mars"));
    CHECK(l.version == 2);
    REQUIRE(l.agenda.size() == 2);
    CHECK(l.agenda[0].id == keptItem);
    CHECK(l.agenda[0].title == QStringLiteral("Feuille de route"));
    CHECK(l.agenda[0].position == 1);
    CHECK(l.agenda[1].title == QStringLiteral("Questions diverses"));
    CHECK(l.agenda[1].position == 2);
    REQUIRE(l.decisions.size() == 1);
    CHECK(l.decisions[0].agendaItemId == keptItem);
    CHECK(l.attendance.size() == 2);
    REQUIRE(l.followUps.size() == 1);
    CHECK(l.followUps[0].id == keptFollowUp);
    CHECK(l.followUps[0].status == FollowUpStatus::Done);
    CHECK(l.followUps[0].doneOn == QDate(2026, 3, 30));
    CHECK(l.recipientContactIds == std::vector<qint64>{w.chloe});
    CHECK(fx::countRows(w.db, QStringLiteral("agenda_item")) == 2);
    CHECK(fx::countRows(w.db, QStringLiteral("meeting_recipient")) == 1);
}

TEST_CASE("An invalid meeting is refused with a message naming the field, and nothing is written", "[db][meeting]")
{
    MeetingWorld w;
    Meeting m = fullMeeting(w);
    SECTION("no instance")
    {
        m.instanceId = 0;
        const Status s = w.repo.create(m);
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().kind == Error::Kind::Invalid);
        CHECK(s.error().message.contains(QStringLiteral("Instance")));
    }
    SECTION("end before start")
    {
        m.endsAt = m.startsAt.addSecs(-3600);
        const Status s = w.repo.create(m);
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().kind == Error::Kind::Invalid);
        CHECK(s.error().message.contains(QStringLiteral("End")));
    }
    SECTION("an agenda item without a title")
    {
        m.agenda[1].title = QStringLiteral("  ");
        const Status s = w.repo.create(m);
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().message.contains(QStringLiteral("Agenda item")));
    }
    CHECK(m.id == 0);
    CHECK(fx::countRows(w.db, QStringLiteral("meeting")) == 0);
    CHECK(fx::countRows(w.db, QStringLiteral("agenda_item")) == 0);
}

TEST_CASE("Meetings refer to existing instances and keep them from being deleted", "[db][meeting]")
{
    MeetingWorld w;
    Meeting orphan = simpleMeeting(9999, QStringLiteral("Nulle part"), at(2026, 1, 5));
    const Status s = w.repo.create(orphan);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().kind == Error::Kind::Constraint);
    CHECK(fx::countRows(w.db, QStringLiteral("meeting")) == 0);

    Meeting m = simpleMeeting(w.copil, QStringLiteral("COPIL"), at(2026, 1, 5));
    REQUIRE(w.repo.create(m).ok());
    const Status removed = records::deleteById(w.db, QStringLiteral("instance"), w.copil, QStringLiteral("delete"));
    REQUIRE_FALSE(removed.ok());
    CHECK(removed.error().kind == Error::Kind::Constraint);

    REQUIRE(w.repo.remove(m.id).ok());
    CHECK(w.repo.get(m.id).error().kind == Error::Kind::NotFound);
    CHECK(w.repo.remove(m.id).error().kind == Error::Kind::NotFound);
}

TEST_CASE("A stale copy of a meeting is refused with a conflict and nothing is overwritten", "[db][meeting]")
{
    MeetingWorld w;
    Meeting m = fullMeeting(w);
    REQUIRE(w.repo.create(m).ok());
    Meeting first = w.repo.get(m.id).value();
    Meeting second = w.repo.get(m.id).value();
    first.title = QStringLiteral("Première version");
    REQUIRE(w.repo.update(first).ok());
    second.title = QStringLiteral("Seconde version");
    second.agenda.clear();
    const Status s = w.repo.update(second);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().kind == Error::Kind::Conflict);
    CHECK(second.version == 1);
    const Meeting stored = w.repo.get(m.id).value();
    CHECK(stored.title == QStringLiteral("Première version"));
    CHECK(stored.agenda.size() == 2);
    CHECK(stored.version == 2);
}

TEST_CASE("A meeting save that fails half-way leaves the stored meeting untouched", "[db][meeting]")
{
    MeetingWorld w;
    Meeting m = fullMeeting(w);
    REQUIRE(w.repo.create(m).ok());
    const Meeting before = m;

    Meeting changed = m;
    changed.title = QStringLiteral("Ne doit pas rester");
    changed.agenda.pop_back();
    Attendance ghost;
    ghost.contactId = 987654; // passes validation, refused by the foreign key
    changed.attendance.push_back(ghost);
    const Status s = w.repo.update(changed);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().kind == Error::Kind::Constraint);
    CHECK(changed.version == before.version); // the caller's copy is not stamped

    const Meeting stored = w.repo.get(m.id).value();
    CHECK(stored.title == before.title);
    CHECK(stored.version == before.version);
    CHECK(stored.agenda.size() == 2);
    CHECK(stored.attendance.size() == 3);
    CHECK(stored.decisions.size() == 2);
    CHECK(stored.followUps.size() == 1);

    Meeting fresh = fullMeeting(w);
    fresh.attendance.push_back(ghost);
    REQUIRE_FALSE(w.repo.create(fresh).ok());
    CHECK(fresh.id == 0);
    CHECK(fx::countRows(w.db, QStringLiteral("meeting")) == 1);
    CHECK(fx::countRows(w.db, QStringLiteral("agenda_item")) == 2);
}
