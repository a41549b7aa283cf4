// SPDX-License-Identifier: EUPL-1.2
// Two writers: two processes increment one counter and insert rows in the same file at once.
// No update may be lost, no BEGIN may fail (BEGIN IMMEDIATE waits for the lock instead of failing
// with SQLITE_BUSY_SNAPSHOT), the wait for the lock stays short and the -wal small.
// MAILLAGE_TWO_WRITERS_SECONDS=600 for the long run.
#include "core/storage/Database.h"
#include "tests/safety/SafetySupport.h"
#include "tests/support/Catch.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace maillage;
using namespace maillage::test::safety;

namespace {

qint64 field(const QString& output, const QString& name)
{
    const QRegularExpressionMatch match = QRegularExpression(name + QStringLiteral("=(\\d+)")).match(output);
    REQUIRE(match.hasMatch());
    return match.captured(1).toLongLong();
}

} // namespace

TEST_CASE("Two processes writing the same file lose no update", "[safety][writers]")
{
    const int seconds = envInt("MAILLAGE_TWO_WRITERS_SECONDS", 20);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("conseil.sqlite"));
    REQUIRE(runWriter({QStringLiteral("setup"), path}) == 0);
    {
        auto db = Database::open(path);
        REQUIRE(db.ok());
        scalar(*db.value(), QStringLiteral("INSERT INTO council_setting (council_id, key, value, created_at, "
                                           "updated_at) SELECT id, 'counter', '0', 'x', 'x' FROM council"));
    }
    QProcess first, second;
    const QStringList args{QStringLiteral("contend"), path};
    first.start(writerPath(), args + QStringList{dir.filePath(QStringLiteral("a.log")), QString::number(seconds)});
    second.start(writerPath(), args + QStringList{dir.filePath(QStringLiteral("b.log")), QString::number(seconds)});
    REQUIRE(first.waitForFinished((seconds + 60) * 1000));
    REQUIRE(second.waitForFinished((seconds + 60) * 1000));
    const QString a = QString::fromUtf8(first.readAllStandardOutput());
    const QString b = QString::fromUtf8(second.readAllStandardOutput());
    INFO(a.toStdString() << b.toStdString() << first.readAllStandardError().toStdString()
                         << second.readAllStandardError().toStdString());
    CHECK(first.exitCode() == 0);
    CHECK(second.exitCode() == 0);
    const qint64 increments = field(a, QStringLiteral("increments")) + field(b, QStringLiteral("increments"));
    CHECK(field(a, QStringLiteral("busy_snapshot")) + field(b, QStringLiteral("busy_snapshot")) == 0);
    CHECK(field(a, QStringLiteral("busy")) + field(b, QStringLiteral("busy")) == 0);
    const qint64 p99 = std::max(field(a, QStringLiteral("p99_wait_us")), field(b, QStringLiteral("p99_wait_us")));
    const qint64 wal = std::max(field(a, QStringLiteral("max_wal_bytes")), field(b, QStringLiteral("max_wal_bytes")));
    CHECK(p99 < 250000);
    CHECK(wal < 16 * 1024 * 1024);

    auto db = Database::open(path);
    REQUIRE(db.ok());
    const qint64 counter =
        scalar(*db.value(), QStringLiteral("SELECT value FROM council_setting WHERE key = 'counter'")).toLongLong();
    const qint64 rows =
        scalar(*db.value(), QStringLiteral("SELECT count(*) FROM council_setting WHERE key LIKE 'row-%'")).toLongLong();
    const qint64 logged = completeLines(dir.filePath(QStringLiteral("a.log"))).size() +
                          completeLines(dir.filePath(QStringLiteral("b.log"))).size();
    CHECK(counter == increments);
    CHECK(rows == increments);
    CHECK(logged == increments);
    CHECK(field(a, QStringLiteral("increments")) > 0);
    CHECK(field(b, QStringLiteral("increments")) > 0);
    WARN("two writers, " << seconds << " s: " << increments << " transactions, p99 wait for the write lock "
                         << p99 / 1000.0 << " ms, largest -wal " << wal / 1024 << " KiB");
}
