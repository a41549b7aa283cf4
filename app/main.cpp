// SPDX-License-Identifier: EUPL-1.2
// maillage: opens the window, or runs a headless command (maillage demo|export|import|check …).
#include "app/CommandLine.h"
#include "app/Console.h"
#include "app/Translator.h"

#include "ui/main/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace {

void describe()
{
    QCoreApplication::setOrganizationName(QStringLiteral("maillage"));
    QCoreApplication::setApplicationName(QStringLiteral("maillage"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MAILLAGE_VERSION));
}

int runGui(int argc, char** argv)
{
    QApplication app(argc, argv);
    describe();
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Maillage"));
    QGuiApplication::setDesktopFileName(QStringLiteral("fr.maillage.Maillage"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/maillage/icons/maillage.svg")));
    maillage::app::installTranslators();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        maillage::app::Cli::tr("Maillage — coordination of local mental health councils."));
    maillage::app::addDatabaseOption(parser);
    if (!parser.parse(QCoreApplication::arguments()) || !parser.positionalArguments().isEmpty()) {
        maillage::app::err() << parser.errorText() << Qt::endl << maillage::app::verbsHelp();
        return maillage::app::ExitUsage;
    }
    // On the heap: a change of language in the preferences replaces the window (ui/main/LanguageSwitch).
    auto* window = new maillage::ui::MainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->start(parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db")) : QString());
    window->show();
    if (qEnvironmentVariableIsSet("MAILLAGE_EXIT_WHEN_READY")) // benchmarks: time to a usable window
        QTimer::singleShot(0, window, [] {
            QCoreApplication::processEvents();
            QCoreApplication::quit();
        });
    const int code = QApplication::exec();
    // The window still up (or the one a language switch put in its place) closes its database, and
    // removes its open marker, before the application goes.
    QList<QPointer<maillage::ui::MainWindow>> windows;
    for (QWidget* widget : QApplication::topLevelWidgets())
        if (auto* main = qobject_cast<maillage::ui::MainWindow*>(widget))
            windows.append(main);
    for (const auto& main : windows)
        delete main.data();
    return code;
}

} // namespace

int main(int argc, char** argv)
{
    const bool command = argc > 1 && maillage::app::isCommand(QString::fromLocal8Bit(argv[1]));
    bool wantsHelp = false;
    for (int i = 1; i < argc && !command; ++i) {
        const QByteArray arg(argv[i]);
        wantsHelp |= arg == "--help" || arg == "-h" || arg == "--version" || arg == "-v";
    }
    if (command || wantsHelp) {
        // Headless: no display needed, usable over SSH and in scripts. Documents lay out text, which takes a
        // QGuiApplication; the offscreen platform gives it fonts without a display.
        std::unique_ptr<QCoreApplication> app;
        if (command && maillage::app::commandNeedsGui(QString::fromLocal8Bit(argv[1]))) {
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            app = std::make_unique<QGuiApplication>(argc, argv);
        } else {
            app = std::make_unique<QCoreApplication>(argc, argv);
        }
        describe();
        maillage::app::installTranslators();
        if (!command) {
            QCommandLineParser parser;
            parser.setApplicationDescription(
                maillage::app::Cli::tr("Maillage — coordination of local mental health councils."));
            parser.addHelpOption();
            parser.addVersionOption();
            maillage::app::addDatabaseOption(parser);
            parser.parse(QCoreApplication::arguments());
            if (parser.isSet(QStringLiteral("version"))) {
                maillage::app::out() << "maillage " << MAILLAGE_VERSION << Qt::endl;
                return maillage::app::ExitOk;
            }
            maillage::app::out() << parser.helpText() << Qt::endl << maillage::app::verbsHelp();
            return maillage::app::ExitOk;
        }
        return maillage::app::runCommand(QCoreApplication::arguments());
    }
    return runGui(argc, argv);
}
