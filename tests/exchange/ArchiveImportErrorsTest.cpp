// SPDX-License-Identifier: EUPL-1.2
#include "core/exchange/ArchiveReader.h"
#include "core/exchange/ArchiveWriter.h"
#include "tests/exchange/ArchiveFixture.h"
#include "tests/support/Catch.h"
#include "tests/support/TestDatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>

#include <functional>

using namespace maillage;

namespace {

QJsonObject goodArchive()
{
    test::TestDatabase source;
    test::populate(source.db());
    return test::exported(source.db());
}

// Applies edit to one row of an archive.
void editRow(QJsonObject& archive, const QString& table, int index, const std::function<void(QJsonObject&)>& edit)
{
    QJsonObject tables = archive.value(QStringLiteral("tables")).toObject();
    QJsonArray rows = tables.value(table).toArray();
    REQUIRE(index < rows.size());
    QJsonObject row = rows.at(index).toObject();
    edit(row);
    rows.replace(index, row);
    tables.insert(table, rows);
    archive.insert(QStringLiteral("tables"), tables);
}

void setField(QJsonObject& archive, const QString& table, int index, const QString& column, const QJsonValue& value)
{
    editRow(archive, table, index, [&](QJsonObject& row) { row.insert(column, value); });
}

void editTables(QJsonObject& archive, const std::function<void(QJsonObject&)>& edit)
{
    QJsonObject tables = archive.value(QStringLiteral("tables")).toObject();
    edit(tables);
    archive.insert(QStringLiteral("tables"), tables);
}

bool mentions(const std::vector<archive::ArchiveProblem>& problems, const QString& path)
{
    for (const auto& problem : problems) {
        if (problem.path == path)
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("A valid archive has no problems", "[exchange]")
{
    CHECK(archive::validateArchive(goodArchive()).empty());
}

TEST_CASE("Every bad archive is refused with the JSON path of the problem and changes nothing", "[exchange][db]")
{
    const QJsonObject good = goodArchive();
    QJsonObject bad = good;
    QString path;
    QString words;
    SECTION("wrong format string")
    {
        bad.insert(QStringLiteral("format"), QStringLiteral("other-archive"));
        path = QStringLiteral("format");
        words = QStringLiteral("not a Maillage archive");
    }
    SECTION("unknown archive version")
    {
        bad.insert(QStringLiteral("version"), 2);
        path = QStringLiteral("version");
        words = QStringLiteral("version 2 is not known");
    }
    SECTION("newer schema")
    {
        bad.insert(QStringLiteral("schemaVersion"), Database::latestSchemaVersion() + 1);
        path = QStringLiteral("schemaVersion");
        words = QStringLiteral("newer Maillage");
    }
    SECTION("text instead of a number")
    {
        setField(bad, QStringLiteral("commune"), 0, QStringLiteral("population"), QStringLiteral("173089"));
        path = QStringLiteral("tables.commune[0].population");
        words = QStringLiteral("whole number");
    }
    SECTION("number instead of a boolean")
    {
        setField(bad, QStringLiteral("council"), 0, QStringLiteral("situations_enabled"), 1);
        path = QStringLiteral("tables.council[0].situations_enabled");
        words = QStringLiteral("true or false");
    }
    SECTION("fractional cents")
    {
        setField(bad, QStringLiteral("budget_line"), 0, QStringLiteral("planned_cents"), 12.5);
        path = QStringLiteral("tables.budget_line[0].planned_cents");
        words = QStringLiteral("cents");
    }
    SECTION("impossible date")
    {
        setField(bad, QStringLiteral("contact"), 0, QStringLiteral("consent_confirmed_on"), QStringLiteral("2025-02-30"));
        path = QStringLiteral("tables.contact[0].consent_confirmed_on");
        words = QStringLiteral("YYYY-MM-DD");
    }
    SECTION("date-time without time")
    {
        setField(bad, QStringLiteral("meeting"), 1, QStringLiteral("starts_at"), QStringLiteral("2025-02-18"));
        path = QStringLiteral("tables.meeting[1].starts_at");
        words = QStringLiteral("date and time");
    }
    SECTION("missing required value")
    {
        editRow(bad, QStringLiteral("contact"), 1, [](QJsonObject& row) { row.remove(QStringLiteral("last_name")); });
        path = QStringLiteral("tables.contact[1].last_name");
        words = QStringLiteral("required");
    }
    SECTION("null in a required column")
    {
        setField(bad, QStringLiteral("organisation"), 0, QStringLiteral("name"), QJsonValue::Null);
        path = QStringLiteral("tables.organisation[0].name");
        words = QStringLiteral("required");
    }
    SECTION("unknown column")
    {
        setField(bad, QStringLiteral("sector"), 1, QStringLiteral("colour"), QStringLiteral("#fff"));
        path = QStringLiteral("tables.sector[1].colour");
        words = QStringLiteral("unknown column");
    }
    SECTION("unknown table")
    {
        editTables(bad, [](QJsonObject& tables) { tables.insert(QStringLiteral("person"), QJsonArray()); });
        path = QStringLiteral("tables.person");
        words = QStringLiteral("unknown table");
    }
    SECTION("missing table")
    {
        editTables(bad, [](QJsonObject& tables) { tables.remove(QStringLiteral("event_partner")); });
        path = QStringLiteral("tables.event_partner");
        words = QStringLiteral("missing");
    }
    SECTION("a record that is not an object")
    {
        editTables(bad, [](QJsonObject& tables) {
            QJsonArray rows = tables.value(QStringLiteral("milestone")).toArray();
            rows.append(42);
            tables.insert(QStringLiteral("milestone"), rows);
        });
        path = QStringLiteral("tables.milestone[1]");
        words = QStringLiteral("object");
    }
    SECTION("duplicate id")
    {
        // Nothing refers to situation review 5, so only the duplicate is wrong.
        setField(bad, QStringLiteral("situation_review"), 1, QStringLiteral("id"), 1);
        path = QStringLiteral("tables.situation_review[1].id");
        words = QStringLiteral("the id 1 is already used by tables.situation_review[0]");
    }
    SECTION("dangling reference")
    {
        setField(bad, QStringLiteral("meeting"), 0, QStringLiteral("instance_id"), 99);
        path = QStringLiteral("tables.meeting[0].instance_id");
        words = QStringLiteral("refers to instance 99, which is not in the archive");
    }
    SECTION("dangling self-reference")
    {
        setField(bad, QStringLiteral("meeting"), 0, QStringLiteral("postponed_to_meeting_id"), 42);
        path = QStringLiteral("tables.meeting[0].postponed_to_meeting_id");
        words = QStringLiteral("refers to meeting 42");
    }

    const auto problems = archive::validateArchive(bad);
    INFO("expected problem at " << path.toStdString());
    REQUIRE(problems.size() == 1);
    CHECK(problems.front().path == path);
    CHECK(problems.front().message.contains(words));

    // Into a database holding other data, even with replace: nothing may change.
    test::TestDatabase target;
    test::insertRow(target.db(), QStringLiteral("sector"),
                    {{QStringLiteral("id"), 7}, {QStringLiteral("code"), QStringLiteral("x")},
                     {QStringLiteral("label"), QStringLiteral("X")}});
    const QByteArray before = archive::archiveBytes(test::exported(target.db()));
    auto result = archive::importArchive(target.db(), bad, archive::ImportOptions{true});
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().message == QLatin1String("The archive has 1 problem; nothing was imported."));
    CHECK(result.error().detail.startsWith(path + QStringLiteral(": ")));
    CHECK(archive::archiveBytes(test::exported(target.db())) == before);
}

TEST_CASE("All problems are listed, one per line", "[exchange]")
{
    QJsonObject bad = goodArchive();
    setField(bad, QStringLiteral("meeting"), 0, QStringLiteral("instance_id"), 99);
    setField(bad, QStringLiteral("sector"), 0, QStringLiteral("label"), 3);
    editRow(bad, QStringLiteral("axis"), 0, [](QJsonObject& row) { row.remove(QStringLiteral("title")); });
    const auto problems = archive::validateArchive(bad);
    CHECK(problems.size() == 3);
    CHECK(mentions(problems, QStringLiteral("tables.meeting[0].instance_id")));
    CHECK(mentions(problems, QStringLiteral("tables.sector[0].label")));
    CHECK(mentions(problems, QStringLiteral("tables.axis[0].title")));

    test::TestDatabase target;
    auto result = archive::importArchive(target.db(), bad);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().kind == Error::Kind::Invalid);
    CHECK(result.error().message == QLatin1String("The archive has 3 problems; nothing was imported."));
    CHECK(result.error().detail.split(u'\n').size() == 3);
    CHECK(test::totalRows(target.db()) == 0);
}

TEST_CASE("A database that already holds records is refused unless replace", "[exchange][db]")
{
    const QJsonObject archive = goodArchive();
    test::TestDatabase target;
    test::insertRow(target.db(), QStringLiteral("sector"),
                    {{QStringLiteral("id"), 7}, {QStringLiteral("code"), QStringLiteral("x")},
                     {QStringLiteral("label"), QStringLiteral("X")}});
    const QByteArray before = archive::archiveBytes(test::exported(target.db()));

    auto refused = archive::importArchive(target.db(), archive);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == Error::Kind::Conflict);
    CHECK(refused.error().message.contains(QLatin1String("already holds 1 records")));
    CHECK(archive::archiveBytes(test::exported(target.db())) == before);

    auto replaced = archive::importArchive(target.db(), archive, archive::ImportOptions{true});
    if (!replaced.ok())
        FAIL(replaced.error().fullText().toStdString());
    CHECK(archive::archiveBytes(test::exported(target.db())) == archive::archiveBytes(archive));
}

TEST_CASE("A record the database refuses rolls the whole import back", "[exchange][db]")
{
    // Passes validation but breaks sector.code UNIQUE: only the database can tell.
    QJsonObject bad = goodArchive();
    setField(bad, QStringLiteral("sector"), 1, QStringLiteral("code"), QStringLiteral("psy"));
    REQUIRE(archive::validateArchive(bad).empty());

    test::TestDatabase target;
    test::populate(target.db());
    test::insertRow(target.db(), QStringLiteral("sector"),
                    {{QStringLiteral("id"), 9}, {QStringLiteral("code"), QStringLiteral("extra")},
                     {QStringLiteral("label"), QStringLiteral("Extra")}});
    const QByteArray before = archive::archiveBytes(test::exported(target.db()));
    auto result = archive::importArchive(target.db(), bad, archive::ImportOptions{true});
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().message.contains(QLatin1String("tables.sector[1]")));
    CHECK(result.error().message.contains(QLatin1String("nothing was imported")));
    CHECK(archive::archiveBytes(test::exported(target.db())) == before);
}

TEST_CASE("Archive files that cannot be read are refused clearly", "[exchange][db]")
{
    QTemporaryDir dir;
    const QByteArray good = archive::archiveBytes(goodArchive()); // before target: PostgreSQL tests share one database
    test::TestDatabase target;
    auto write = [&dir](const char* name, const QByteArray& bytes) {
        const QString path = dir.filePath(QString::fromLatin1(name));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return path;
    };
    SECTION("not JSON")
    {
        auto result = archive::importArchiveFile(target.db(), write("notes.json", "PK\x03\x04 not json at all"));
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().kind == Error::Kind::Unsupported);
        CHECK(result.error().message.contains(QLatin1String("not valid JSON")));
    }
    SECTION("JSON of another kind")
    {
        auto result = archive::importArchiveFile(target.db(), write("list.json", "[1, 2, 3]"));
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().message.contains(QLatin1String("not a Maillage archive")));
    }
    SECTION("a JSON object that is not an archive")
    {
        auto result = archive::importArchiveFile(target.db(), write("other.json", R"({"name": "x"})"));
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().kind == Error::Kind::Unsupported);
        CHECK(result.error().detail.startsWith(QLatin1String("format: ")));
    }
    SECTION("missing file")
    {
        auto result = archive::importArchiveFile(target.db(), dir.filePath(QStringLiteral("absent.json")));
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().kind == Error::Kind::NotFound);
    }
    SECTION("too big")
    {
        const QString path = write("big.json", good);
        archive::ImportOptions options;
        options.maxFileBytes = 1024;
        auto result = archive::importArchiveFile(target.db(), path, options);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().message.contains(QLatin1String("too big")));
    }
    CHECK(test::totalRows(target.db()) == 0);
}
