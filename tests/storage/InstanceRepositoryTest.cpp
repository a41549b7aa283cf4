// SPDX-License-Identifier: EUPL-1.2
#include "core/storage/ContactRepository.h"
#include "core/storage/CouncilRepository.h"
#include "core/storage/InstanceRepository.h"
#include "core/storage/OrganisationRepository.h"
#include "tests/storage/RepositoryChecks.h"
#include "tests/support/TestDatabase.h"

#include "tests/support/Catch.h"

#include <QThread>

using namespace maillage;
using maillage::test::rowCount;

namespace {

/// A council with two contacts and an organisation to seat in instances.
struct People {
    explicit People(Database& db)
    {
        CouncilRepository councils(db);
        Council council;
        council.name = QStringLiteral("CLSM");
        REQUIRE_OK(councils.create(council));
        councilId = council.id;
        Council other;
        other.name = QStringLiteral("Autre CLSM");
        REQUIRE_OK(councils.create(other));
        otherCouncilId = other.id;
        ContactRepository contacts(db);
        for (const char* name : {"Maire", "Psychiatre"}) {
            Contact contact;
            contact.lastName = QString::fromLatin1(name);
            REQUIRE_OK(contacts.create(contact));
            contactIds.push_back(contact.id);
        }
        OrganisationRepository organisations(db);
        Organisation unafam;
        unafam.name = QStringLiteral("UNAFAM");
        REQUIRE_OK(organisations.create(unafam));
        organisationId = unafam.id;
    }
    qint64 councilId = 0;
    qint64 otherCouncilId = 0;
    std::vector<qint64> contactIds;
    qint64 organisationId = 0;
};

InstanceMember member(qint64 contactId, qint64 organisationId, QDate from = {}, QDate to = {})
{
    InstanceMember value;
    value.contactId = contactId;
    value.organisationId = organisationId;
    value.validFrom = from;
    value.validTo = to;
    return value;
}

Instance sampleInstance(const People& people)
{
    Instance value;
    value.councilId = people.councilId;
    value.kind = InstanceKind::SituationsCell;
    value.name = QStringLiteral("RESAD");
    value.theme = QStringLiteral("Situations complexes");
    value.usualPlace = QStringLiteral("Salle du conseil");
    value.cadence = QStringLiteral("FREQ=MONTHLY;BYDAY=2TU");
    value.quorum = 3;
    value.referentContactId = people.contactIds[1];
    value.active = false;
    value.notes = QStringLiteral("Charte signée");
    InstanceMember chair = member(people.contactIds[0], 0, QDate(2020, 1, 1));
    chair.role = MemberRole::Chair;
    InstanceMember invited = member(0, people.organisationId, QDate(2021, 1, 1), QDate(2021, 12, 31));
    invited.membership = Membership::Invited;
    invited.seat = Seat::Substitute;
    InstanceMember both = member(people.contactIds[1], people.organisationId);
    value.members = {chair, invited, both};
    return value;
}

void checkSameMembers(const std::vector<InstanceMember>& read, const std::vector<InstanceMember>& written,
                      qint64 instanceId)
{
    REQUIRE(read.size() == written.size());
    for (std::size_t i = 0; i < read.size(); ++i) {
        CHECK(read[i].id == written[i].id);
        CHECK(read[i].instanceId == instanceId);
        CHECK(read[i].contactId == written[i].contactId);
        CHECK(read[i].organisationId == written[i].organisationId);
        CHECK(read[i].role == written[i].role);
        CHECK(read[i].membership == written[i].membership);
        CHECK(read[i].seat == written[i].seat);
        CHECK(read[i].validFrom == written[i].validFrom);
        CHECK(read[i].validTo == written[i].validTo);
    }
}

std::vector<QString> names(const Result<std::vector<Instance>>& list)
{
    std::vector<QString> result;
    if (list.ok())
        for (const Instance& instance : list.value())
            result.push_back(instance.name);
    return result;
}

} // namespace

TEST_CASE("An instance and its members are stored and read back whole", "[db]")
{
    test::TestDatabase fx;
    People people(fx.db());
    InstanceRepository repo(fx.db());
    Instance value = sampleInstance(people);
    REQUIRE_OK(repo.create(value));
    CHECK(value.id > 0);
    CHECK(value.version == 1);
    for (const InstanceMember& m : value.members) {
        CHECK(m.id > 0);
        CHECK(m.instanceId == value.id);
    }

    fx.reopen();
    InstanceRepository reopened(fx.db());
    auto read = reopened.get(value.id);
    REQUIRE(read.ok());
    CHECK(read->councilId == people.councilId);
    CHECK(read->kind == InstanceKind::SituationsCell);
    CHECK(read->name == QStringLiteral("RESAD"));
    CHECK(read->theme == QStringLiteral("Situations complexes"));
    CHECK(read->usualPlace == QStringLiteral("Salle du conseil"));
    CHECK(read->cadence == QStringLiteral("FREQ=MONTHLY;BYDAY=2TU"));
    CHECK(read->quorum == 3);
    CHECK(read->referentContactId == people.contactIds[1]);
    CHECK_FALSE(read->active);
    CHECK(read->notes == QStringLiteral("Charte signée"));
    CHECK(read->createdAt == value.createdAt);
    checkSameMembers(read->members, value.members, value.id);
}

TEST_CASE("Updating an instance replaces its members and keeps the ids of those who stay", "[db]")
{
    test::TestDatabase fx;
    People people(fx.db());
    InstanceRepository repo(fx.db());
    Instance value = sampleInstance(people);
    REQUIRE_OK(repo.create(value));
    const qint64 chairId = value.members[0].id;

    value.name = QStringLiteral("Cellule de veille");
    value.referentContactId = 0;
    value.members[0].seat = Seat::Substitute;
    value.members.erase(value.members.begin() + 1);
    value.members.push_back(member(people.contactIds[0], 0, QDate(2024, 1, 1)));
    REQUIRE_OK(repo.update(value));
    CHECK(value.version == 2);
    CHECK(value.members[0].id == chairId);
    CHECK(value.members[2].id > chairId);

    auto read = repo.get(value.id);
    REQUIRE(read.ok());
    CHECK(read->name == QStringLiteral("Cellule de veille"));
    CHECK(read->referentContactId == 0);
    CHECK(read->version == 2);
    checkSameMembers(read->members, value.members, value.id);
    CHECK(rowCount(fx.db(), QStringLiteral("instance_member")) == 3);
}

TEST_CASE("membersOn gives the members seated on a day, chairs first", "[db]")
{
    test::TestDatabase fx;
    People people(fx.db());
    InstanceRepository repo(fx.db());
    Instance value = sampleInstance(people);
    // Put the chair last so that "chairs first" is not just insertion order.
    std::rotate(value.members.begin(), value.members.begin() + 1, value.members.end());
    REQUIRE_OK(repo.create(value));
    const qint64 invited = value.members[0].id;
    const qint64 both = value.members[1].id;
    const qint64 chair = value.members[2].id;
    const auto ids = [&](const QDate& day) {
        std::vector<qint64> result;
        const auto members = repo.membersOn(value.id, day); // kept: a range-for over .value() would dangle
        REQUIRE(members.ok());
        for (const InstanceMember& m : members.value())
            result.push_back(m.id);
        return result;
    };
    CHECK(ids(QDate(2019, 6, 1)) == std::vector<qint64>{both});
    CHECK(ids(QDate(2020, 1, 1)) == std::vector<qint64>{chair, both});
    CHECK(ids(QDate(2021, 1, 1)) == std::vector<qint64>{chair, invited, both});
    CHECK(ids(QDate(2021, 12, 31)) == std::vector<qint64>{chair, invited, both});
    CHECK(ids(QDate(2022, 1, 1)) == std::vector<qint64>{chair, both});
    CHECK(repo.membersOn(value.id + 100, QDate(2022, 1, 1))->empty());
}

TEST_CASE("Instances are filtered by council, kind, activity and text, and sorted", "[db]")
{
    test::TestDatabase fx;
    People people(fx.db());
    InstanceRepository repo(fx.db());
    const auto add = [&](InstanceKind kind, const QString& name, bool active, qint64 council) {
        Instance value;
        value.councilId = council;
        value.kind = kind;
        value.name = name;
        value.active = active;
        REQUIRE_OK(repo.create(value));
        return value.id;
    };
    add(InstanceKind::WorkingGroup, QStringLiteral("Groupe logement"), true, people.councilId);
    const qint64 plenary = add(InstanceKind::Plenary, QStringLiteral("Assemblée plénière"), true, people.councilId);
    add(InstanceKind::WorkingGroup, QStringLiteral("Groupe école"), false, people.councilId);
    add(InstanceKind::SteeringCommittee, QStringLiteral("COPIL"), true, people.councilId);
    add(InstanceKind::Plenary, QStringLiteral("Plénière voisine"), true, people.otherCouncilId);

    InstanceFilter filter;
    filter.councilId = people.councilId;
    CHECK(repo.count(filter) == 4);
    SECTION("kind order of the enum, then name")
    {
        CHECK(names(repo.list(filter))
              == std::vector<QString>{QStringLiteral("Assemblée plénière"), QStringLiteral("COPIL"),
                                      QStringLiteral("Groupe école"), QStringLiteral("Groupe logement")});
        auto listed = repo.list(filter);
        CHECK(listed->front().members.empty()); // lists do not load members
    }
    SECTION("name, accents ignored, descending")
    {
        filter.sort = InstanceSort::Name;
        filter.descending = true;
        CHECK(names(repo.list(filter))
              == std::vector<QString>{QStringLiteral("Groupe logement"), QStringLiteral("Groupe école"),
                                      QStringLiteral("COPIL"), QStringLiteral("Assemblée plénière")});
    }
    SECTION("last change")
    {
        QThread::msleep(5);
        Instance touched = repo.get(plenary).value();
        touched.notes = QStringLiteral("changed");
        REQUIRE_OK(repo.update(touched));
        filter.sort = InstanceSort::Updated;
        filter.descending = true;
        CHECK(names(repo.list(filter)).front() == QStringLiteral("Assemblée plénière"));
    }
    SECTION("kind")
    {
        filter.kind = InstanceKind::WorkingGroup;
        CHECK(repo.count(filter) == 2);
        filter.councilId = 0;
        filter.kind = InstanceKind::Plenary;
        CHECK(repo.count(filter) == 2);
    }
    SECTION("active")
    {
        filter.active = false;
        CHECK(names(repo.list(filter)) == std::vector<QString>{QStringLiteral("Groupe école")});
    }
    SECTION("text")
    {
        filter.text = QStringLiteral("PLENIERE");
        CHECK(names(repo.list(filter)) == std::vector<QString>{QStringLiteral("Assemblée plénière")});
    }
}

TEST_CASE("An invalid instance or member is refused and nothing is written", "[db]")
{
    test::TestDatabase fx;
    People people(fx.db());
    InstanceRepository repo(fx.db());
    Instance value = sampleInstance(people);
    SECTION("no name")
    {
        value.name.clear();
        const Status status = repo.create(value);
        CHECK(status.error().kind == Error::Kind::Invalid);
        CHECK(status.error().message.contains(QStringLiteral("Instance name")));
    }
    SECTION("a member who is nobody")
    {
        value.members.push_back(member(0, 0));
        const Status status = repo.create(value);
        CHECK(status.error().kind == Error::Kind::Invalid);
        CHECK(status.error().message.contains(QStringLiteral("contact or an organisation")));
    }
    SECTION("a council that does not exist")
    {
        value.councilId = 9999;
        CHECK(repo.create(value).error().kind == Error::Kind::Constraint);
    }
    CHECK(value.id == 0);
    CHECK(rowCount(fx.db(), QStringLiteral("instance")) == 0);
    CHECK(rowCount(fx.db(), QStringLiteral("instance_member")) == 0);
}

TEST_CASE("An instance save that fails on a member leaves everything as it was", "[db]")
{
    test::TestDatabase fx;
    People people(fx.db());
    InstanceRepository repo(fx.db());
    Instance value = sampleInstance(people);
    REQUIRE_OK(repo.create(value));
    const Instance before = repo.get(value.id).value();

    Instance changed = before;
    changed.name = QStringLiteral("Renamed");
    changed.members[0].role = MemberRole::Member;
    changed.members.erase(changed.members.begin() + 1);
    changed.members.push_back(member(people.contactIds[0] + 1000, 0)); // no such contact
    const Status status = repo.update(changed);
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().kind == Error::Kind::Constraint);
    CHECK(changed.version == before.version);

    auto stored = repo.get(value.id);
    REQUIRE(stored.ok());
    CHECK(stored->name == QStringLiteral("RESAD"));
    CHECK(stored->version == 1);
    checkSameMembers(stored->members, before.members, value.id);

    Instance fresh = sampleInstance(people);
    fresh.members.push_back(member(0, people.organisationId + 1000));
    CHECK(repo.create(fresh).error().kind == Error::Kind::Constraint);
    CHECK(rowCount(fx.db(), QStringLiteral("instance")) == 1);
    CHECK(rowCount(fx.db(), QStringLiteral("instance_member")) == 3);
}

TEST_CASE("An instance changed by someone else is not overwritten", "[db]")
{
    test::TestDatabase fx;
    People people(fx.db());
    InstanceRepository repo(fx.db());
    Instance value = sampleInstance(people);
    REQUIRE_OK(repo.create(value));
    Instance mine = repo.get(value.id).value();
    Instance theirs = repo.get(value.id).value();
    theirs.quorum = 5;
    REQUIRE_OK(repo.update(theirs));
    mine.quorum = 7;
    mine.members.clear();
    CHECK(repo.update(mine).error().kind == Error::Kind::Conflict);
    auto stored = repo.get(value.id);
    CHECK(stored->quorum == 5);
    CHECK(stored->members.size() == 3);
}

TEST_CASE("Deleting an instance, a contact or the council removes the seats", "[db]")
{
    test::TestDatabase fx;
    People people(fx.db());
    InstanceRepository repo(fx.db());
    Instance value = sampleInstance(people);
    REQUIRE_OK(repo.create(value));

    ContactRepository contacts(fx.db());
    REQUIRE_OK(contacts.remove(people.contactIds[1])); // the referent, also seated with the UNAFAM
    auto read = repo.get(value.id);
    REQUIRE(read.ok());
    CHECK(read->referentContactId == 0);
    CHECK(read->members.size() == 2);

    REQUIRE_OK(repo.remove(value.id));
    CHECK(repo.get(value.id).error().kind == Error::Kind::NotFound);
    CHECK(rowCount(fx.db(), QStringLiteral("instance_member")) == 0);
    CHECK(repo.remove(value.id).error().kind == Error::Kind::NotFound);

    Instance again = sampleInstance(people);
    again.referentContactId = 0;
    again.members.pop_back();
    REQUIRE_OK(repo.create(again));
    REQUIRE_OK(CouncilRepository(fx.db()).remove(people.councilId));
    CHECK(rowCount(fx.db(), QStringLiteral("instance")) == 0);
    CHECK(rowCount(fx.db(), QStringLiteral("instance_member")) == 0);
}
