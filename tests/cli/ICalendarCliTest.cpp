// SPDX-License-Identifier: EUPL-1.2
#include "tests/cli/CliRunner.h"
#include "tests/support/Catch.h"

#include <QFile>
#include <QTemporaryDir>

using maillage::test::runMaillage;

namespace {

QByteArray bytesOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

TEST_CASE("export --format ics and import FILE.ics into an instance", "[cli][exchange][ical]")
{
    QTemporaryDir home;
    const QString db = home.filePath(QStringLiteral("d.sqlite"));
    const QString all = home.filePath(QStringLiteral("all.ics"));
    const QString copil = home.filePath(QStringLiteral("copil.txt"));
    REQUIRE(runMaillage({QStringLiteral("demo"), QStringLiteral("--db"), db}, home.path()).exitCode == 0);

    const auto exported = runMaillage({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("-o"), all},
                                      home.path());
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    const QByteArray ics = bytesOf(all);
    CHECK(ics.startsWith("BEGIN:VCALENDAR\r\n"));
    const int allEvents = int(ics.count("BEGIN:VEVENT"));
    CHECK(allEvents > 10);

    // Explicit format, one instance, a date range: fewer events.
    const auto some = runMaillage({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--format"),
                                   QStringLiteral("ics"), QStringLiteral("-o"), copil, QStringLiteral("--instance"),
                                   QStringLiteral("comité de pilotage"), QStringLiteral("--from"),
                                   QStringLiteral("2026-01-01"), QStringLiteral("--to"), QStringLiteral("2026-12-31")},
                                  home.path());
    REQUIRE(some.exitCode == 0);
    const int someEvents = int(bytesOf(copil).count("BEGIN:VEVENT"));
    CHECK(someEvents > 0);
    CHECK(someEvents < allEvents);

    // Import into the plenary of a fresh copy of the demo: the meetings double.
    const QString other = home.filePath(QStringLiteral("e.sqlite"));
    REQUIRE(runMaillage({QStringLiteral("demo"), QStringLiteral("--db"), other}, home.path()).exitCode == 0);
    const auto noInstance = runMaillage({QStringLiteral("import"), QStringLiteral("--db"), other, all}, home.path());
    CHECK(noInstance.exitCode == 1);
    const auto unknown = runMaillage({QStringLiteral("import"), QStringLiteral("--db"), other, QStringLiteral("--instance"),
                                      QStringLiteral("Nope"), all},
                                     home.path());
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("Nope")));

    const auto imported = runMaillage({QStringLiteral("import"), QStringLiteral("--db"), other, QStringLiteral("--instance"),
                                       QStringLiteral("Comité de pilotage"), all},
                                      home.path());
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.out.contains(QString::number(allEvents)));
    const QString again = home.filePath(QStringLiteral("again.ics"));
    REQUIRE(runMaillage({QStringLiteral("export"), QStringLiteral("--db"), other, QStringLiteral("-o"), again}, home.path())
                .exitCode == 0);
    CHECK(int(bytesOf(again).count("BEGIN:VEVENT")) == 2 * allEvents);
}

TEST_CASE("a malformed calendar exits with 2, names the line and imports nothing", "[cli][ical]")
{
    QTemporaryDir home;
    const QString db = home.filePath(QStringLiteral("d.sqlite"));
    REQUIRE(runMaillage({QStringLiteral("demo"), QStringLiteral("--db"), db}, home.path()).exitCode == 0);
    const QString before = home.filePath(QStringLiteral("before.json"));
    const QString after = home.filePath(QStringLiteral("after.json"));
    REQUIRE(runMaillage({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("-o"), before}, home.path())
                .exitCode == 0);
    const QString bad = home.filePath(QStringLiteral("bad.ics"));
    QFile file(bad);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:ok\r\nDTSTART:20260101T100000Z\r\nEND:VEVENT\r\n"
               "BEGIN:VEVENT\r\nSUMMARY:bad\r\nDTSTART:2026-02-30\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
    file.close();
    const auto run = runMaillage({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--instance"),
                                  QStringLiteral("Assemblée plénière du CLSM"), bad},
                                 home.path());
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("Line 8")));
    REQUIRE(runMaillage({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("-o"), after}, home.path())
                .exitCode == 0);
    CHECK(bytesOf(before).size() == bytesOf(after).size());
}
