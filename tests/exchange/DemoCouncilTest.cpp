// SPDX-License-Identifier: EUPL-1.2
#include "core/demo/DemoCouncil.h"
#include "core/exchange/ArchiveReader.h"
#include "core/storage/TableCatalog.h"
#include "tests/support/TestDatabase.h"

#include "tests/support/Catch.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <map>
#include <set>

using namespace maillage;

namespace {

const QDate kToday(2025, 9, 15);

QJsonArray rows(const QJsonObject& archive, const QString& table)
{
    return archive.value(QStringLiteral("tables")).toObject().value(table).toArray();
}

QByteArray bytes(const QJsonObject& archive)
{
    return QJsonDocument(archive).toJson(QJsonDocument::Indented);
}

int countWhere(const QJsonArray& array, const QString& column, const QString& value)
{
    int count = 0;
    for (const QJsonValue& row : array)
        if (row.toObject().value(column).toString() == value)
            ++count;
    return count;
}

QDate dateOf(const QJsonValue& value)
{
    return QDate::fromString(value.toString().left(10), Qt::ISODate);
}

} // namespace

TEST_CASE("The demo council has the size and shape of a real council", "[exchange][demo]")
{
    const QJsonObject archive = demo::demoArchive(kToday);
    CHECK(archive.value(QStringLiteral("format")).toString() == QStringLiteral("maillage-archive"));
    CHECK(rows(archive, QStringLiteral("council")).size() == 1);
    CHECK(rows(archive, QStringLiteral("council"))[0].toObject().value(QStringLiteral("situations_enabled")).toBool());
    CHECK(rows(archive, QStringLiteral("commune")).size() >= 4);
    CHECK(rows(archive, QStringLiteral("commune")).size() <= 6);
    CHECK(rows(archive, QStringLiteral("psychiatric_sector")).size() == 2);
    CHECK(rows(archive, QStringLiteral("sector")).size() == 15);

    const QJsonArray organisations = rows(archive, QStringLiteral("organisation"));
    CHECK(organisations.size() >= 105);
    CHECK(organisations.size() <= 135);
    const QJsonArray contacts = rows(archive, QStringLiteral("contact"));
    CHECK(contacts.size() >= 225);
    CHECK(contacts.size() <= 275);
    // A few people changed organisation: more affiliations than contacts.
    const qsizetype moves = rows(archive, QStringLiteral("affiliation")).size() - contacts.size();
    CHECK(moves >= 3);
    CHECK(moves <= 10);

    std::set<qint64> usedSectors;
    for (const QJsonValue& org : organisations)
        usedSectors.insert(org.toObject().value(QStringLiteral("sector_id")).toInteger());
    CHECK(usedSectors.size() == 15);

    std::set<QString> pillars;
    for (const QJsonValue& contact : contacts)
        pillars.insert(contact.toObject().value(QStringLiteral("pillar")).toString());
    CHECK(pillars == std::set<QString>{QStringLiteral("elu"), QStringLiteral("psychiatrie"), QStringLiteral("usager"),
                                       QStringLiteral("aidant"), QStringLiteral("professionnel"),
                                       QStringLiteral("citoyen")});

    const QJsonArray instances = rows(archive, QStringLiteral("instance"));
    for (const char* kind : {"assemblee_pleniere", "comite_pilotage", "comite_technique", "cellule_situations"})
        CHECK(countWhere(instances, QStringLiteral("kind"), QString::fromLatin1(kind)) == 1);
    CHECK(countWhere(instances, QStringLiteral("kind"), QStringLiteral("groupe_travail")) == 3);
    CHECK(countWhere(instances, QStringLiteral("name"), QStringLiteral("RESAD")) == 1);

    const QJsonArray meetings = rows(archive, QStringLiteral("meeting"));
    CHECK(meetings.size() >= 70);
    CHECK(meetings.size() <= 90);
    CHECK(countWhere(meetings, QStringLiteral("status"), QStringLiteral("held")) >= 40);
    CHECK(countWhere(meetings, QStringLiteral("status"), QStringLiteral("planned")) >= 5);
    CHECK(countWhere(meetings, QStringLiteral("status"), QStringLiteral("cancelled")) +
              countWhere(meetings, QStringLiteral("status"), QStringLiteral("postponed")) >= 1);
    CHECK(countWhere(meetings, QStringLiteral("minutes_status"), QStringLiteral("distributed")) >= 20);
    CHECK(countWhere(meetings, QStringLiteral("minutes_status"), QStringLiteral("draft")) >= 5);

    const QJsonArray items = rows(archive, QStringLiteral("agenda_item"));
    CHECK(countWhere(items, QStringLiteral("title"), QStringLiteral("Questions diverses")) >= 60);
    CHECK(countWhere(items, QStringLiteral("title"), QStringLiteral("Approbation du compte rendu précédent")) >= 50);
    CHECK(rows(archive, QStringLiteral("attendance")).size() > 500);
    CHECK(rows(archive, QStringLiteral("decision")).size() >= 20);

    const QJsonArray followUps = rows(archive, QStringLiteral("follow_up"));
    int overdue = 0, linked = 0;
    for (const QJsonValue& value : followUps) {
        const QJsonObject row = value.toObject();
        if (row.value(QStringLiteral("status")).toString() != QStringLiteral("done") &&
            dateOf(row.value(QStringLiteral("due_on"))) < kToday)
            ++overdue;
        if (!row.value(QStringLiteral("action_sheet_id")).isNull())
            ++linked;
    }
    CHECK(countWhere(followUps, QStringLiteral("status"), QStringLiteral("done")) >= 10);
    CHECK(overdue >= 2);
    CHECK(linked >= 10);

    CHECK(rows(archive, QStringLiteral("action_plan")).size() == 1);
    CHECK(rows(archive, QStringLiteral("axis")).size() == 4);
    CHECK(rows(archive, QStringLiteral("action_sheet")).size() >= 13);
    CHECK(rows(archive, QStringLiteral("action_sheet")).size() <= 17);
    CHECK(rows(archive, QStringLiteral("budget_line")).size() >= 30);
    CHECK(rows(archive, QStringLiteral("indicator_value")).size() >= 20);

    const QJsonArray events = rows(archive, QStringLiteral("event"));
    CHECK(countWhere(events, QStringLiteral("kind"), QStringLiteral("sism")) >= 6);
    CHECK(countWhere(events, QStringLiteral("kind"), QStringLiteral("pssm")) >= 6);
    CHECK(countWhere(events, QStringLiteral("kind"), QStringLiteral("pssm")) <= 10);
    CHECK(countWhere(events, QStringLiteral("kind"), QStringLiteral("cine_debat")) >= 2);
    for (const QJsonValue& event : events)
        if (event.toObject().value(QStringLiteral("kind")).toString() == QStringLiteral("sism"))
            CHECK(dateOf(event.toObject().value(QStringLiteral("starts_on"))).month() == 10);

    const QJsonArray situations = rows(archive, QStringLiteral("situation"));
    CHECK(situations.size() == 12);
    static const QRegularExpression pseudonym(QStringLiteral("^SIT-20(24|25)-\\d{3}$"));
    for (const QJsonValue& situation : situations)
        CHECK(pseudonym.match(situation.toObject().value(QStringLiteral("pseudonym")).toString()).hasMatch());
    CHECK(rows(archive, QStringLiteral("situation_review")).size() >= 24);
}

TEST_CASE("Every demo row carries exactly the columns of its table and only valid references",
          "[exchange][demo]")
{
    const QJsonObject archive = demo::demoArchive(kToday);
    const QJsonObject tables = archive.value(QStringLiteral("tables")).toObject();
    CHECK(tables.size() == qsizetype(TableCatalog::tables().size()));

    std::map<QString, std::set<qint64>> ids;
    for (const TableSpec& table : TableCatalog::tables()) {
        REQUIRE(tables.contains(table.name));
        std::set<QString> expected;
        for (const ColumnSpec& column : table.columns)
            expected.insert(column.name);
        qint64 previous = 0;
        for (const QJsonValue& value : tables.value(table.name).toArray()) {
            const QJsonObject row = value.toObject();
            const QStringList keys = row.keys();
            INFO(table.name.toStdString());
            CHECK(std::set<QString>(keys.begin(), keys.end()) == expected);
            const qint64 id = row.value(QStringLiteral("id")).toInteger();
            CHECK(id > previous); // sorted by id, no duplicates
            previous = id;
            ids[table.name].insert(id);
        }
    }
    // Every *_id names an existing row of the right table (the importer checks the same).
    int references = 0;
    for (const TableSpec& table : TableCatalog::tables())
        for (const QJsonValue& value : tables.value(table.name).toArray())
            for (const ColumnSpec& column : table.columns) {
                const QJsonValue ref = value.toObject().value(column.name);
                if (column.references.isEmpty() || ref.isNull())
                    continue;
                INFO(table.name.toStdString() << "." << column.name.toStdString() << " = " << ref.toInteger());
                CHECK(ids[column.references].count(ref.toInteger()) == 1);
                ++references;
            }
    CHECK(references > 3000);

    const auto problems = archive::validateArchive(archive);
    for (const auto& problem : problems)
        FAIL_CHECK((problem.path + QStringLiteral(": ") + problem.message).toStdString());
    CHECK(problems.empty());
}

TEST_CASE("The demo is deterministic and follows the year it is built for", "[exchange][demo]")
{
    const QJsonObject first = demo::demoArchive(kToday);
    CHECK(bytes(first) == bytes(demo::demoArchive(kToday)));

    // Another day of the same year: the same people, partners and calendar; only what is past differs.
    const QJsonObject later = demo::demoArchive(QDate(2025, 11, 20));
    CHECK(bytes(later) != bytes(first));
    for (const char* table : {"organisation", "contact", "affiliation", "instance", "instance_member", "axis"})
        CHECK(rows(later, QString::fromLatin1(table)) == rows(first, QString::fromLatin1(table)));
    auto starts = [](const QJsonObject& archive) {
        std::set<QString> result;
        for (const QJsonValue& meeting : rows(archive, QStringLiteral("meeting")))
            if (meeting.toObject().value(QStringLiteral("postponed_to_meeting_id")).isNull() &&
                !meeting.toObject().value(QStringLiteral("notes")).toString().startsWith(QStringLiteral("Séance reportée")))
                result.insert(meeting.toObject().value(QStringLiteral("starts_at")).toString());
        return result;
    };
    CHECK(starts(later) == starts(first));

    // Another year: the same council, a year later.
    const QJsonObject next = demo::demoArchive(QDate(2026, 9, 15));
    const QJsonObject council = rows(first, QStringLiteral("council"))[0].toObject();
    const QJsonObject nextCouncil = rows(next, QStringLiteral("council"))[0].toObject();
    CHECK(nextCouncil.value(QStringLiteral("name")) == council.value(QStringLiteral("name")));
    CHECK(dateOf(nextCouncil.value(QStringLiteral("created_on"))) ==
          dateOf(council.value(QStringLiteral("created_on"))).addYears(1));
    CHECK(rows(next, QStringLiteral("action_plan"))[0].toObject().value(QStringLiteral("first_year")).toInt() == 2025);
    CHECK(rows(next, QStringLiteral("meeting"))[0].toObject().value(QStringLiteral("starts_at")).toString().left(4) ==
          QStringLiteral("2025"));
}

TEST_CASE("Demo dates stay within the two years and timestamps never lie in the future", "[exchange][demo]")
{
    const QJsonObject archive = demo::demoArchive(kToday);
    const QDate first(2024, 1, 1), last(2025, 12, 31);
    for (const QJsonValue& value : rows(archive, QStringLiteral("meeting"))) {
        const QJsonObject meeting = value.toObject();
        const QDate day = dateOf(meeting.value(QStringLiteral("starts_at")));
        CHECK(day >= first);
        CHECK(day <= last);
        CHECK((day.dayOfWeek() >= 1 && day.dayOfWeek() <= 5));
        const QString status = meeting.value(QStringLiteral("status")).toString();
        CHECK((status == QStringLiteral("planned")) == (day >= kToday));
        if (meeting.value(QStringLiteral("instance_id")).toInteger() == 7)
            CHECK(day.month() != 8); // the cellule does not meet in August
    }
    for (const char* spec : {"event:starts_on", "situation_review:reviewed_on", "situation:opened_on",
                             "follow_up:due_on", "indicator_value:period"})
        for (const QJsonValue& value : rows(archive, QString::fromLatin1(spec).section(u':', 0, 0))) {
            const QString text = value.toObject().value(QString::fromLatin1(spec).section(u':', 1)).toString();
            const QDate day = text.size() == 4 ? QDate(text.toInt(), 6, 1) : dateOf(text);
            INFO(spec << " " << text.toStdString());
            CHECK(day >= first);
            CHECK(day <= last);
        }
    const QString tomorrow = kToday.addDays(1).toString(Qt::ISODate);
    for (const TableSpec& table : TableCatalog::tables())
        for (const QJsonValue& value : rows(archive, table.name)) {
            const QJsonObject row = value.toObject();
            INFO(table.name.toStdString());
            CHECK(row.value(QStringLiteral("created_at")).toString() < tomorrow);
            CHECK(row.value(QStringLiteral("created_at")).toString() <= row.value(QStringLiteral("updated_at")).toString());
        }
    for (const QJsonValue& value : rows(archive, QStringLiteral("follow_up"))) {
        const QJsonValue done = value.toObject().value(QStringLiteral("done_on"));
        if (!done.isNull())
            CHECK(dateOf(done) <= kToday);
    }
}

TEST_CASE("generateDemoCouncil fills an empty database and refuses a second time", "[exchange][demo][db]")
{
    test::TestDatabase fx;
    Database& db = fx.db();
    const Status status = demo::generateDemoCouncil(db, kToday);
    INFO(status.error().fullText().toStdString());
    REQUIRE(status.ok());

    const QJsonObject archive = demo::demoArchive(kToday);
    auto counts = rowCounts(db);
    REQUIRE(counts.ok());
    for (const auto& [table, count] : counts.value()) {
        INFO(table.toStdString());
        CHECK(count == rows(archive, table).size());
    }

    const Status again = demo::generateDemoCouncil(db, kToday);
    CHECK_FALSE(again.ok());
    CHECK(again.error().kind == Error::Kind::Conflict);
    CHECK(again.error().message.contains(QStringLiteral("empty database")));
    auto after = rowCounts(db);
    REQUIRE(after.ok());
    CHECK(after.value() == counts.value());
}
