// SPDX-License-Identifier: EUPL-1.2
#include "core/storage/AgendaTemplateRepository.h"
#include "core/storage/CouncilRepository.h"
#include "core/storage/MeetingRepository.h"
#include "tests/storage/ActivityFixtures.h"
#include "tests/storage/RepositoryChecks.h"
#include "tests/support/Catch.h"
#include "tests/support/TestDatabase.h"

using namespace maillage;
namespace fx = maillage::test::fixtures;

TEST_CASE("Agenda items keep their kind and confidentiality; meetings where their minutes were approved",
          "[db]")
{
    test::TestDatabase fixture;
    Database& db = fixture.db();
    const qint64 council = fx::insertCouncil(db);
    const qint64 instance = fx::insertInstance(db, council, QStringLiteral("COPIL"));
    MeetingRepository meetings(db);

    Meeting first;
    first.instanceId = instance;
    first.startsAt = QDateTime(QDate(2026, 3, 10), QTime(14, 0));
    AgendaItem situations;
    situations.title = QStringLiteral("Situations individuelles");
    situations.confidential = true;
    first.agenda.push_back(situations);
    REQUIRE_OK(meetings.create(first));

    Meeting second;
    second.instanceId = instance;
    second.startsAt = QDateTime(QDate(2026, 4, 14), QTime(14, 0));
    AgendaItem approval;
    approval.title = QStringLiteral("Approbation du compte rendu précédent");
    approval.kind = AgendaItemKind::Approval;
    second.agenda.push_back(approval);
    REQUIRE_OK(meetings.create(second));
    first.minutesApprovedInMeetingId = second.id;
    REQUIRE_OK(meetings.update(first));

    fixture.reopen();
    MeetingRepository reread(fixture.db());
    auto stored = reread.get(first.id);
    REQUIRE(stored.ok());
    CHECK(stored->agenda.at(0).confidential);
    CHECK(stored->agenda.at(0).kind == AgendaItemKind::Regular);
    CHECK(stored->minutesApprovedInMeetingId == second.id);
    auto next = reread.get(second.id);
    REQUIRE(next.ok());
    CHECK(next->agenda.at(0).kind == AgendaItemKind::Approval);
    CHECK_FALSE(next->agenda.at(0).confidential);
}

TEST_CASE("Agenda templates are saved whole and listed per instance", "[db]")
{
    test::TestDatabase fixture;
    Database& db = fixture.db();
    const qint64 instance = fx::insertInstance(db, fx::insertCouncil(db), QStringLiteral("RESAD"));
    AgendaTemplateRepository templates(db);

    AgendaTemplate monthly;
    monthly.instanceId = instance;
    monthly.name = QStringLiteral("Cellule mensuelle");
    AgendaTemplateItem a, b;
    a.title = QStringLiteral("Approbation du compte rendu précédent");
    a.kind = AgendaItemKind::Approval;
    a.durationMinutes = 5;
    b.title = QStringLiteral("Situations");
    b.confidential = true;
    b.durationMinutes = 60;
    monthly.items = {a, b};
    REQUIRE_OK(templates.create(monthly));

    AgendaTemplate empty;
    empty.instanceId = instance;
    auto refused = templates.create(empty);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QLatin1String("Template name")));

    auto listed = templates.listByInstance(instance);
    REQUIRE(listed.ok());
    REQUIRE(listed->size() == 1);
    REQUIRE(listed->at(0).items.size() == 2);
    CHECK(listed->at(0).items[1].confidential);
    CHECK(listed->at(0).items[1].toAgendaItem().durationMinutes == 60);

    AgendaTemplate stale = listed->at(0);
    monthly.items.pop_back();
    REQUIRE_OK(templates.update(monthly));
    CHECK(templates.get(monthly.id)->items.size() == 1);
    stale.name = QStringLiteral("Autre");
    CHECK(templates.update(stale).error().kind == Error::Kind::Conflict);
}

TEST_CASE("Validated minutes are frozen as numbered versions", "[db]")
{
    test::TestDatabase fixture;
    Database& db = fixture.db();
    const qint64 instance = fx::insertInstance(db, fx::insertCouncil(db), QStringLiteral("COPIL"));
    Meeting meeting;
    meeting.instanceId = instance;
    meeting.startsAt = QDateTime(QDate(2026, 3, 10), QTime(14, 0));
    REQUIRE_OK(MeetingRepository(db).create(meeting));

    MinutesVersionRepository versions(db);
    auto v1 = versions.freeze(meeting.id, QDate(2026, 3, 20), QStringLiteral("<p>Première</p>"));
    REQUIRE(v1.ok());
    auto v2 = versions.freeze(meeting.id, QDate(2026, 4, 14), QStringLiteral("<p>Corrigée</p>"));
    REQUIRE(v2.ok());
    CHECK(v1->number == 1);
    CHECK(v2->number == 2);
    auto listed = versions.list(meeting.id);
    REQUIRE(listed.ok());
    REQUIRE(listed->size() == 2);
    CHECK(listed->at(0).contentHtml == QStringLiteral("<p>Première</p>"));
    CHECK_FALSE(versions.freeze(meeting.id, QDate(), QStringLiteral("x")).ok());
}

TEST_CASE("The council keeps its Alsace-Moselle holidays setting", "[db]")
{
    test::TestDatabase fixture;
    CouncilRepository councils(fixture.db());
    Council council;
    council.name = QStringLiteral("CLSM de Metz");
    council.alsaceMoselle = true;
    REQUIRE_OK(councils.create(council));
    fixture.reopen();
    CHECK(CouncilRepository(fixture.db()).get(council.id)->alsaceMoselle);
}
