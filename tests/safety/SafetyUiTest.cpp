// SPDX-License-Identifier: EUPL-1.2
// The damaged-file dialog and File ▸ Restore a backup…, offscreen.
#include "core/storage/Backup.h"
#include "core/storage/Database.h"
#include "core/storage/FileProbe.h"
#include "tests/safety/SafetySupport.h"
#include "tests/support/Catch.h"
#include "ui/main/MainWindow.h"
#include "ui/safety/DamagedFileDialog.h"
#include "ui/safety/RestoreBackupDialog.h"

#include <QAction>
#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace maillage;
using namespace maillage::test::safety;

namespace {

// A council file with one verified backup, then damaged where its schema lives.
QString damagedWithBackup(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("conseil.sqlite"));
    REQUIRE(runWriter({QStringLiteral("setup"), path}) == 0);
    REQUIRE(runWriter({QStringLiteral("units"), path, dir.filePath(QStringLiteral("log")), QStringLiteral("9")}) == 0);
    {
        auto db = Database::open(path);
        REQUIRE(db.ok());
        const QDateTime at(QDate(2026, 11, 20), QTime(9, 0));
        REQUIRE(
            backup::create(*db.value(), QDir(backup::defaultFolder(path)).filePath(backup::fileNameFor(at)), at).ok());
    }
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    file.resize(file.size() / 2); // cut in the middle, as a copy that stopped
    file.close();
    REQUIRE(probeFile(path).state == FileState::Damaged);
    return path;
}

} // namespace

TEST_CASE("The damaged-file dialog restores the latest backup and keeps the damaged file", "[safety][ui]")
{
    QTemporaryDir dir;
    const QString path = damagedWithBackup(dir);
    const QByteArray damaged = fileHash(path);
    ui::DamagedFileDialog dialog(path, QStringLiteral("damaged"));
    dialog.setNow(QDateTime(QDate(2026, 11, 23), QTime(16, 0)));
    auto* restore = dialog.findChild<QPushButton*>(QStringLiteral("restoreLatestButton"));
    REQUIRE(restore);
    CHECK(restore->isEnabled());
    restore->click();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.fileToOpen() == path);
    CHECK(fileHash(path + QStringLiteral(".damaged-2026-11-23-160000")) == damaged);
    CHECK(probeFile(path).state == FileState::Maillage);
}

TEST_CASE("The damaged-file dialog rescues into a new file and leaves the damaged one", "[safety][ui]")
{
    QTemporaryDir dir;
    const QString path = damagedWithBackup(dir);
    const QByteArray damaged = fileHash(path);
    ui::DamagedFileDialog dialog(path, QStringLiteral("damaged"));
    dialog.findChild<QPushButton*>(QStringLiteral("rescueButton"))->click();
    INFO(dialog.findChild<QLabel*>(QStringLiteral("damagedStatus"))->text().toStdString());
    REQUIRE(dialog.result() == QDialog::Accepted);
    CHECK(fileHash(path) == damaged);
    CHECK(probeFile(dialog.fileToOpen()).state == FileState::Maillage);
    CHECK(dialog.outcome().contains(QLatin1String("rescued")));
}

TEST_CASE("Opening a damaged file in the window shows the dialog, not a crash", "[safety][ui]")
{
    QTemporaryDir dir;
    const QString path = damagedWithBackup(dir);
    ui::MainWindow window;
    window.start(path);
    auto* dialog = window.findChild<ui::DamagedFileDialog*>(QStringLiteral("damagedFileDialog"));
    REQUIRE(dialog);
    CHECK(dialog->findChild<QLabel*>(QStringLiteral("damagedExplanation"))->text().contains(QLatin1String("damaged")));
    dialog->reject();
}

TEST_CASE("A list that meets a damaged page leads to the check and the damaged-file dialog", "[safety][ui]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("conseil.sqlite"));
    REQUIRE(runWriter({QStringLiteral("setup"), path}) == 0);
    REQUIRE(runWriter({QStringLiteral("units"), path, dir.filePath(QStringLiteral("log")), QStringLiteral("9")}) == 0);
    qint64 pageSize = 0;
    qint64 meetingRoot = 0;
    {
        auto db = Database::open(path);
        REQUIRE(db.ok());
        QSqlQuery query(db.value()->connection());
        REQUIRE(query.exec(QStringLiteral("PRAGMA page_size")));
        REQUIRE(query.next());
        pageSize = query.value(0).toLongLong();
        REQUIRE(query.exec(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = 'meeting'")));
        REQUIRE(query.next());
        meetingRoot = query.value(0).toLongLong();
    }
    // The schema stays readable, so the file opens; the meetings' first page is garbage.
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.seek((meetingRoot - 1) * pageSize));
    file.write(QByteArray(64, '\xee'));
    file.close();
    REQUIRE(probeFile(path).state != FileState::Damaged);

    ui::MainWindow window;
    window.start(path);
    window.show();
    ui::DamagedFileDialog* dialog = nullptr;
    for (QDeadlineTimer deadline(20000); !dialog && !deadline.hasExpired();) {
        QApplication::processEvents(QEventLoop::AllEvents, 50);
        dialog = window.findChild<ui::DamagedFileDialog*>(QStringLiteral("damagedFileDialog"));
    }
    REQUIRE(dialog);
    CHECK(dialog->findChild<QLabel*>(QStringLiteral("damagedExplanation"))->text().contains(QLatin1String("damaged")));
    dialog->reject();
}

TEST_CASE("File ▸ Restore a backup lists the backups with their counts", "[safety][ui]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("conseil.sqlite"));
    REQUIRE(runWriter({QStringLiteral("setup"), path}) == 0);
    REQUIRE(runWriter({QStringLiteral("units"), path, dir.filePath(QStringLiteral("log")), QStringLiteral("3")}) == 0);
    {
        auto db = Database::open(path);
        REQUIRE(db.ok());
        for (int day : {1, 2}) {
            const QDateTime at(QDate(2026, 11, day), QTime(9, 0));
            REQUIRE(backup::create(*db.value(), QDir(backup::defaultFolder(path)).filePath(backup::fileNameFor(at)), at)
                        .ok());
        }
    }
    ui::RestoreBackupDialog dialog(path);
    CHECK(dialog.backupCount() == 2);
    CHECK(dialog.selectedBackup().endsWith(QLatin1String("maillage-2026-11-02-090000.sqlite")));
    ui::MainWindow window;
    window.start(path);
    auto* action = window.findChild<QAction*>(QStringLiteral("restoreBackupAction"));
    REQUIRE(action);
    CHECK(action->isEnabled());
}
