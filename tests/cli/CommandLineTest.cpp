// SPDX-License-Identifier: EUPL-1.2
#include "tests/cli/CliRunner.h"
#include "tests/support/Catch.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

using maillage::test::runMaillage;

namespace {

QByteArray bytesOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

} // namespace

TEST_CASE("maillage --version and --help work without a display", "[cli]")
{
    QTemporaryDir home;
    const auto version = runMaillage({QStringLiteral("--version")}, home.path());
    CHECK(version.exitCode == 0);
    CHECK(version.out.contains(QStringLiteral(MAILLAGE_VERSION)));

    const auto help = runMaillage({QStringLiteral("--help")}, home.path());
    CHECK(help.exitCode == 0);
    for (const char* verb : {"demo", "export", "import", "check"})
        CHECK(help.out.contains(QLatin1String(verb)));

    for (const char* verb : {"demo", "export", "import", "check"}) {
        const auto verbHelp = runMaillage({QLatin1String(verb), QStringLiteral("--help")}, home.path());
        CHECK(verbHelp.exitCode == 0);
        CHECK(verbHelp.out.contains(QLatin1String("--db")));
    }
}

TEST_CASE("Usage errors exit with 1 and say what to do", "[cli]")
{
    QTemporaryDir home;
    const auto unknown = runMaillage({QStringLiteral("export"), QStringLiteral("--frobnicate")}, home.path());
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(QLatin1String("frobnicate")));

    const auto noOutput = runMaillage({QStringLiteral("export"), QStringLiteral("--db"), home.filePath(QStringLiteral("x.sqlite"))},
                                      home.path());
    CHECK(noOutput.exitCode == 1);
    CHECK(noOutput.err.contains(QLatin1String("-o")));

    const auto noFile = runMaillage({QStringLiteral("import"), QStringLiteral("--db"), home.filePath(QStringLiteral("x.sqlite"))},
                                    home.path());
    CHECK(noFile.exitCode == 1);

    const auto badYear = runMaillage({QStringLiteral("demo"), QStringLiteral("--year"), QStringLiteral("soon")}, home.path());
    CHECK(badYear.exitCode == 1);
}

TEST_CASE("demo, export, import, export gives byte-identical archives", "[cli][exchange]")
{
    QTemporaryDir home;
    const QString d = home.filePath(QStringLiteral("d.sqlite"));
    const QString e = home.filePath(QStringLiteral("e.sqlite"));
    const QString a = home.filePath(QStringLiteral("a.json"));
    const QString b = home.filePath(QStringLiteral("b.json"));

    const auto demo = runMaillage({QStringLiteral("demo"), QStringLiteral("--db"), d}, home.path());
    INFO(demo.err.toStdString());
    REQUIRE(demo.exitCode == 0);
    CHECK(demo.out.contains(QLatin1String("meeting")));

    REQUIRE(runMaillage({QStringLiteral("export"), QStringLiteral("--db"), d, QStringLiteral("-o"), a}, home.path()).exitCode == 0);
    const auto import = runMaillage({QStringLiteral("import"), QStringLiteral("--db"), e, a}, home.path());
    INFO(import.err.toStdString());
    REQUIRE(import.exitCode == 0);
    REQUIRE(runMaillage({QStringLiteral("export"), QStringLiteral("--db"), e, QStringLiteral("-o"), b}, home.path()).exitCode == 0);

    const QByteArray first = bytesOf(a);
    CHECK(first.size() > 100000);
    CHECK(first == bytesOf(b));

    const auto check = runMaillage({QStringLiteral("check"), QStringLiteral("--db"), e}, home.path());
    CHECK(check.exitCode == 0);
    CHECK(check.out.contains(QLatin1String("organisation")));

    // A second demo on a filled database is refused and changes nothing.
    const QByteArray before = bytesOf(d);
    const auto again = runMaillage({QStringLiteral("demo"), QStringLiteral("--db"), d}, home.path());
    CHECK(again.exitCode == 2);
    CHECK_FALSE(again.err.isEmpty());
}

TEST_CASE("Bad input exits with 2, names the problem and changes nothing", "[cli]")
{
    QTemporaryDir home;
    const QString target = home.filePath(QStringLiteral("target.sqlite"));
    REQUIRE(runMaillage({QStringLiteral("check"), QStringLiteral("--db"), target}, home.path()).exitCode == 2);
    CHECK_FALSE(QFile::exists(target)); // check never creates a database

    // Make an empty database, then feed it broken archives.
    const QString good = home.filePath(QStringLiteral("good.sqlite"));
    const QString archive = home.filePath(QStringLiteral("a.json"));
    REQUIRE(runMaillage({QStringLiteral("demo"), QStringLiteral("--db"), good}, home.path()).exitCode == 0);
    REQUIRE(runMaillage({QStringLiteral("export"), QStringLiteral("--db"), good, QStringLiteral("-o"), archive}, home.path()).exitCode == 0);
    QByteArray json = bytesOf(archive);

    SECTION("not JSON")
    {
        writeFile(archive, "this is not json");
        const auto run = runMaillage({QStringLiteral("import"), QStringLiteral("--db"), target, archive}, home.path());
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(QLatin1String("JSON"), Qt::CaseInsensitive));
    }
    SECTION("dangling reference")
    {
        json.replace("\"instance_id\": 1,", "\"instance_id\": 99999,");
        writeFile(archive, json);
        const auto run = runMaillage({QStringLiteral("import"), QStringLiteral("--db"), target, archive}, home.path());
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(QLatin1String("instance_id")));
    }
    SECTION("not a database")
    {
        const QString notDb = home.filePath(QStringLiteral("notes.txt"));
        writeFile(notDb, QByteArray(2048, 'x'));
        const auto run = runMaillage({QStringLiteral("check"), QStringLiteral("--db"), notDb}, home.path());
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(QLatin1String("not a Maillage database")));
        CHECK(bytesOf(notDb) == QByteArray(2048, 'x'));
    }
    // The target holds no data after any failed import.
    if (QFile::exists(target)) {
        const auto check = runMaillage({QStringLiteral("check"), QStringLiteral("--db"), target}, home.path());
        CHECK_FALSE(check.out.contains(QRegularExpression(QStringLiteral("organisation\\s+[1-9]"))));
    }
}

TEST_CASE("maillage backup writes a verified copy that opens", "[cli][backup]")
{
    QTemporaryDir home;
    const QString d = home.filePath(QStringLiteral("d.sqlite"));
    REQUIRE(runMaillage({QStringLiteral("demo"), QStringLiteral("--db"), d}, home.path()).exitCode == 0);
    const QString copy = home.filePath(QStringLiteral("copie.sqlite"));
    const auto run = runMaillage({QStringLiteral("backup"), QStringLiteral("--db"), d, QStringLiteral("-o"), copy}, home.path());
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(QFile::exists(copy + QStringLiteral(".manifest.json")));
    const auto check = runMaillage({QStringLiteral("check"), QStringLiteral("--db"), copy}, home.path());
    CHECK(check.exitCode == 0);

    const auto automatic = runMaillage({QStringLiteral("backup"), QStringLiteral("--db"), d}, home.path());
    CHECK(automatic.exitCode == 0);
    CHECK(QDir(home.filePath(QStringLiteral("sauvegardes"))).entryList({QStringLiteral("*.sqlite")}).size() == 1);
    CHECK(runMaillage({QStringLiteral("backup"), QStringLiteral("--db"), home.filePath(QStringLiteral("none.sqlite"))},
                      home.path()).exitCode == 2);
}

TEST_CASE("maillage stats prints the report figures as JSON", "[cli][report]")
{
    QTemporaryDir home;
    const QString d = home.filePath(QStringLiteral("d.sqlite"));
    REQUIRE(runMaillage({QStringLiteral("demo"), QStringLiteral("--db"), d, QStringLiteral("--year"), QStringLiteral("2026")},
                        home.path()).exitCode == 0);
    const auto run = runMaillage({QStringLiteral("stats"), QStringLiteral("--db"), d, QStringLiteral("--year"),
                                  QStringLiteral("2025"), QStringLiteral("--json")},
                                 home.path());
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    CHECK(json[QStringLiteral("period")][QStringLiteral("from")].toString() == QStringLiteral("2025-01-01"));
    CHECK(json[QStringLiteral("governance")][QStringLiteral("meetingsHeld")].toInt() > 20);
    CHECK(runMaillage({QStringLiteral("stats"), QStringLiteral("--db"), d, QStringLiteral("--from"), QStringLiteral("2026-05-01"),
                       QStringLiteral("--to"), QStringLiteral("2026-04-01")},
                      home.path()).exitCode == 2);
    CHECK(runMaillage({QStringLiteral("stats"), QStringLiteral("--db"), d, QStringLiteral("--year"), QStringLiteral("soon")},
                      home.path()).exitCode == 1);
}
