// SPDX-License-Identifier: EUPL-1.2
// Crash safety: a writer process is killed with SIGKILL at random moments while it saves meetings,
// edits a partner and imports contacts; after each kill the file must be whole and hold every
// acknowledged unit, and no unit may be half there. MAILLAGE_CRASH_KILLS=1000 for the full run.
#include "core/storage/Database.h"
#include "core/storage/DatabaseCheck.h"
#include "tests/safety/SafetySupport.h"
#include "tests/support/Catch.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <random>
#include <set>

using namespace maillage;
using namespace maillage::test::safety;

namespace {

struct Acknowledged
{
    std::set<qint64> meetings;
    std::set<QString> imports;
    int partnerValue = 0;
    int partnerAttempted = 0; ///< the highest value a writer was about to commit
    int units = 0;
};

Acknowledged readLog(const QString& path)
{
    Acknowledged ack;
    for (const QString& line : completeLines(path)) {
        const QStringList parts = line.split(u' ');
        REQUIRE(parts.size() >= 2);
        if (parts[0] == QLatin1String("partner-attempt")) {
            ack.partnerAttempted = std::max(ack.partnerAttempted, parts[1].toInt());
            continue;
        }
        ++ack.units;
        if (parts[0] == QLatin1String("meeting"))
            ack.meetings.insert(parts[1].toLongLong());
        else if (parts[0] == QLatin1String("partner"))
            ack.partnerValue = std::max(ack.partnerValue, parts[1].toInt());
        else if (parts[0] == QLatin1String("import"))
            ack.imports.insert(parts[1]);
    }
    return ack;
}

// Everything acknowledged is there; nothing is half-done.
void verify(const QString& path, const Acknowledged& ack)
{
    auto opened = Database::open(path, {.createIfMissing = false, .migrate = false});
    INFO(opened.error().fullText().toStdString());
    REQUIRE(opened.ok());
    Database& db = *opened.value();
    REQUIRE(scalar(db, QStringLiteral("PRAGMA integrity_check")).toString() == QStringLiteral("ok"));
    REQUIRE(column(db, QStringLiteral("PRAGMA foreign_key_check")).isEmpty());
    auto report = checkDatabase(db);
    REQUIRE(report.ok());
    CHECK(report->referenceProblems.isEmpty());

    // Every meeting has its agenda item with minutes and its 30 follow-ups, or is not there at all.
    CHECK(column(db, QStringLiteral("SELECT m.id FROM meeting m WHERE "
                                    "(SELECT count(*) FROM follow_up f WHERE f.meeting_id = m.id) <> 30 OR "
                                    "(SELECT count(*) FROM agenda_item a WHERE a.meeting_id = m.id "
                                    "AND a.minutes_html LIKE '%Compte rendu%') <> 1"))
              .isEmpty());
    const std::set<QString> stored = [&] {
        const QStringList ids = column(db, QStringLiteral("SELECT id FROM meeting"));
        return std::set<QString>(ids.begin(), ids.end());
    }();
    for (qint64 id : ack.meetings)
        CHECK(stored.count(QString::number(id)) == 1);

    // The partner edit: at least the last acknowledged value; more only by values a writer was about to
    // commit when it was killed (one per killed writer at most, so possibly several in a row).
    const int value =
        scalar(db, QStringLiteral("SELECT notes FROM organisation WHERE name = 'Partenaire témoin'")).toInt();
    CHECK(value >= ack.partnerValue);
    CHECK(value <= std::max(ack.partnerValue, ack.partnerAttempted));
    CHECK(scalar(db, QStringLiteral("SELECT commune FROM organisation WHERE name = 'Partenaire témoin'")).toString() ==
          (value == 0 ? QString() : QStringLiteral("Commune %1").arg(value)));

    // Imports: three contacts each, all or none.
    CHECK(column(db, QStringLiteral("SELECT substr(last_name, 1, length(last_name) - 1) AS token FROM contact "
                                    "WHERE last_name LIKE 'Import%' GROUP BY token HAVING count(*) <> 3"))
              .isEmpty());
    for (const QString& token : ack.imports)
        CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM contact WHERE last_name LIKE 'Import%1_'").arg(token))
                  .toInt() == 3);
}

} // namespace

TEST_CASE("Acknowledged units survive SIGKILL at random moments; nothing is half-written", "[safety][crash]")
{
    const int kills = envInt("MAILLAGE_CRASH_KILLS", 100);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("conseil.sqlite"));
    const QString log = dir.filePath(QStringLiteral("ack.log"));
    REQUIRE(runWriter({QStringLiteral("setup"), path}) == 0);

    std::mt19937 random(20261123);
    std::uniform_int_distribution<int> delayMs(5, 260);
    QElapsedTimer clock;
    clock.start();
    int killedWhileWriting = 0;
    for (int i = 0; i < kills; ++i) {
        QProcess writer;
        writer.start(writerPath(), {QStringLiteral("units"), path, log});
        REQUIRE(writer.waitForStarted());
        // Nine kills in ten land while units are written (timed from the writer's "writing" line, so a
        // loaded machine's slow start-up does not eat the delay); the tenth may land while it opens the file.
        if (i % 10 != 0)
            writer.waitForReadyRead(30000);
        const int delay = delayMs(random);
        if (writer.waitForFinished(delay)) {
            INFO("the writer stopped by itself: " << writer.readAllStandardError().toStdString());
            FAIL();
        }
        writer.kill(); // SIGKILL
        REQUIRE(writer.waitForFinished(10000));
        killedWhileWriting += writer.exitStatus() == QProcess::CrashExit;
        INFO("kill " << i + 1 << " after " << delay << " ms");
        verify(path, readLog(log));
    }
    const Acknowledged ack = readLog(log);
    WARN("crash harness: " << kills << " kills, " << ack.units << " acknowledged units (" << ack.meetings.size()
                           << " meetings, " << ack.imports.size() << " imports, partner edit " << ack.partnerValue
                           << "), " << clock.elapsed() << " ms");
    CHECK(killedWhileWriting == kills);
    // The harness proves something only if the writer got to write between the kills.
    CHECK(ack.units >= kills / 2);
    CHECK(!ack.meetings.empty());
    CHECK(!ack.imports.empty());
}
