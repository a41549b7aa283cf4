// SPDX-License-Identifier: EUPL-1.2
// Files dropped on the main window: contacts, calendars and archives open their import flow with its
// preview; anything else is refused with a message naming the file.
#include "core/exchange/ArchiveWriter.h"
#include "core/storage/CouncilRepository.h"
#include "tests/support/Catch.h"
#include "tests/support/TestDatabase.h"
#include "tests/ui/UiFixture.h"
#include "ui/main/ExchangeActions.h"
#include "ui/main/MainWindow.h"

#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>

#include <functional>

using namespace maillage;
using maillage::ui::MainWindow;

namespace {

/// Sends the drag and the drop of path onto window as a file manager would; true when the drag was taken.
bool dropFile(MainWindow& window, const QString& path)
{
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(QPoint(300, 300), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &enter);
    if (!enter.isAccepted())
        return false;
    QDropEvent drop(QPointF(300, 300), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &drop);
    return drop.isAccepted();
}

/// Watches for the next modal dialog `look` says something of (empty: not this one), keeps it, then closes
/// the dialog with `button` (a QMessageBox) or rejects it.
struct NextModal
{
    QString seen;
    QTimer timer;
    NextModal(std::function<QString(QWidget*)> look, QMessageBox::StandardButton button = QMessageBox::Cancel)
    {
        timer.setInterval(5);
        QObject::connect(&timer, &QTimer::timeout, [this, look, button] {
            QWidget* modal = QApplication::activeModalWidget();
            if (!modal || !seen.isEmpty())
                return;
            seen = look(modal);
            if (seen.isEmpty())
                return;
            timer.stop();
            if (auto* box = qobject_cast<QMessageBox*>(modal); box && box->button(button))
                box->button(button)->click();
            else if (auto* dialog = qobject_cast<QDialog*>(modal))
                dialog->reject();
        });
        timer.start();
    }
};

QString write(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

} // namespace

TEST_CASE("Files dropped on the window open the import of their kind, with its preview", "[ui][drop]")
{
    QSettings().clear();
    test::TestDatabase fx;
    test::fillCouncil(fx.db(), QDate::currentDate());
    QTemporaryDir folder;
    MainWindow window;
    window.start(fx.url());
    REQUIRE_FALSE(window.isWelcomeShown());
    const auto name = [](QWidget* modal) { return modal->objectName(); };

    SECTION("a vCard file")
    {
        NextModal modal(name);
        CHECK(dropFile(window, QStringLiteral(MAILLAGE_TEST_DATA_DIR "/partners/broken.vcf")));
        QCoreApplication::processEvents();
        CHECK(modal.seen == QStringLiteral("vcardImportDialog"));
    }
    SECTION("a CSV file")
    {
        NextModal modal(name);
        CHECK(dropFile(window, QStringLiteral(MAILLAGE_TEST_DATA_DIR "/partners/contacts-utf8-comma.csv")));
        QCoreApplication::processEvents();
        CHECK(modal.seen == QStringLiteral("csvImportDialog"));
    }
    SECTION("a calendar, its preview filled")
    {
        const QString ics = QStringLiteral(MAILLAGE_TEST_DATA_DIR "/icalendar/example.ics");
        NextModal modal([](QWidget* dialog) {
            auto* path = dialog->findChild<QLineEdit*>(QStringLiteral("icsPath"));
            return dialog->objectName() + u' ' + (path ? path->text() : QString());
        });
        CHECK(dropFile(window, ics));
        QCoreApplication::processEvents();
        CHECK(modal.seen == QStringLiteral("icsImportDialog ") + ics);
    }
    SECTION("a Maillage archive: what it holds, before anything is written")
    {
        const QString archive = folder.filePath(QStringLiteral("bellerive.maillage.json"));
        REQUIRE(archive::writeArchiveFile(fx.db(), archive).ok());
        const QString council = CouncilRepository(fx.db()).first().value().name;
        NextModal modal(
            [](QWidget* box) { return box->objectName() + u'\n' + qobject_cast<QMessageBox*>(box)->text(); });
        CHECK(dropFile(window, archive));
        QCoreApplication::processEvents();
        CHECK(modal.seen.startsWith(QStringLiteral("archivePreview\nbellerive.maillage.json holds ") + council));
        const int organisations = test::countSql(fx.db(), QStringLiteral("SELECT COUNT(*) FROM organisation"));
        CHECK(modal.seen.contains(QString::number(organisations) + QStringLiteral(" partner organisation")));
        CHECK(window.database()->filePath() == fx.db().filePath()); // cancelled: nothing else opened
    }
    SECTION("any other file is refused by name")
    {
        const QString other = write(folder.filePath(QStringLiteral("budget 2026.pdf")), "%PDF-1.4");
        CHECK(dropFile(window, other));
        QCoreApplication::processEvents();
        auto* refused = window.findChild<QMessageBox*>(QStringLiteral("dropRefused"));
        REQUIRE(refused);
        CHECK(refused->text().contains(QLatin1String("budget 2026.pdf")));
        CHECK(refused->text().contains(QLatin1String(".vcf")));
        refused->close();
    }
    SECTION("a JSON file that is not an archive is refused by name")
    {
        const QString json = write(folder.filePath(QStringLiteral("notes.json")), R"({"hello": 1})");
        NextModal modal(
            [](QWidget* box) { return box->objectName() + u'\n' + qobject_cast<QMessageBox*>(box)->text(); },
            QMessageBox::Ok);
        CHECK(dropFile(window, json));
        QCoreApplication::processEvents();
        CHECK(modal.seen == QStringLiteral("archiveRefused\nnotes.json is not a Maillage archive."));
    }
    SECTION("what is not a local file is not taken")
    {
        QMimeData data;
        data.setText(QStringLiteral("some text"));
        QDragEnterEvent enter(QPoint(300, 300), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &enter);
        CHECK_FALSE(enter.isAccepted());
    }
    QSettings().clear();
}

TEST_CASE("A dropped archive becomes a new database file, opened in the window", "[ui][drop]")
{
    QSettings().clear();
    test::TestDatabase source;
    test::fillCouncil(source.db(), QDate::currentDate());
    QTemporaryDir folder;
    const QString archive = folder.filePath(QStringLiteral("bellerive.maillage.json"));
    REQUIRE(archive::writeArchiveFile(source.db(), archive).ok());

    test::TestDatabase current; // the database open in the window, left as it is
    MainWindow window;
    window.start(current.url());
    const QString target = folder.filePath(QStringLiteral("bellerive.sqlite"));
    NextModal modal([](QWidget* box) { return box->objectName(); }, QMessageBox::Yes);
    CHECK(window.exchange()->importArchive(archive, target));
    CHECK(modal.seen == QStringLiteral("archivePreview"));
    REQUIRE(window.database());
    CHECK(QFileInfo(window.database()->filePath()).canonicalFilePath() == QFileInfo(target).canonicalFilePath());
    CHECK_FALSE(window.isWelcomeShown());
    CHECK(test::countSql(*window.database(), QStringLiteral("SELECT COUNT(*) FROM meeting")) ==
          test::countSql(source.db(), QStringLiteral("SELECT COUNT(*) FROM meeting")));
    CHECK(test::countSql(current.db(), QStringLiteral("SELECT COUNT(*) FROM council")) == 0);

    // The same file again is refused: an existing database is never overwritten.
    const auto named = [](const char* objectName) {
        return [objectName](QWidget* box) {
            return box->objectName() == QLatin1String(objectName) ? box->objectName() : QString();
        };
    };
    NextModal again(named("archivePreview"), QMessageBox::Yes);
    NextModal refused(named("archiveRefused"), QMessageBox::Ok);
    CHECK_FALSE(window.exchange()->importArchive(archive, target));
    CHECK(again.seen == QStringLiteral("archivePreview"));
    CHECK(refused.seen == QStringLiteral("archiveRefused"));
    QSettings().clear();
}
