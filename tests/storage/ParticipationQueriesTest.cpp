// SPDX-License-Identifier: EUPL-1.2
#include "core/demo/DemoCouncil.h"
#include "core/domain/Contact.h"
#include "core/domain/Instance.h"
#include "core/domain/Meeting.h"
#include "core/domain/Organisation.h"
#include "core/network/NetworkGraph.h"
#include "core/network/Participation.h"
#include "core/storage/ContactRepository.h"
#include "core/storage/InstanceRepository.h"
#include "core/storage/MeetingRepository.h"
#include "core/storage/NetworkQueries.h"
#include "core/storage/OrganisationRepository.h"
#include "core/storage/SectorRepository.h"
#include "core/storage/SqlQuery.h"
#include "tests/storage/ActivityFixtures.h"
#include "tests/support/Catch.h"
#include "tests/support/TestDatabase.h"

using namespace maillage;
namespace fx = maillage::test::fixtures;

namespace {

/// A small council with known answers (see the expectations in the tests):
/// Mairie (élus) — Alice (élue); CH (psychiatrie) — Bruno; GEM (psychiatrie sector) — Chloé (usagère);
/// Ancien (élus) — Denis, seen only in 2023. Plénière: Alice, CH, GEM; COPIL: Mairie, CH.
struct SmallCouncil {
    qint64 mairie = 0, ch = 0, gem = 0, ancien = 0;
    qint64 alice = 0, bruno = 0, chloe = 0, denis = 0;
    qint64 pleniere = 0, copil = 0;

    explicit SmallCouncil(Database& db)
    {
        Sector elus{{}, QStringLiteral("t_elus"), QStringLiteral("Élus"), 1, QStringLiteral("#1f77b4")};
        Sector psy{{}, QStringLiteral("t_psy"), QStringLiteral("Psychiatrie"), 2, QStringLiteral("#d62728")};
        SectorRepository sectors(db);
        REQUIRE(sectors.create(elus));
        REQUIRE(sectors.create(psy));
        mairie = organisation(db, QStringLiteral("Mairie"), elus.id);
        ch = organisation(db, QStringLiteral("CH"), psy.id);
        gem = organisation(db, QStringLiteral("GEM"), psy.id);
        ancien = organisation(db, QStringLiteral("Ancien"), elus.id);
        alice = contact(db, QStringLiteral("Alice"), Pillar::Elected, mairie);
        bruno = contact(db, QStringLiteral("Bruno"), Pillar::Psychiatry, ch);
        chloe = contact(db, QStringLiteral("Chloé"), Pillar::User, gem);
        denis = contact(db, QStringLiteral("Denis"), Pillar::Elected, ancien);

        const qint64 council = fx::insertCouncil(db);
        pleniere = instance(db, council, QStringLiteral("Plénière"), {member(alice, 0), member(0, ch), member(0, gem)});
        copil = instance(db, council, QStringLiteral("COPIL"), {member(0, mairie), member(0, ch)});

        using S = AttendanceStatus;
        meeting(db, pleniere, {2023, 1, 15}, MeetingStatus::Held, {{denis, ancien, S::Present}, {bruno, ch, S::Present}});
        meeting(db, pleniere, {2025, 3, 10}, MeetingStatus::Held,
                {{alice, mairie, S::Present}, {bruno, ch, S::Excused}, {chloe, gem, S::Present}});
        meeting(db, pleniere, {2025, 6, 10}, MeetingStatus::Held,
                {{alice, mairie, S::Present}, {bruno, ch, S::Represented, denis}, {chloe, gem, S::Absent}});
        meeting(db, copil, {2025, 9, 10}, MeetingStatus::Held, {{alice, mairie, S::Absent}, {bruno, ch, S::Present}});
        meeting(db, copil, {2025, 11, 10}, MeetingStatus::Planned, {{alice, mairie, S::Present}});

        const qint64 sheet = fx::insertSheet(db, fx::insertAxis(db, fx::insertPlan(db, council), QStringLiteral("Axe")),
                                             QStringLiteral("A1"), QStringLiteral("Logement"));
        fx::exec(db, QStringLiteral("UPDATE action_sheet SET lead_organisation_id = %1 WHERE id = %2").arg(mairie).arg(sheet));
        fx::exec(db, QStringLiteral("INSERT INTO action_partner (action_sheet_id, organisation_id, created_at, "
                                    "updated_at) VALUES (%1, %2, 'x', 'x')")
                         .arg(sheet)
                         .arg(gem));
    }

    static qint64 organisation(Database& db, const QString& name, qint64 sector)
    {
        Organisation value;
        value.name = name;
        value.sectorId = sector;
        REQUIRE(OrganisationRepository(db).create(value));
        return value.id;
    }
    static qint64 contact(Database& db, const QString& name, Pillar pillar, qint64 organisation)
    {
        Contact value;
        value.lastName = name;
        value.pillar = pillar;
        ContactRepository repository(db);
        REQUIRE(repository.create(value));
        Affiliation affiliation;
        affiliation.contactId = value.id;
        affiliation.organisationId = organisation;
        REQUIRE(repository.addAffiliation(affiliation));
        return value.id;
    }
    static InstanceMember member(qint64 contactId, qint64 organisationId)
    {
        InstanceMember value;
        value.contactId = contactId;
        value.organisationId = organisationId;
        return value;
    }
    static qint64 instance(Database& db, qint64 council, const QString& name, std::vector<InstanceMember> members)
    {
        Instance value;
        value.councilId = council;
        value.name = name;
        value.members = std::move(members);
        REQUIRE(InstanceRepository(db).create(value));
        return value.id;
    }
    struct Row {
        qint64 contact, organisation;
        AttendanceStatus status;
        qint64 representedBy = 0;
    };
    static void meeting(Database& db, qint64 instanceId, QDate day, MeetingStatus status, std::vector<Row> rows)
    {
        Meeting value;
        value.instanceId = instanceId;
        value.startsAt = QDateTime(day, QTime(14, 0));
        value.status = status;
        for (const Row& row : rows) {
            Attendance attendance;
            attendance.contactId = row.contact;
            attendance.organisationId = row.organisation;
            attendance.status = row.status;
            attendance.representedByContactId = row.representedBy;
            value.attendance.push_back(attendance);
        }
        const Status created = MeetingRepository(db).create(value);
        INFO((created ? QString() : created.error().fullText()).toStdString());
        REQUIRE(created);
    }
};

const ParticipationRow& rowOf(const std::vector<ParticipationRow>& rows, const QString& label)
{
    auto it = std::find_if(rows.begin(), rows.end(), [&](const ParticipationRow& row) { return row.label == label; });
    REQUIRE(it != rows.end());
    return *it;
}

} // namespace

TEST_CASE("Participation figures of a period", "[db][network]")
{
    test::TestDatabase fixture;
    Database& db = fixture.db();
    SmallCouncil council(db);
    auto loaded = loadParticipation(db, QDate(2025, 1, 1), QDate(2025, 12, 31), 12);
    REQUIRE(loaded);
    const ParticipationReport& report = loaded.value();

    const auto& mairie = rowOf(report.byOrganisation, QStringLiteral("Mairie"));
    CHECK(mairie.convened == 3); // the planned COPIL of November does not count
    CHECK(mairie.attended() == 2);
    CHECK(mairie.rate() == Approx(2.0 / 3));
    const auto& ch = rowOf(report.byOrganisation, QStringLiteral("CH"));
    CHECK(ch.present == 1);
    CHECK(ch.represented == 1);
    CHECK(ch.meetings == 2);
    CHECK(rowOf(report.byOrganisation, QStringLiteral("GEM")).rate() == Approx(0.5));
    CHECK(report.byOrganisation.size() == 3); // Ancien was not convened in 2025

    CHECK(rowOf(report.bySector, QStringLiteral("Psychiatrie")).convened == 5);
    CHECK(rowOf(report.bySector, QStringLiteral("Psychiatrie")).rate() == Approx(0.6));
    CHECK(rowOf(report.byPillar, labelOf(Pillar::User)).rate() == Approx(0.5));
    CHECK(rowOf(report.byPillar, labelOf(Pillar::Carer)).convened == 0);
    CHECK(rowOf(report.byInstance, QStringLiteral("Plénière")).rate() == Approx(4.0 / 6));
    CHECK(rowOf(report.byInstance, QStringLiteral("COPIL")).rate() == Approx(0.5));

    REQUIRE(report.newcomers.size() == 2);
    CHECK(report.newcomers[0].firstSeen == QDate(2025, 3, 10));
    QStringList newcomers{report.newcomers[0].organisationName, report.newcomers[1].organisationName};
    newcomers.sort();
    CHECK(newcomers == QStringList{QStringLiteral("GEM"), QStringLiteral("Mairie")});
    REQUIRE(report.lost.size() == 1);
    CHECK(report.lost[0].organisationName == QStringLiteral("Ancien"));
    CHECK(report.lost[0].lastSeen == QDate(2023, 1, 15));

    REQUIRE(report.pillars.size() == 2);
    const InstancePillars& copil = report.pillars[0].instanceName == QStringLiteral("COPIL") ? report.pillars[0]
                                                                                              : report.pillars[1];
    CHECK(copil.meetings == 1);
    CHECK_FALSE(copil.present(0)); // the élue was absent
    CHECK(copil.present(1));
    CHECK(copil.missing().size() == 3);
    const InstancePillars& pleniere = &copil == &report.pillars[0] ? report.pillars[1] : report.pillars[0];
    CHECK(pleniere.missing() == QStringList{labelOf(Pillar::Carer)});
    CHECK(pleniere.members[0] == 1); // Alice sits as a person
}

TEST_CASE("Network links of a period", "[db][network]")
{
    test::TestDatabase fixture;
    Database& db = fixture.db();
    SmallCouncil council(db);
    auto data = NetworkQueries(db).load(QDate(2025, 1, 1), QDate(2025, 12, 31));
    REQUIRE(data);
    const NetworkGraph graph = buildNetworkGraph(data.value());
    const auto edge = [&](qint64 a, qint64 b) {
        const int x = std::min(graph.indexOf(a), graph.indexOf(b)), y = std::max(graph.indexOf(a), graph.indexOf(b));
        auto it = std::find_if(graph.edges.begin(), graph.edges.end(),
                               [&](const NetworkEdge& e) { return e.source == x && e.target == y; });
        REQUIRE(it != graph.edges.end());
        return *it;
    };
    const NetworkEdge mairieGem = edge(council.mairie, council.gem);
    CHECK(mairieGem.sharedInstances == 1); // Alice's seat in the plénière counts for the Mairie
    CHECK(mairieGem.sharedActions == 1);
    CHECK(mairieGem.coAttendance == 1);
    const NetworkEdge mairieCh = edge(council.mairie, council.ch);
    CHECK(mairieCh.sharedInstances == 2);
    CHECK(mairieCh.coAttendance == 1);
    CHECK(edge(council.ch, council.gem).weight() == 1);
    CHECK(graph.indexOf(council.ancien) < 0);
    CHECK(graph.nodes[size_t(graph.indexOf(council.ch))].participation == 2);

    auto years = NetworkQueries(db).activityYears();
    REQUIRE(years);
    CHECK(years.value() == std::pair<int, int>{2023, 2025});
}

namespace {

int countOf(const Database& db, const QString& statement)
{
    SqlQuery query(db, statement);
    query.bind(QStringLiteral(":from"), sql::fromDate(QDate(2025, 1, 1)))
        .bind(QStringLiteral(":to"), sql::fromDate(QDate(2026, 1, 1)));
    REQUIRE(query.exec(QStringLiteral("count")));
    REQUIRE(query.next());
    return query.integer(QStringLiteral("n"));
}

template <typename Rows, typename Field>
int sum(const Rows& rows, Field field)
{
    int total = 0;
    for (const auto& row : rows)
        total += field(row);
    return total;
}

} // namespace

TEST_CASE("The Participation page's figures on the demo council agree with plain counts", "[db][network]")
{
    // What the Participation page loads (every query of loadParticipation), on a full council and on both engines.
    test::TestDatabase fixture;
    Database& db = fixture.db();
    REQUIRE(demo::generateDemoCouncil(db, QDate(2026, 6, 15)));
    auto loaded = loadParticipation(db, QDate(2025, 1, 1), QDate(2025, 12, 31), 6);
    REQUIRE(loaded);
    const ParticipationReport& report = loaded.value();

    const QString held = QStringLiteral("FROM attendance a JOIN meeting m ON m.id = a.meeting_id "
                                        "WHERE m.status = 'held' AND a.is_guest = 0 AND m.starts_at >= :from "
                                        "AND m.starts_at < :to");
    const int convened = countOf(db, QStringLiteral("SELECT COUNT(*) AS n ") + held);
    const int attended =
        countOf(db, QStringLiteral("SELECT COUNT(*) AS n ") + held + QStringLiteral(" AND a.status IN "
                                                                                    "('present', 'represented')"));
    REQUIRE(convened > 100);
    REQUIRE(attended > 0);
    const auto convenedOf = [](const ParticipationRow& row) { return row.convened; };
    const auto attendedOf = [](const ParticipationRow& row) { return row.attended(); };
    CHECK(sum(report.byInstance, convenedOf) == convened);
    CHECK(sum(report.byInstance, attendedOf) == attended);
    CHECK(sum(report.bySector, convenedOf) == convened);
    CHECK(sum(report.bySector, attendedOf) == attended);

    const int meetings = countOf(db, QStringLiteral("SELECT COUNT(*) AS n FROM meeting m WHERE m.status = 'held' "
                                                    "AND m.starts_at >= :from AND m.starts_at < :to"));
    CHECK(sum(report.pillars, [](const InstancePillars& row) { return row.meetings; }) <= meetings);
    CHECK_FALSE(report.pillars.empty());
    CHECK_FALSE(report.byOrganisation.empty());
    for (const ParticipationRow& row : report.byOrganisation) {
        CHECK(row.attended() <= row.convened);
        CHECK(row.meetings <= row.convened);
    }
    // Lost from sight: last seen before the period's end less 6 months.
    for (const auto& lost : report.lost)
        CHECK(lost.lastSeen < QDate(2025, 7, 1));
}
