// SPDX-License-Identifier: EUPL-1.2
// Meetings list ordering, duplication of a meeting and the follow-ups across meetings, on the demo council.
#include "core/demo/DemoCouncil.h"
#include "core/storage/FollowUpRepository.h"
#include "core/storage/MeetingCopy.h"
#include "core/storage/MeetingListQueries.h"
#include "core/storage/MeetingRepository.h"
#include "core/storage/SqlQuery.h"
#include "core/storage/SqliteFunctions.h"
#include "tests/support/Catch.h"
#include "tests/support/TestDatabase.h"

#include <set>

using namespace maillage;

namespace {

const QDate demoDay(2026, 6, 15);

QVariant scalar(Database& db, const QString& statement, const QVariantMap& binds = {})
{
    SqlQuery query(db, statement);
    for (auto it = binds.begin(); it != binds.end(); ++it)
        query.bind(it.key(), it.value());
    REQUIRE(query.exec(QStringLiteral("test query")).ok());
    REQUIRE(query.next());
    return query.value(0);
}

std::vector<MeetingListRow> allRows(Database& db, const MeetingListFilter& filter, int pageSize = 37)
{
    std::vector<MeetingListRow> rows;
    for (int offset = 0;; offset += pageSize) {
        auto page = MeetingListQueries(db).page(filter, offset, pageSize);
        REQUIRE(page.ok());
        rows.insert(rows.end(), page->begin(), page->end());
        if (int(page->size()) < pageSize)
            return rows;
    }
}

int statusRank(const QString& code)
{
    return QStringList{QStringLiteral("planned"), QStringLiteral("held"), QStringLiteral("postponed"),
                       QStringLiteral("cancelled")}
        .indexOf(code);
}

} // namespace

TEST_CASE("The meetings list orders by date, instance or status, page after page", "[db][meetings]")
{
    test::TestDatabase fx;
    Database& db = fx.db();
    REQUIRE(demo::generateDemoCouncil(db, demoDay).ok());
    const int total = scalar(db, QStringLiteral("SELECT COUNT(*) FROM meeting")).toInt();
    REQUIRE(total > 50);

    MeetingListFilter filter;
    SECTION("date, both ways")
    {
        filter.ascending = true;
        auto rows = allRows(db, filter);
        REQUIRE(int(rows.size()) == total);
        CHECK(rows.front().startsAt == sql::toDateTime(scalar(db, QStringLiteral("SELECT MIN(starts_at) FROM meeting"))
                                                           .toString()));
        for (size_t i = 1; i < rows.size(); ++i)
            CHECK(rows[i - 1].startsAt <= rows[i].startsAt);
        filter.ascending = false;
        rows = allRows(db, filter);
        CHECK(rows.front().startsAt == sql::toDateTime(scalar(db, QStringLiteral("SELECT MAX(starts_at) FROM meeting"))
                                                           .toString()));
    }
    SECTION("instance, accents ignored, every meeting once")
    {
        filter.sort = MeetingListSort::Instance;
        filter.ascending = true;
        const auto rows = allRows(db, filter);
        REQUIRE(int(rows.size()) == total);
        std::set<qint64> ids;
        for (size_t i = 0; i < rows.size(); ++i) {
            ids.insert(rows[i].id);
            if (i > 0)
                CHECK(sqlite::fold(rows[i - 1].instanceName) <= sqlite::fold(rows[i].instanceName));
        }
        CHECK(int(ids.size()) == total);
        filter.ascending = false;
        auto first = MeetingListQueries(db).page(filter, 0, 1);
        REQUIRE(first.ok());
        CHECK(first->front().instanceName == rows.back().instanceName);
    }
    SECTION("status in the order of a meeting's life")
    {
        filter.sort = MeetingListSort::Status;
        filter.ascending = true;
        const auto rows = allRows(db, filter);
        REQUIRE(int(rows.size()) == total);
        CHECK(rows.front().status == QStringLiteral("planned"));
        for (size_t i = 1; i < rows.size(); ++i)
            CHECK(statusRank(rows[i - 1].status) <= statusRank(rows[i].status));
    }
}

TEST_CASE("A postponed meeting in the list names its replacement", "[db][meetings]")
{
    test::TestDatabase fx;
    Database& db = fx.db();
    REQUIRE(demo::generateDemoCouncil(db, demoDay).ok());
    MeetingRepository meetings(db);
    MeetingFilter planned;
    planned.status = MeetingStatus::Planned;
    planned.limit = 1;
    auto found = meetings.list(planned);
    REQUIRE(found.ok());
    REQUIRE_FALSE(found->empty());
    Meeting meeting = meetings.get(found->front().id).value();
    const QDateTime later = meeting.startsAt.addDays(9);
    auto next = meetings.postpone(meeting, later);
    REQUIRE(next.ok());

    MeetingListFilter filter;
    filter.status = QStringLiteral("postponed");
    const auto rows = allRows(db, filter);
    auto it = std::find_if(rows.begin(), rows.end(), [&](const MeetingListRow& r) { return r.id == meeting.id; });
    REQUIRE(it != rows.end());
    CHECK(it->postponedToId == next->id);
    CHECK(it->postponedToStart == later);
}

TEST_CASE("Duplicating a meeting copies its preparation, not what happened", "[db][meetings]")
{
    test::TestDatabase fx;
    Database& db = fx.db();
    REQUIRE(demo::generateDemoCouncil(db, demoDay).ok());
    // A held meeting with an agenda, attendance and minutes.
    const qint64 sourceId = scalar(db, QStringLiteral("SELECT m.id FROM meeting m WHERE m.status = 'held' "
                                                      "AND EXISTS (SELECT 1 FROM decision d WHERE d.meeting_id = m.id) "
                                                      "AND EXISTS (SELECT 1 FROM attendance a WHERE a.meeting_id = m.id) "
                                                      "ORDER BY m.starts_at DESC LIMIT 1"))
                                .toLongLong();
    REQUIRE(sourceId > 0);
    MeetingRepository meetings(db);
    const Meeting source = meetings.get(sourceId).value();
    REQUIRE_FALSE(source.agenda.empty());

    const QDateTime when(QDate(2026, 10, 5), QTime(9, 30));
    auto copy = duplicateMeeting(db, sourceId, when);
    REQUIRE(copy.ok());
    const Meeting stored = meetings.get(copy->id).value();
    CHECK(stored.id != sourceId);
    CHECK(stored.instanceId == source.instanceId);
    CHECK(stored.startsAt == when);
    CHECK(stored.status == MeetingStatus::Planned);
    REQUIRE(stored.agenda.size() == source.agenda.size());
    for (size_t i = 0; i < stored.agenda.size(); ++i) {
        CHECK(stored.agenda[i].title == source.agenda[i].title);
        CHECK(stored.agenda[i].minutesHtml.isEmpty());
    }
    CHECK(stored.attendance.size() == source.attendance.size());
    for (const Attendance& row : stored.attendance)
        CHECK(row.status == AttendanceStatus::Present); // the default: expected
    CHECK(stored.decisions.empty());
    CHECK(stored.followUps.empty());
    CHECK(stored.minutesStatus == MinutesStatus::Draft);
    CHECK_FALSE(stored.minutesValidatedOn.isValid());

    CHECK(duplicateMeeting(db, sourceId, {}).error().kind == Error::Kind::Invalid);
    CHECK(duplicateMeeting(db, 999999, when).error().kind == Error::Kind::NotFound);
}

TEST_CASE("Follow-ups across meetings: filters match SQL, status and due date are saved", "[db][followups]")
{
    test::TestDatabase fx;
    Database& db = fx.db();
    REQUIRE(demo::generateDemoCouncil(db, demoDay).ok());
    FollowUpRepository repo(db);
    const QVariantMap today{{QStringLiteral(":today"), sql::fromDate(demoDay)}};

    FollowUpFilter filter;
    filter.today = demoDay;
    const struct {
        FollowUpFilter::Show show;
        QString where;
    } cases[] = {
        {FollowUpFilter::Show::Open, QStringLiteral("status IN ('open', 'in_progress')")},
        {FollowUpFilter::Show::Overdue, QStringLiteral("status IN ('open', 'in_progress') AND due_on < :today")},
        {FollowUpFilter::Show::Done, QStringLiteral("status IN ('done', 'dropped')")},
        {FollowUpFilter::Show::All, QStringLiteral("1 = 1")},
    };
    for (const auto& c : cases) {
        filter.show = c.show;
        const int expected =
            scalar(db, QStringLiteral("SELECT COUNT(*) FROM follow_up WHERE ") + c.where,
                   c.where.contains(QStringLiteral(":today")) ? today : QVariantMap{})
                .toInt();
        CHECK(expected > 0);
        CHECK(repo.count(filter).value() == expected);
        CHECK(int(repo.list(filter)->size()) == expected);
    }

    SECTION("owner and instance filters")
    {
        filter.show = FollowUpFilter::Show::All;
        auto owners = repo.owners();
        REQUIRE(owners.ok());
        REQUIRE_FALSE(owners->empty());
        filter.ownerContactId = owners->front().id;
        CHECK(repo.count(filter).value()
              == scalar(db, QStringLiteral("SELECT COUNT(*) FROM follow_up WHERE owner_contact_id = :o"),
                        {{QStringLiteral(":o"), filter.ownerContactId}})
                     .toInt());
        const auto owned = repo.list(filter); // kept: a range-for over .value() of a temporary dangles
        REQUIRE(owned.ok());
        for (const FollowUpRow& row : owned.value())
            CHECK(row.owner == owners->front().name);
        filter.ownerContactId = 0;
        const qint64 instance = scalar(db, QStringLiteral("SELECT MIN(id) FROM instance")).toLongLong();
        filter.instanceId = instance;
        CHECK(repo.count(filter).value()
              == scalar(db, QStringLiteral("SELECT COUNT(*) FROM follow_up f JOIN meeting m ON m.id = f.meeting_id "
                                           "WHERE m.instance_id = :i"),
                        {{QStringLiteral(":i"), instance}})
                     .toInt());
    }
    SECTION("marking one done records the day; a stale copy is refused")
    {
        filter.show = FollowUpFilter::Show::Overdue;
        auto rows = repo.list(filter);
        REQUIRE_FALSE(rows->empty());
        FollowUp followUp = rows->front().followUp;
        CHECK(followUp.isOverdueOn(demoDay));
        FollowUp stale = followUp;
        REQUIRE(repo.setStatus(followUp, FollowUpStatus::Done, demoDay).ok());
        CHECK(followUp.doneOn == demoDay);
        const QVariantMap id{{QStringLiteral(":id"), followUp.id}};
        CHECK(scalar(db, QStringLiteral("SELECT status FROM follow_up WHERE id = :id"), id).toString()
              == QStringLiteral("done"));
        CHECK(scalar(db, QStringLiteral("SELECT done_on FROM follow_up WHERE id = :id"), id).toString()
              == QStringLiteral("2026-06-15"));
        CHECK(repo.count(filter).value() == int(rows->size()) - 1);

        CHECK(repo.setDueDate(stale, QDate(2026, 9, 1)).error().kind == Error::Kind::Conflict);
        REQUIRE(repo.setDueDate(followUp, QDate(2026, 9, 1)).ok());
        CHECK(scalar(db, QStringLiteral("SELECT due_on FROM follow_up WHERE id = :id"), id).toString()
              == QStringLiteral("2026-09-01"));
        REQUIRE(repo.setStatus(followUp, FollowUpStatus::InProgress).ok());
        CHECK(scalar(db, QStringLiteral("SELECT done_on FROM follow_up WHERE id = :id"), id).isNull());
    }
    SECTION("text search ignores accents and case")
    {
        filter.show = FollowUpFilter::Show::All;
        const QString text = repo.list(filter)->front().followUp.text;
        const QString word = text.section(u' ', 0, 0).toUpper();
        filter.text = word;
        const auto rows = repo.list(filter);
        REQUIRE_FALSE(rows->empty());
        for (const FollowUpRow& row : rows.value())
            CHECK(sqlite::fold(row.followUp.text).contains(sqlite::fold(word)));
    }
}
