// SPDX-License-Identifier: EUPL-1.2
#include "core/storage/OpenMarker.h"
#include "core/storage/Database.h"
#include "tests/safety/SafetySupport.h"
#include "tests/support/Catch.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

using namespace maillage;
using namespace maillage::test::safety;

namespace {

void writeMarker(const QString& path, qint64 pid)
{
    QFile file(OpenMarker::markerPath(path));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray::number(pid) + '\n');
}

} // namespace

TEST_CASE("The open marker tells an unclean shutdown from a clean one", "[safety][marker]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("conseil.sqlite"));
    const QString marker = OpenMarker::markerPath(path);
    {
        OpenMarker first(path);
        CHECK_FALSE(first.previousSessionUnclean());
        CHECK(first.owned());
        CHECK(QFile::exists(marker));
    }
    CHECK_FALSE(QFile::exists(marker)); // clean close

    // A marker left by a process that is gone: unclean.
    QProcess gone;
    gone.start(writerPath(), {});
    REQUIRE(gone.waitForFinished());
    writeMarker(path, gone.processId() ? gone.processId() : 999999);
    {
        OpenMarker after(path);
        CHECK(after.previousSessionUnclean());
        CHECK(after.owned());
    }
    CHECK_FALSE(QFile::exists(marker));

    // A marker of a running Maillage (here: a live process) is left alone.
    QProcess alive;
    alive.start(QStringLiteral("sleep"), {QStringLiteral("5")});
    REQUIRE(alive.waitForStarted());
    writeMarker(path, alive.processId());
    {
        OpenMarker shared(path);
        CHECK_FALSE(shared.previousSessionUnclean());
        CHECK_FALSE(shared.owned());
    }
    CHECK(QFile::exists(marker));
    alive.kill();
    alive.waitForFinished();
}

TEST_CASE("quick_check of a file through its own read-only connection", "[safety][marker]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("conseil.sqlite"));
    REQUIRE(runWriter({QStringLiteral("setup"), path}) == 0);
    REQUIRE(runWriter({QStringLiteral("units"), path, dir.filePath(QStringLiteral("log")), QStringLiteral("30")}) == 0);
    CHECK(quickCheckFile(path).isEmpty());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    const qint64 pages = file.size() / 4096;
    REQUIRE(pages > 6);
    for (qint64 page = 3; page < pages; page += 2) { // garbles b-tree pages, not the header
        file.seek(page * 4096);
        file.write(QByteArray(64, '\x7f'));
    }
    file.close();
    const QByteArray hash = fileHash(path);
    CHECK_FALSE(quickCheckFile(path).isEmpty());
    CHECK(fileHash(path) == hash);
}
