// SPDX-License-Identifier: EUPL-1.2
// Opening anything: about 500 mutated databases are opened with Database::open and, when that
// succeeds, checked with checkDatabase. Never a crash, never a refused file changed or deleted,
// always a message in plain words that names the file (the driver's text stays in the detail).
#include "core/demo/DemoCouncil.h"
#include "core/storage/Database.h"
#include "core/storage/DatabaseCheck.h"
#include "core/storage/FileProbe.h"
#include "tests/safety/SafetySupport.h"
#include "tests/support/Catch.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <random>

using namespace maillage;
using namespace maillage::test::safety;

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeAll(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

// Runs statements on a file through a plain connection (to build foreign or altered files).
void execOn(const QString& path, const QStringList& statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("mutator"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery query(db);
        for (const QString& statement : statements)
            REQUIRE(query.exec(statement));
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("mutator"));
}

struct Outcome
{
    int opened = 0;
    int refused = 0;
    int healthy = 0;
    int damagedFound = 0;
};

// Opens one mutated file: a refusal leaves every byte in place and says what is wrong in plain words.
void openOne(const QString& path, const QString& what, Outcome& outcome)
{
    INFO(what.toStdString());
    const QByteArray before = fileHash(path);
    const QByteArray walBefore = fileHash(path + QStringLiteral("-wal"));
    auto opened = Database::open(path, {.createIfMissing = false, .migrate = true});
    if (!opened.ok()) {
        ++outcome.refused;
        const Error& error = opened.error();
        INFO(error.fullText().toStdString());
        CHECK(QFile::exists(path));
        CHECK(fileHash(path) == before);
        CHECK(fileHash(path + QStringLiteral("-wal")) == walBefore);
        CHECK(error.message.contains(QFileInfo(path).fileName()));
        for (const char* jargon : {"malformed", "SQLITE", "Unable to", "disk image", "file is not a database"})
            CHECK_FALSE(error.message.contains(QLatin1String(jargon)));
        return;
    }
    ++outcome.opened;
    auto report = checkDatabase(*opened.value());
    if (report.ok() && report->healthy())
        ++outcome.healthy;
    else
        ++outcome.damagedFound;
}

} // namespace

TEST_CASE("Opening 500 mutated databases never crashes and never changes a refused file", "[safety][open]")
{
    QTemporaryDir dir;
    const QString base = dir.filePath(QStringLiteral("base.sqlite"));
    {
        auto db = Database::open(base);
        REQUIRE(db.ok());
        REQUIRE(demo::generateDemoCouncil(*db.value(), QDate(2026, 6, 15)).ok());
    }
    const QByteArray original = readAll(base);
    REQUIRE(original.size() > 8192);
    std::mt19937 random(7);
    Outcome outcome;
    int files = 0;
    auto next = [&](const QByteArray& bytes, const QString& what) {
        const QString path = dir.filePath(QStringLiteral("m%1.sqlite").arg(++files));
        writeAll(path, bytes);
        openOne(path, what, outcome);
    };

    // Flipped bytes: a few anywhere, or in the first page (header and schema).
    for (int i = 0; i < 260; ++i) {
        QByteArray bytes = original;
        const int flips = 1 + int(random() % 8);
        const qsizetype span = i % 2 ? 4096 : bytes.size();
        for (int f = 0; f < flips; ++f)
            bytes[qsizetype(random() % span)] ^= char(1 << (random() % 8));
        next(bytes, QStringLiteral("flipped bytes #%1").arg(i));
    }
    // Truncations at random lengths and on page boundaries.
    for (int i = 0; i < 120; ++i) {
        const qsizetype length = i % 3 == 0 ? qsizetype(4096) * (1 + i / 3 % (original.size() / 4096))
                                            : qsizetype(random() % original.size());
        next(original.left(std::min(length, original.size() - 1)), QStringLiteral("truncated to %1").arg(length));
    }
    // Random bytes, with and without a SQLite header in front.
    for (int i = 0; i < 60; ++i) {
        QByteArray bytes(qsizetype(1 + random() % 20000), '\0');
        for (char& c : bytes)
            c = char(random());
        if (i % 2)
            bytes.replace(0, 16, QByteArray("SQLite format 3\0", 16));
        next(bytes, QStringLiteral("random bytes #%1").arg(i));
    }
    // Header fields: page size, counts, versions, set to odd values.
    for (int offset : {16, 17, 18, 19, 20, 21, 24, 28, 32, 36, 40, 44, 48, 52, 56, 60, 64, 68, 92, 96}) {
        for (char value : {'\0', '\x7f', '\xff'}) {
            QByteArray bytes = original;
            bytes[offset] = value;
            next(bytes, QStringLiteral("header byte %1 = %2").arg(offset).arg(int(uchar(value))));
        }
    }
    const int mutated = files;

    // Whole files of the wrong kind.
    const QString foreign = dir.filePath(QStringLiteral("foreign.sqlite"));
    execOn(foreign, {QStringLiteral("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)"),
                     QStringLiteral("INSERT INTO photos (name) VALUES ('vacances')")});
    openOne(foreign, QStringLiteral("another program's database"), outcome);
    const QString wrongId = dir.filePath(QStringLiteral("wrong-id.sqlite"));
    QFile::copy(base, wrongId);
    execOn(wrongId, {QStringLiteral("PRAGMA application_id = 1234")});
    openOne(wrongId, QStringLiteral("wrong application_id"), outcome);
    const QString newer = dir.filePath(QStringLiteral("newer.sqlite"));
    QFile::copy(base, newer);
    execOn(newer, {QStringLiteral("PRAGMA user_version = %1").arg(Database::latestSchemaVersion() + 1)});
    const QByteArray newerHash = fileHash(newer);
    auto refusedNewer = Database::open(newer);
    REQUIRE_FALSE(refusedNewer.ok());
    CHECK(refusedNewer.error().message.contains(QLatin1String("newer version of Maillage")));
    CHECK(fileHash(newer) == newerHash);
    const QString empty = dir.filePath(QStringLiteral("empty.sqlite"));
    writeAll(empty, {});
    auto fromEmpty = Database::open(empty); // an empty file is a new database, as if just created
    CHECK(fromEmpty.ok());
    files += 4;

    // A stray -wal from another database beside a file, and a file whose -wal went missing.
    const QString other = dir.filePath(QStringLiteral("other.sqlite"));
    {
        auto db = Database::open(other);
        REQUIRE(db.ok());
        REQUIRE(demo::generateDemoCouncil(*db.value(), QDate(2025, 1, 10)).ok());
        const QString stray = dir.filePath(QStringLiteral("stray.sqlite"));
        QFile::copy(base, stray);
        QFile::copy(other + QStringLiteral("-wal"), stray + QStringLiteral("-wal"));
        const QString lost = dir.filePath(QStringLiteral("lost-wal.sqlite"));
        QFile::copy(other, lost); // the pages still in other's -wal are not in this copy
        openOne(stray, QStringLiteral("stray -wal"), outcome);
        openOne(lost, QStringLiteral("missing -wal"), outcome);
        files += 2;
    }

    // Locked by another writer: refused after the busy timeout, with a message that says so.
    const QString locked = dir.filePath(QStringLiteral("locked.sqlite"));
    QFile::copy(base, locked);
    {
        QSqlDatabase holder = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
        holder.setDatabaseName(locked);
        REQUIRE(holder.open());
        QSqlQuery query(holder);
        REQUIRE(query.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE")));
        REQUIRE(query.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        REQUIRE(query.exec(QStringLiteral("UPDATE council SET name = name")));
        const FileProbe probe = probeFile(locked, 200);
        CHECK(probe.state == FileState::Locked);
        CHECK(probeError(locked, probe, 6).message.contains(QLatin1String("locked by another program")));
        query.exec(QStringLiteral("ROLLBACK"));
        query.finish();
        holder.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("holder"));
    ++files;

    WARN("opening anything: " << files << " files (" << mutated << " mutated copies); " << outcome.opened << " opened ("
                              << outcome.healthy << " healthy, " << outcome.damagedFound
                              << " with problems found by the check), " << outcome.refused << " refused untouched");
    CHECK(files >= 500);
    CHECK(outcome.refused > 100); // the mutations really break files
}
