// SPDX-License-Identifier: EUPL-1.2
// Full disk and I/O errors: a writer process meets a file size limit (RLIMIT_FSIZE, standing in for
// a full disk), a read-only file and a folder removed while the database is open. Each fault must
// give a message that names the problem, roll the whole unit back and leave the connection usable.
#include "core/storage/Database.h"
#include "tests/safety/SafetySupport.h"
#include "tests/support/Catch.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <unistd.h>

using namespace maillage;
using namespace maillage::test::safety;

namespace {

QString prepared(const QTemporaryDir& dir)
{
    const QString folder = dir.filePath(QStringLiteral("dossier"));
    REQUIRE(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/conseil.sqlite");
    REQUIRE(runWriter({QStringLiteral("setup"), path}) == 0);
    REQUIRE(runWriter({QStringLiteral("units"), path, dir.filePath(QStringLiteral("log")), QStringLiteral("6")}) == 0);
    return path;
}

void integrityAfter(const QString& path)
{
    auto db = Database::open(path, {.createIfMissing = false, .migrate = false});
    REQUIRE(db.ok());
    CHECK(scalar(*db.value(), QStringLiteral("PRAGMA integrity_check")).toString() == QStringLiteral("ok"));
    CHECK(scalar(*db.value(), QStringLiteral("SELECT count(*) FROM meeting m WHERE (SELECT count(*) FROM follow_up f "
                                             "WHERE f.meeting_id = m.id) <> 30"))
              .toInt() == 0);
}

} // namespace

TEST_CASE("A file size limit fails the unit with a message, rolls it back, and writing resumes", "[safety][faults]")
{
    QTemporaryDir dir;
    const QString path = prepared(dir);
    QByteArray output;
    const int code = runWriter({QStringLiteral("fault"), path, QStringLiteral("fsize")}, &output);
    const QString text = QString::fromUtf8(output);
    INFO(text.toStdString());
    CHECK(code == 0);
    CHECK(text.contains(QLatin1String("FAULT after")));
    CHECK((text.contains(QLatin1String("the disk is full")) ||
           text.contains(QLatin1String("the disk could not be written to"))));
    CHECK(text.contains(QLatin1String("ROLLBACK ok")));
    CHECK(text.contains(QLatin1String("READABLE ok")));
    CHECK(text.contains(QLatin1String("WRITABLE ok")));
    integrityAfter(path);
}

TEST_CASE("A read-only file refuses the write in plain words and stays readable", "[safety][faults]")
{
    QTemporaryDir dir;
    const QString path = prepared(dir);
    // Nobody (the writer drops to it when run as root) may create -shm beside the file, not write the file.
    QFile::setPermissions(dir.path(), QFile::Permissions(0x7777));
    QFile::setPermissions(QFileInfo(path).absolutePath(), QFile::Permissions(0x7777));
    REQUIRE(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const QByteArray before = fileHash(path);
    QByteArray output;
    const int code = runWriter({QStringLiteral("fault"), path, QStringLiteral("readonly")}, &output);
    const QString text = QString::fromUtf8(output);
    INFO(text.toStdString());
    CHECK(code == 0);
    if (text.startsWith(QLatin1String("OPEN-REFUSED"))) {
        CHECK((text.contains(QLatin1String("permissions")) || text.contains(QLatin1String("read-only"))));
    } else {
        CHECK(text.contains(QLatin1String("the database file is read-only")));
        CHECK(text.contains(QLatin1String("ROLLBACK ok")));
        CHECK(text.contains(QLatin1String("READABLE ok")));
    }
    CHECK(fileHash(path) == before);
}

TEST_CASE("A folder removed while the database is open: the write fails and says why", "[safety][faults]")
{
    QTemporaryDir dir;
    const QString path = prepared(dir);
    QByteArray output;
    const int code = runWriter({QStringLiteral("fault"), path, QStringLiteral("vanish")}, &output);
    const QString text = QString::fromUtf8(output);
    INFO(text.toStdString());
    CHECK(code == 0);
    CHECK(text.contains(QLatin1String("FAULT after 0 units")));
    CHECK(text.contains(QLatin1String("moved or deleted")));
    CHECK(text.contains(QLatin1String("ROLLBACK ok")));
}
