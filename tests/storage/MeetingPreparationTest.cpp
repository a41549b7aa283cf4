// SPDX-License-Identifier: EUPL-1.2
#include "core/demo/DemoCouncil.h"
#include "core/meetings/MeetingPreparation.h"
#include "core/storage/AgendaTemplateRepository.h"
#include "core/storage/InstanceRepository.h"
#include "core/storage/MeetingRepository.h"
#include "tests/storage/RepositoryChecks.h"
#include "tests/support/Catch.h"
#include "tests/support/TestDatabase.h"

#include <QSqlQuery>

#include <algorithm>

using namespace maillage;

namespace {

const QDate kToday(2026, 6, 15);

/// An instance of the demo council that has follow-ups still open, with its planned meetings.
struct DemoInstance {
    qint64 id = 0;
    std::vector<FollowUp> open;
    std::vector<Meeting> planned; ///< after kToday, soonest first
};

DemoInstance instanceWithOpenFollowUps(Database& db)
{
    REQUIRE_OK(demo::generateDemoCouncil(db, kToday));
    MeetingRepository meetings(db);
    auto open = meetings.openFollowUps();
    REQUIRE(open.ok());
    REQUIRE_FALSE(open->empty());
    DemoInstance result;
    // The instance with the most planned meetings among those with open follow-ups.
    for (const FollowUp& followUp : open.value()) {
        auto owner = meetings.get(followUp.meetingId);
        REQUIRE(owner.ok());
        MeetingFilter filter;
        filter.instanceId = owner->instanceId;
        filter.status = MeetingStatus::Planned;
        filter.from = kToday;
        filter.withDetails = true;
        auto planned = meetings.list(filter);
        REQUIRE(planned.ok());
        if (planned->size() >= 2 && planned->size() > result.planned.size()) {
            result.id = owner->instanceId;
            result.planned = planned.value();
        }
    }
    REQUIRE(result.id > 0);
    auto mine = meetings.openFollowUps(result.id);
    REQUIRE(mine.ok());
    result.open = mine.value();
    return result;
}

void failOnInsert(Database& db, const QString& table)
{
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(QStringLiteral("CREATE TEMP TRIGGER fail_%1 BEFORE INSERT ON %1 "
                                      "BEGIN SELECT RAISE(ABORT, 'injected failure'); END")
                           .arg(table)));
}

const AgendaItem* itemOfKind(const Meeting& meeting, AgendaItemKind kind)
{
    auto found = std::find_if(meeting.agenda.begin(), meeting.agenda.end(),
                              [&](const AgendaItem& item) { return item.kind == kind; });
    return found == meeting.agenda.end() ? nullptr : &*found;
}

} // namespace

TEST_CASE("A new meeting expects the members and lists the open follow-ups", "[db][meetings]")
{
    test::TestDatabase fixture;
    Database& db = fixture.db();
    const DemoInstance demo = instanceWithOpenFollowUps(db);
    const QDateTime start(QDate(2026, 9, 8), QTime(14, 0));

    auto draft = MeetingPreparation::newMeeting(db, demo.id, start);
    REQUIRE(draft.ok());
    auto instance = InstanceRepository(db).get(demo.id);
    REQUIRE(instance.ok());
    CHECK(draft->id == 0);
    CHECK(draft->title.startsWith(instance->name + QStringLiteral(" – ")));
    CHECK(draft->title.contains(QStringLiteral("2026")));
    CHECK(draft->place == instance->usualPlace);
    CHECK(draft->endsAt > draft->startsAt);

    REQUIRE(draft->agenda.size() >= 3);
    CHECK(draft->agenda.front().kind == AgendaItemKind::Approval);
    CHECK(draft->agenda.back().title == MeetingPreparation::otherBusinessTitle());
    const AgendaItem* review = itemOfKind(draft.value(), AgendaItemKind::FollowUpReview);
    REQUIRE(review != nullptr);
    for (const FollowUp& followUp : demo.open)
        CHECK(review->minutesHtml.contains(followUp.text.toHtmlEscaped()));

    auto members = InstanceRepository(db).membersOn(demo.id, start.date());
    REQUIRE(members.ok());
    for (const InstanceMember& member : members.value()) {
        if (member.contactId <= 0)
            continue;
        const bool expected = std::any_of(draft->attendance.begin(), draft->attendance.end(),
                                          [&](const Attendance& row) { return row.contactId == member.contactId; });
        CHECK(expected);
    }
    CHECK(draft->attendance.size() >= members->size() / 2);
    CHECK(draft->recipientContactIds.size() == draft->attendance.size());

    // The draft saves as it is.
    Meeting meeting = draft.value();
    REQUIRE_OK(MeetingPreparation::saveMeeting(db, meeting));
    auto stored = MeetingRepository(db).get(meeting.id);
    REQUIRE(stored.ok());
    CHECK(stored->attendance.size() == draft->attendance.size());
    CHECK(stored->agenda.size() == draft->agenda.size());
}

TEST_CASE("Copying the previous meeting takes its agenda but not its minutes", "[db][meetings]")
{
    test::TestDatabase fixture;
    Database& db = fixture.db();
    const DemoInstance demo = instanceWithOpenFollowUps(db);
    const QDateTime start = demo.planned.back().startsAt.addDays(30);
    auto previous = MeetingRepository(db).previousMeeting(demo.id, start);
    REQUIRE(previous.ok());

    auto copy = MeetingPreparation::copyPrevious(db, demo.id, start);
    REQUIRE(copy.ok());
    REQUIRE(copy->agenda.size() == previous->agenda.size());
    for (size_t i = 0; i < copy->agenda.size(); ++i) {
        CHECK(copy->agenda[i].title == previous->agenda[i].title);
        CHECK(copy->agenda[i].presenter == previous->agenda[i].presenter);
        CHECK(copy->agenda[i].durationMinutes == previous->agenda[i].durationMinutes);
        CHECK(copy->agenda[i].id == 0);
        if (copy->agenda[i].kind != AgendaItemKind::FollowUpReview)
            CHECK(copy->agenda[i].minutesHtml.isEmpty());
    }
    CHECK(copy->decisions.empty());
    CHECK(copy->followUps.empty());
    CHECK(copy->minutesStatus == MinutesStatus::Draft);

    auto none = MeetingPreparation::copyPrevious(db, demo.id, QDateTime(QDate(2000, 1, 1), QTime(9, 0)));
    CHECK_FALSE(none.ok());
    CHECK(none.error().kind == Error::Kind::NotFound);
}

TEST_CASE("An agenda saved as a template comes back when applied", "[db][meetings]")
{
    test::TestDatabase fixture;
    Database& db = fixture.db();
    const DemoInstance demo = instanceWithOpenFollowUps(db);
    Meeting source = demo.planned.front();
    AgendaItem confidential;
    confidential.title = QStringLiteral("Situations individuelles");
    confidential.presenter = QStringLiteral("Dr Martin");
    confidential.durationMinutes = 25;
    confidential.confidential = true;
    source.agenda.push_back(confidential);

    REQUIRE_OK(MeetingPreparation::saveAgendaAsTemplate(db, source, QStringLiteral("COPIL ordinaire")));
    REQUIRE_OK(MeetingPreparation::saveAgendaAsTemplate(db, source, QStringLiteral("copil ordinaire ")));
    auto templates = AgendaTemplateRepository(db).listByInstance(demo.id);
    REQUIRE(templates.ok());
    REQUIRE(templates->size() == 1); // the same name replaces
    REQUIRE(templates->front().items.size() == source.agenda.size());

    Meeting target;
    target.agenda.push_back(AgendaItem{});
    MeetingPreparation::applyTemplate(target, templates->front());
    REQUIRE(target.agenda.size() == source.agenda.size());
    for (size_t i = 0; i < source.agenda.size(); ++i) {
        CHECK(target.agenda[i].title == source.agenda[i].title);
        CHECK(target.agenda[i].presenter == source.agenda[i].presenter);
        CHECK(target.agenda[i].durationMinutes == source.agenda[i].durationMinutes);
        CHECK(target.agenda[i].confidential == source.agenda[i].confidential);
        CHECK(target.agenda[i].kind == source.agenda[i].kind);
    }

    if (!test::TestDatabase::usingPostgres()) {
        failOnInsert(db, QStringLiteral("agenda_template_item"));
        CHECK_FALSE(MeetingPreparation::saveAgendaAsTemplate(db, source, QStringLiteral("Autre")).ok());
        CHECK(test::rowCount(db, QStringLiteral("agenda_template")) == 1);
    }
}

TEST_CASE("An agenda item moves to the next planned meeting, all or nothing", "[db][meetings]")
{
    test::TestDatabase fixture;
    Database& db = fixture.db();
    const DemoInstance demo = instanceWithOpenFollowUps(db);
    MeetingRepository meetings(db);
    Meeting from = demo.planned.front();
    AgendaItem item;
    item.title = QStringLiteral("Bilan de la SISM");
    item.durationMinutes = 20;
    from.agenda.push_back(item);
    REQUIRE_OK(meetings.update(from));
    const qint64 itemId = from.agenda.back().id;
    const size_t nextSize = demo.planned[1].agenda.size();

    if (!test::TestDatabase::usingPostgres()) {
        QSqlQuery query(db.connection());
        REQUIRE(query.exec(QStringLiteral("CREATE TEMP TRIGGER fail_move BEFORE INSERT ON agenda_item "
                                          "WHEN NEW.title = 'Bilan de la SISM' AND NEW.meeting_id <> %1 "
                                          "BEGIN SELECT RAISE(ABORT, 'injected failure'); END")
                               .arg(from.id)));
        CHECK_FALSE(MeetingPreparation::moveItemToNextMeeting(db, from.id, itemId).ok());
        CHECK(meetings.get(from.id)->agenda.back().id == itemId); // still there
        REQUIRE(query.exec(QStringLiteral("DROP TRIGGER fail_move")));
    }

    REQUIRE_OK(MeetingPreparation::moveItemToNextMeeting(db, from.id, itemId));
    auto left = meetings.get(from.id);
    auto next = meetings.get(demo.planned[1].id);
    REQUIRE(left.ok());
    REQUIRE(next.ok());
    CHECK(std::none_of(left->agenda.begin(), left->agenda.end(),
                       [](const AgendaItem& a) { return a.title == QStringLiteral("Bilan de la SISM"); }));
    REQUIRE(next->agenda.size() == nextSize + 1);
    CHECK(std::any_of(next->agenda.begin(), next->agenda.end(), [](const AgendaItem& a) {
        return a.title == QStringLiteral("Bilan de la SISM") && a.durationMinutes == 20;
    }));

    // The last planned meeting has no next one: a clear error.
    Meeting last = demo.planned.back();
    REQUIRE_FALSE(last.agenda.empty());
    Status none = MeetingPreparation::moveItemToNextMeeting(db, last.id, last.agenda.front().id);
    CHECK_FALSE(none.ok());
    CHECK(none.error().kind == Error::Kind::NotFound);
    CHECK(none.error().message.contains(QStringLiteral("next meeting")));
}

TEST_CASE("Validated minutes are frozen; an edit makes them draft and the next validation version 2",
          "[db][meetings]")
{
    test::TestDatabase fixture;
    Database& db = fixture.db();
    const DemoInstance demo = instanceWithOpenFollowUps(db);
    Meeting meeting = demo.planned.front();
    meeting.agenda.front().minutesHtml = QStringLiteral("<p>Le compte rendu est <b>approuvé</b>.</p>");
    Decision decision;
    decision.agendaItemId = meeting.agenda.front().id;
    decision.text = QStringLiteral("Diffuser le guide des ressources");
    meeting.decisions.push_back(decision);
    REQUIRE_OK(MeetingPreparation::saveMeeting(db, meeting));

    if (!test::TestDatabase::usingPostgres()) {
        failOnInsert(db, QStringLiteral("minutes_version"));
        Meeting attempt = meeting;
        CHECK_FALSE(MeetingPreparation::validateMinutes(db, attempt, QDate(2026, 7, 1)).ok());
        CHECK(attempt.minutesStatus == MinutesStatus::Draft);
        CHECK(MeetingRepository(db).get(meeting.id)->minutesStatus == MinutesStatus::Draft);
        QSqlQuery(db.connection()).exec(QStringLiteral("DROP TRIGGER fail_minutes_version"));
    }

    REQUIRE_OK(MeetingPreparation::validateMinutes(db, meeting, QDate(2026, 7, 1)));
    CHECK(meeting.minutesStatus == MinutesStatus::Validated);
    auto versions = MinutesVersionRepository(db).list(meeting.id);
    REQUIRE(versions.ok());
    REQUIRE(versions->size() == 1);
    CHECK(versions->front().number == 1);
    CHECK(versions->front().contentHtml.contains(QStringLiteral("<b>approuvé</b>")));
    CHECK(versions->front().contentHtml.contains(QStringLiteral("Diffuser le guide des ressources")));

    // Saving without a change keeps them validated; an edit of the minutes makes them a draft again.
    REQUIRE_OK(MeetingPreparation::saveMeeting(db, meeting));
    CHECK(MeetingRepository(db).get(meeting.id)->minutesStatus == MinutesStatus::Validated);
    meeting.agenda.front().minutesHtml = QStringLiteral("<p>Le compte rendu est approuvé, avec une correction.</p>");
    REQUIRE_OK(MeetingPreparation::saveMeeting(db, meeting));
    CHECK(meeting.minutesStatus == MinutesStatus::Draft);
    CHECK(MeetingRepository(db).get(meeting.id)->minutesStatus == MinutesStatus::Draft);

    REQUIRE_OK(MeetingPreparation::validateMinutes(db, meeting, QDate(2026, 7, 8)));
    versions = MinutesVersionRepository(db).list(meeting.id);
    REQUIRE(versions.ok());
    REQUIRE(versions->size() == 2);
    CHECK(versions->back().number == 2);
    CHECK(versions->back().validatedOn == QDate(2026, 7, 8));
    CHECK(versions->back().contentHtml.contains(QStringLiteral("avec une correction")));
    CHECK(versions->front().contentHtml.contains(QStringLiteral("<b>approuvé</b>"))); // the old one stays
}

TEST_CASE("The approval of the previous minutes is recorded on that meeting", "[db][meetings]")
{
    test::TestDatabase fixture;
    Database& db = fixture.db();
    const DemoInstance demo = instanceWithOpenFollowUps(db);
    MeetingRepository meetings(db);
    const Meeting approving = demo.planned[1];
    auto previous = meetings.previousMeeting(demo.id, approving.startsAt);
    REQUIRE(previous.ok());
    REQUIRE(previous->id == demo.planned[0].id);

    if (!test::TestDatabase::usingPostgres()) {
        failOnInsert(db, QStringLiteral("minutes_version"));
        CHECK_FALSE(MeetingPreparation::recordApproval(db, approving.id).ok());
        CHECK(meetings.get(previous->id)->minutesApprovedInMeetingId == 0);
        QSqlQuery(db.connection()).exec(QStringLiteral("DROP TRIGGER fail_minutes_version"));
    }

    REQUIRE_OK(MeetingPreparation::recordApproval(db, approving.id));
    auto approved = meetings.get(previous->id);
    REQUIRE(approved.ok());
    CHECK(approved->minutesApprovedInMeetingId == approving.id);
    CHECK(approved->minutesStatus == MinutesStatus::Validated); // a draft is validated by its approval
    CHECK(approved->minutesValidatedOn == approving.startsAt.date());
    CHECK(MinutesVersionRepository(db).list(previous->id)->size() == 1);
}

TEST_CASE("Decisions follow new agenda items to their ids", "[db][meetings]")
{
    test::TestDatabase fixture;
    Database& db = fixture.db();
    const DemoInstance demo = instanceWithOpenFollowUps(db);
    auto draft = MeetingPreparation::newMeeting(db, demo.id, QDateTime(QDate(2026, 9, 8), QTime(14, 0)));
    REQUIRE(draft.ok());
    Meeting meeting = draft.value();
    meeting.agenda.back().id = -7; // a placeholder the editor gives to items not saved yet
    Decision decision;
    decision.agendaItemId = -7;
    decision.text = QStringLiteral("Prochaine réunion en visio");
    meeting.decisions.push_back(decision);
    REQUIRE_OK(MeetingPreparation::saveMeeting(db, meeting));
    auto stored = MeetingRepository(db).get(meeting.id);
    REQUIRE(stored.ok());
    REQUIRE(stored->decisions.size() == 1);
    CHECK(stored->decisions.front().agendaItemId == stored->agenda.back().id);
    CHECK(stored->agenda.back().id > 0);
}
