// SPDX-License-Identifier: EUPL-1.2
#include "core/storage/Backup.h"
#include "core/storage/Database.h"
#include "core/storage/SqlQuery.h"
#include "core/storage/TableCatalog.h"
#include "tests/support/Catch.h"
#include "tests/support/TestDatabase.h"

#include <QDir>
#include <QFile>

#include <set>

using namespace maillage;

namespace {

void addCouncil(Database& db, const QString& name)
{
    SqlQuery insert(db, QStringLiteral("INSERT INTO council (name, created_at, updated_at) VALUES (:name, '2026-01-01', "
                                       "'2026-01-01')"));
    insert.bind(QStringLiteral(":name"), name);
    REQUIRE(insert.exec(QStringLiteral("insert")).ok());
}

BackupInfo fake(const QDateTime& when)
{
    BackupInfo info;
    info.takenAt = when;
    info.path = backup::fileNameFor(when);
    return info;
}

} // namespace

TEST_CASE("A backup is a verified copy with a manifest, and every kept backup restores", "[db][backup]")
{
    if (test::TestDatabase::usingPostgres())
        return; // backups of a server database are the server's business
    test::TestDatabase fixture;
    Database& db = fixture.db();
    const QString folder = backup::defaultFolder(db.filePath());
    std::vector<QString> made;
    for (int i = 1; i <= 3; ++i) {
        addCouncil(db, QStringLiteral("Conseil %1").arg(i));
        const QString target = QDir(folder).filePath(QStringLiteral("copie-%1.sqlite").arg(i));
        auto created = backup::create(db, target);
        INFO((created.ok() ? QString() : created.error().fullText()).toStdString());
        REQUIRE(created.ok());
        made.push_back(target);
        CHECK_FALSE(QFile::exists(target + QStringLiteral(".part")));
        CHECK((QFile::permissions(target) & (QFile::ReadGroup | QFile::ReadOther)) == 0);
    }
    CHECK_FALSE(backup::create(db, made.front()).ok()); // never overwrites

    const auto listed = backup::list(folder);
    REQUIRE(listed.size() == 3);
    for (const BackupInfo& info : listed) {
        auto restored = Database::open(info.path, OpenOptions{false, false});
        REQUIRE(restored.ok());
        auto counts = rowCounts(*restored.value());
        REQUIRE(counts.ok());
        CHECK(counts.value() == info.rowCounts);
        CHECK(info.schemaVersion == Database::latestSchemaVersion());
    }
    std::set<qint64> councils;
    for (const BackupInfo& info : listed)
        councils.insert(info.rowCounts.front().second);
    CHECK(councils == std::set<qint64>{1, 2, 3});
}

TEST_CASE("Backups thin to 7 daily, 8 weekly and 12 monthly", "[backup]")
{
    const QDate today(2026, 11, 23);
    std::vector<BackupInfo> daily;
    for (int back = 0; back < 500; ++back)
        daily.push_back(fake(QDateTime(today.addDays(-back), QTime(9, 30))));
    // Two backups on the newest day: only the newer one stands for it.
    daily.push_back(fake(QDateTime(today, QTime(8, 0))));

    const auto removed = backup::toThin(daily, today, RetentionPolicy{});
    const std::set<QString> gone(removed.begin(), removed.end());
    std::vector<QDate> kept;
    for (const BackupInfo& b : daily)
        if (!gone.count(b.path))
            kept.push_back(b.takenAt.date());
    std::sort(kept.begin(), kept.end());

    for (int back = 0; back < 7; ++back) // the last seven days, each
        CHECK(std::count(kept.begin(), kept.end(), today.addDays(-back)) == 1);
    CHECK(gone.count(backup::fileNameFor(QDateTime(today, QTime(8, 0)))) == 1);
    std::set<int> months;
    for (const QDate& d : kept) {
        CHECK(d > today.addMonths(-12).addDays(-today.day()));
        months.insert(d.year() * 100 + d.month());
    }
    CHECK(months.size() == 12);
    // 7 days + the older weeks of the last 8 + the older months of the last 12, each exactly once.
    CHECK(kept.size() <= 7 + 8 + 12);
    CHECK(kept.size() >= 12 + 7);
    CHECK(backup::toThin(daily, today, RetentionPolicy{1000, 1000, 1000}).size() == 1);
}

TEST_CASE("The automatic backup runs at most once a day", "[db][backup]")
{
    if (test::TestDatabase::usingPostgres())
        return;
    test::TestDatabase fixture;
    Database& db = fixture.db();
    const QDateTime morning(QDate(2026, 11, 23), QTime(9, 0));
    auto first = backup::ensureRecent(db, morning);
    REQUIRE(first.ok());
    CHECK_FALSE(first->path.isEmpty());
    auto sameDay = backup::ensureRecent(db, morning.addSecs(3 * 3600));
    REQUIRE(sameDay.ok());
    CHECK(sameDay->path.isEmpty());
    auto nextDay = backup::ensureRecent(db, morning.addDays(1).addSecs(60));
    REQUIRE(nextDay.ok());
    CHECK_FALSE(nextDay->path.isEmpty());
    CHECK(backup::list(backup::defaultFolder(db.filePath())).size() == 2);
}
