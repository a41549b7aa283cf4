// SPDX-License-Identifier: EUPL-1.2
// Exports are written through QSaveFile: an interrupted export leaves the previous file whole and
// no half-written one. This reads the sources: a plain QFile opened for writing must be on the
// short list of places that write no export (creating an empty database, fsync of a finished copy).
#include "tests/support/Catch.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>

TEST_CASE("Every file export in core and app goes through QSaveFile", "[safety][export]")
{
    const QStringList allowed{
        QStringLiteral("core/storage/Database.cpp"), // creates the empty database file, owner-only
        QStringLiteral("core/storage/Backup.cpp"),   // fsync of the finished copy (ReadWrite, no write)
        QStringLiteral("core/storage/Rescue.cpp"),   // the same for a restored copy
    };
    const QRegularExpression declared(QStringLiteral(R"(\bQFile\s+(\w+)\s*[({])"));
    int scanned = 0;
    for (const char* folder : {"core", "app"}) {
        QDirIterator it(QStringLiteral(MAILLAGE_SOURCE_DIR "/") + QLatin1String(folder), {QStringLiteral("*.cpp")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString relative = path.mid(QStringLiteral(MAILLAGE_SOURCE_DIR "/").size());
            QFile file(path);
            REQUIRE(file.open(QIODevice::ReadOnly));
            const QString source = QString::fromUtf8(file.readAll());
            ++scanned;
            auto matches = declared.globalMatch(source);
            while (matches.hasNext()) {
                const QString name = matches.next().captured(1);
                const QRegularExpression writes(
                    QStringLiteral(R"(\b%1\.open\([^)]*(WriteOnly|ReadWrite|Append))").arg(name));
                INFO(relative.toStdString() << ": QFile " << name.toStdString() << " opened for writing");
                CHECK((!writes.match(source).hasMatch() || allowed.contains(relative)));
            }
        }
    }
    CHECK(scanned > 100);
}
