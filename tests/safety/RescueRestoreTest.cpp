// SPDX-License-Identifier: EUPL-1.2
// Rescue of damaged files, setting them aside, and restoring every kept backup.
#include "core/demo/DemoCouncil.h"
#include "core/domain/Organisation.h"
#include "core/storage/Backup.h"
#include "core/storage/Database.h"
#include "core/storage/DatabaseCheck.h"
#include "core/storage/FileProbe.h"
#include "core/storage/OrganisationRepository.h"
#include "core/storage/Rescue.h"
#include "core/storage/TableCatalog.h"
#include "tests/safety/SafetySupport.h"
#include "tests/support/Catch.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <set>

using namespace maillage;
using namespace maillage::test::safety;

namespace {

qint64 totalRows(const std::vector<std::pair<QString, qint64>>& counts)
{
    qint64 total = 0;
    for (const auto& [table, rows] : counts)
        total += rows;
    return total;
}

std::vector<std::pair<QString, qint64>> countsOf(const QString& path)
{
    auto db = Database::open(path, {.createIfMissing = false, .migrate = false});
    REQUIRE(db.ok());
    auto counts = rowCounts(*db.value());
    REQUIRE(counts.ok());
    return counts.value();
}

QString demoFile(const QTemporaryDir& dir, const QString& name)
{
    const QString path = dir.filePath(name);
    auto db = Database::open(path);
    REQUIRE(db.ok());
    REQUIRE(demo::generateDemoCouncil(*db.value(), QDate(2026, 6, 15)).ok());
    REQUIRE(db.value()->backupTo(path + QStringLiteral(".compact")).ok()); // one file, no -wal
    db.value().reset();
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    REQUIRE(QFile::rename(path + QStringLiteral(".compact"), path));
    return path;
}

} // namespace

TEST_CASE("Rescue copies every row of an intact file and what is readable of a damaged one", "[safety][rescue]")
{
    QTemporaryDir dir;
    const QString source = demoFile(dir, QStringLiteral("conseil.sqlite"));
    const auto original = countsOf(source);
    const qint64 originalRows = totalRows(original);
    REQUIRE(originalRows > 100);

    SECTION("intact: everything")
    {
        auto rescued = rescue::rescueInto(source, dir.filePath(QStringLiteral("copie.sqlite")));
        INFO(rescued.error().fullText().toStdString());
        REQUIRE(rescued.ok());
        CHECK(rescued->rowsCopied == originalRows);
        CHECK(rescued->rowsDropped == 0);
        CHECK(rescued->partialTables.isEmpty());
        CHECK(countsOf(rescued->target) == original);
    }
    SECTION("damaged pages: the rest, in a file that passes its check, the damaged file untouched")
    {
        QFile file(source);
        REQUIRE(file.open(QIODevice::ReadWrite));
        const qint64 pages = file.size() / 4096;
        for (qint64 page : {pages / 3, pages / 2, pages * 3 / 4}) { // leaves page 1 (the schema) readable
            file.seek(page * 4096);
            file.write(QByteArray(4096, '\x5a'));
        }
        file.close();
        const QByteArray damagedHash = fileHash(source);
        auto rescued = rescue::rescueInto(source, dir.filePath(QStringLiteral("sauve.sqlite")));
        INFO(rescued.error().fullText().toStdString());
        REQUIRE(rescued.ok());
        CHECK(fileHash(source) == damagedHash);
        CHECK(rescued->rowsCopied > originalRows / 2);
        CHECK(rescued->rowsCopied - rescued->rowsDropped <= originalRows);
        auto db = Database::open(rescued->target, {.createIfMissing = false, .migrate = false});
        REQUIRE(db.ok());
        auto report = checkDatabase(*db.value());
        REQUIRE(report.ok());
        CHECK(report->healthy());
        WARN("rescue: " << rescued->rowsCopied << " of " << originalRows << " rows copied, " << rescued->rowsDropped
                        << " dropped, partial tables: " << rescued->partialTables.join(u',').toStdString());
    }
    SECTION("a target that exists is refused")
    {
        const QString existing = dir.filePath(QStringLiteral("existe.sqlite"));
        QFile::copy(source, existing);
        CHECK_FALSE(rescue::rescueInto(source, existing).ok());
    }
}

TEST_CASE("A damaged file is set aside with its -wal, only where asked", "[safety][rescue]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("conseil.sqlite"));
    QFile::copy(demoFile(dir, QStringLiteral("d.sqlite")), path);
    QFile wal(path + QStringLiteral("-wal"));
    REQUIRE(wal.open(QIODevice::WriteOnly));
    wal.write("x");
    wal.close();
    const QByteArray hash = fileHash(path);
    const QString aside = rescue::damagedName(path, QDateTime(QDate(2026, 11, 23), QTime(15, 45)));
    CHECK(aside == path + QStringLiteral(".damaged-2026-11-23-154500"));
    auto moved = rescue::setAside(path, aside);
    REQUIRE(moved.ok());
    CHECK_FALSE(QFile::exists(path));
    CHECK(fileHash(aside) == hash);
    CHECK(QFile::exists(aside + QStringLiteral("-wal")));
    CHECK_FALSE(rescue::setAside(aside, aside).ok()); // never over an existing file
}

TEST_CASE("Every kept backup restores to the counts of its manifest", "[safety][backup]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("conseil.sqlite"));
    const QString folder = backup::defaultFolder(path);
    const QDateTime start(QDate(2026, 1, 1), QTime(9, 0));
    {
        auto db = Database::open(path);
        REQUIRE(db.ok());
        REQUIRE(demo::generateDemoCouncil(*db.value(), QDate(2026, 1, 1)).ok());
        OrganisationRepository organisations(*db.value());
        // A backup every 4 days for ten months, with one more partner each time.
        for (int day = 0; day < 300; day += 4) {
            Organisation added;
            added.name = QStringLiteral("Partenaire du jour %1").arg(day);
            REQUIRE(organisations.create(added).ok());
            const QDateTime at = start.addDays(day);
            REQUIRE(backup::create(*db.value(), QDir(folder).filePath(backup::fileNameFor(at)), at).ok());
        }
        REQUIRE(backup::thin(folder, start.addDays(300).date()).ok());
    }
    const std::vector<BackupInfo> kept = backup::list(folder);
    REQUIRE(kept.size() >= 10);
    QDateTime now(QDate(2026, 12, 1), QTime(10, 0));
    std::set<qint64> distinctTotals;
    for (const BackupInfo& info : kept) {
        INFO(info.path.toStdString());
        now = now.addSecs(1);
        auto aside = rescue::restoreBackup(info.path, path, now);
        INFO(aside.error().fullText().toStdString());
        REQUIRE(aside.ok());
        CHECK(QFile::exists(aside.value())); // the replaced file is kept, never deleted
        QFile::remove(aside.value());
        const auto counts = countsOf(path);
        CHECK(counts == info.rowCounts);
        distinctTotals.insert(totalRows(counts));
        CHECK(probeFile(path).state == FileState::Maillage);
    }
    CHECK(distinctTotals.size() == kept.size()); // each restore gave back its own day
    // A file that is not a backup is refused and the database stays.
    const QByteArray hash = fileHash(path);
    const QString bogus = dir.filePath(QStringLiteral("bogus.sqlite"));
    QFile bogusFile(bogus);
    REQUIRE(bogusFile.open(QIODevice::WriteOnly));
    bogusFile.write(QByteArray(4096, 'z'));
    bogusFile.close();
    CHECK_FALSE(rescue::restoreBackup(bogus, path, now).ok());
    CHECK(fileHash(path) == hash);
}
