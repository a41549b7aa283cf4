// SPDX-License-Identifier: EUPL-1.2
// Two users saved the same record: the fields that differ, who changed them, and the merged record.
#include "core/sync/FieldComparison.h"
#include "tests/support/Catch.h"

using namespace maillage;
using namespace maillage::sync;

namespace {

Contact jeanne()
{
    Contact c;
    c.id = 7;
    c.version = 3;
    c.firstName = QStringLiteral("Jeanne");
    c.lastName = QStringLiteral("Martin");
    c.email = QStringLiteral("jeanne.martin@ville.fr");
    c.phone = QStringLiteral("03 20 00 00 00");
    c.pillar = Pillar::Elected;
    return c;
}

const FieldDifference* find(const Comparison& comparison, const QString& key)
{
    for (const FieldDifference& difference : comparison.differences)
        if (difference.mine.key == key)
            return &difference;
    return nullptr;
}

Meeting meeting()
{
    Meeting m;
    m.id = 12;
    m.version = 5;
    m.instanceId = 1;
    m.title = QStringLiteral("Comité de pilotage");
    m.startsAt = QDateTime(QDate(2026, 3, 10), QTime(14, 0));
    m.endsAt = QDateTime(QDate(2026, 3, 10), QTime(16, 0));
    m.place = QStringLiteral("Mairie, salle 2");
    AgendaItem welcome;
    welcome.id = 31;
    welcome.title = QStringLiteral("Accueil");
    welcome.minutesHtml = QStringLiteral("<p>Tour de table.</p>");
    AgendaItem housing;
    housing.id = 32;
    housing.title = QStringLiteral("Logement");
    m.agenda = {welcome, housing};
    return m;
}

} // namespace

TEST_CASE("Only the fields that differ are listed, each with who changed it", "[sync]")
{
    const Contact base = jeanne();
    Contact mine = base;
    mine.phone = QStringLiteral("06 11 22 33 44");    // mine only
    mine.email = QStringLiteral("j.martin@ville.fr"); // both
    Contact theirs = base;
    theirs.version = 4;
    theirs.email = QStringLiteral("jeanne@mairie.fr");
    theirs.pillar = Pillar::Professional; // theirs only

    const Comparison comparison = compare(base, mine, theirs);
    REQUIRE(comparison.differences.size() == 3);
    CHECK(comparison.storedVersion == 4);
    CHECK(comparison.recordLabel.contains(QStringLiteral("Martin")));

    const FieldDifference* phone = find(comparison, QStringLiteral("phone"));
    REQUIRE(phone);
    CHECK(phone->mine.label == QStringLiteral("Phone"));
    CHECK(phone->mine.display == QStringLiteral("06 11 22 33 44"));
    CHECK(phone->theirs == QStringLiteral("03 20 00 00 00"));
    CHECK(phone->changedByMe);
    CHECK_FALSE(phone->changedByThem);
    CHECK(phone->proposed == Side::Mine);

    const FieldDifference* pillar = find(comparison, QStringLiteral("pillar"));
    REQUIRE(pillar);
    CHECK(pillar->mine.display == labelOf(Pillar::Elected));
    CHECK(pillar->theirs == labelOf(Pillar::Professional));
    CHECK_FALSE(pillar->changedByMe);
    CHECK(pillar->proposed == Side::Theirs); // nobody asked to undo their change

    const FieldDifference* email = find(comparison, QStringLiteral("email"));
    REQUIRE(email);
    CHECK(email->changedByMe);
    CHECK(email->changedByThem);
    CHECK(email->proposed == Side::Mine);
    CHECK_FALSE(find(comparison, QStringLiteral("first_name")));
}

TEST_CASE("Keep mine, take theirs and a field-by-field merge give the expected record", "[sync]")
{
    const Contact base = jeanne();
    Contact mine = base;
    mine.phone = QStringLiteral("06 11 22 33 44");
    mine.email = QStringLiteral("j.martin@ville.fr");
    Contact theirs = base;
    theirs.version = 4;
    theirs.email = QStringLiteral("jeanne@mairie.fr");
    theirs.active = false;
    const Comparison comparison = compare(base, mine, theirs);

    const Contact kept = apply(mine, theirs, allFrom(comparison, Side::Mine));
    CHECK(kept.version == 4); // saved over the stored version, not the old one
    CHECK(kept.phone == mine.phone);
    CHECK(kept.email == mine.email);
    CHECK(kept.active);

    const Contact taken = apply(mine, theirs, allFrom(comparison, Side::Theirs));
    CHECK(taken.phone == base.phone);
    CHECK(taken.email == theirs.email);
    CHECK_FALSE(taken.active);

    const Contact merged = apply(mine, theirs, proposedChoices(comparison));
    CHECK(merged.phone == mine.phone); // only I changed it
    CHECK_FALSE(merged.active);        // only they changed it
    CHECK(merged.email == mine.email); // both: mine proposed
    Choices choices = proposedChoices(comparison);
    choices[QStringLiteral("email")] = Side::Theirs;
    CHECK(apply(mine, theirs, choices).email == theirs.email);
}

TEST_CASE("An organisation's sector is shown by name", "[sync]")
{
    Organisation base;
    base.id = 3;
    base.name = QStringLiteral("CMP Bellevue");
    base.sectorId = 1;
    Organisation theirs = base;
    theirs.sectorId = 2;
    Names names;
    names.sector = [](qint64 id) { return id == 1 ? QStringLiteral("Soin") : QStringLiteral("Logement"); };
    const Comparison comparison = compare(base, base, theirs, names);
    REQUIRE(comparison.differences.size() == 1);
    CHECK(comparison.differences.front().mine.display == QStringLiteral("Soin"));
    CHECK(comparison.differences.front().theirs == QStringLiteral("Logement"));
    CHECK(apply(base, theirs, proposedChoices(comparison)).sectorId == 2);
}

TEST_CASE("A meeting compares its header, each item's minutes and its lists", "[sync]")
{
    const Meeting base = meeting();
    Meeting mine = base;
    mine.place = QStringLiteral("Centre social");
    mine.agenda[0].minutesHtml = QStringLiteral("<p>Tour de table, <b>12</b> présents.</p>");
    Meeting theirs = base;
    theirs.version = 6;
    theirs.startsAt = QDateTime(QDate(2026, 3, 17), QTime(9, 30));
    theirs.endsAt = QDateTime(QDate(2026, 3, 17), QTime(11, 0));
    theirs.agenda[1].minutesHtml = QStringLiteral("<p>Point reporté.</p>");
    AgendaItem added;
    added.id = 40;
    added.title = QStringLiteral("Questions diverses");
    theirs.agenda.push_back(added);

    const Comparison comparison = compare(base, mine, theirs);
    const FieldDifference* place = find(comparison, QStringLiteral("place"));
    REQUIRE(place);
    CHECK(place->proposed == Side::Mine);
    const FieldDifference* date = find(comparison, QStringLiteral("starts_at"));
    REQUIRE(date);
    CHECK(date->mine.label == QStringLiteral("Date"));
    CHECK(date->proposed == Side::Theirs);
    const FieldDifference* time = find(comparison, QStringLiteral("ends_at"));
    REQUIRE(time);
    CHECK(time->theirs.contains(QLocale().toString(QTime(9, 30), QLocale::ShortFormat)));
    const FieldDifference* welcome = find(comparison, QStringLiteral("agenda_item/31/minutes_html"));
    REQUIRE(welcome);
    CHECK(welcome->mine.display == QStringLiteral("Tour de table, 12 présents.")); // plain text of the minutes
    CHECK(welcome->mine.label.contains(QStringLiteral("Accueil")));
    CHECK(welcome->proposed == Side::Mine);
    const FieldDifference* housing = find(comparison, QStringLiteral("agenda_item/32/minutes_html"));
    REQUIRE(housing);
    CHECK(housing->proposed == Side::Theirs);
    const FieldDifference* agenda = find(comparison, QStringLiteral("agenda"));
    REQUIRE(agenda);
    CHECK(agenda->theirs.contains(QStringLiteral("Questions diverses")));
    CHECK(agenda->proposed == Side::Theirs);

    // The proposed merge keeps every change of both.
    const Meeting merged = apply(mine, theirs, proposedChoices(comparison));
    CHECK(merged.version == 6);
    CHECK(merged.place == mine.place);
    CHECK(merged.startsAt == theirs.startsAt);
    CHECK(merged.endsAt == theirs.endsAt);
    REQUIRE(merged.agenda.size() == 3);
    CHECK(merged.agenda[0].minutesHtml == mine.agenda[0].minutesHtml);
    CHECK(merged.agenda[1].minutesHtml == theirs.agenda[1].minutesHtml);

    // Mine everywhere: my agenda (without their item), my minutes, the old date.
    const Meeting kept = apply(mine, theirs, allFrom(comparison, Side::Mine));
    CHECK(kept.agenda.size() == 2);
    CHECK(kept.startsAt == base.startsAt);
    CHECK(kept.agenda[1].minutesHtml.isEmpty());
    CHECK(kept.agenda[0].minutesHtml == mine.agenda[0].minutesHtml);
}

TEST_CASE("Choosing only the date keeps the other side's time, and the other way round", "[sync]")
{
    const Meeting base = meeting();
    Meeting mine = base;
    mine.startsAt = QDateTime(QDate(2026, 3, 24), QTime(14, 0));
    mine.endsAt = QDateTime(QDate(2026, 3, 24), QTime(16, 0));
    Meeting theirs = base;
    theirs.startsAt = QDateTime(QDate(2026, 3, 10), QTime(10, 0));
    theirs.endsAt = QDateTime(QDate(2026, 3, 10), QTime(12, 0));
    const Comparison comparison = compare(base, mine, theirs);
    CHECK(comparison.differences.size() == 2);
    Choices choices{{QStringLiteral("starts_at"), Side::Mine}, {QStringLiteral("ends_at"), Side::Theirs}};
    const Meeting merged = apply(mine, theirs, choices);
    CHECK(merged.startsAt == QDateTime(QDate(2026, 3, 24), QTime(10, 0)));
    CHECK(merged.endsAt == QDateTime(QDate(2026, 3, 24), QTime(12, 0)));
}
