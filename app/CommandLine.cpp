// SPDX-License-Identifier: EUPL-1.2
#include "app/CommandLine.h"

#include "app/Commands.h"
#include "app/Console.h"

#include <QCommandLineParser>

#include <iterator>

namespace maillage::app {

namespace {

struct Verb {
    const char* name;
    const char* summary;
    void (*configure)(QCommandLineParser&);
    int (*run)(const QCommandLineParser&);
};

const Verb kVerbs[] = {
    {"demo", QT_TRANSLATE_NOOP("Cli", "Fill an empty database with a fictional demonstration council."), &configureDemo,
     &runDemo},
    {"export", QT_TRANSLATE_NOOP("Cli", "Write the whole database to a Maillage archive (JSON)."), &configureExport,
     &runExport},
    {"import", QT_TRANSLATE_NOOP("Cli", "Load a Maillage archive (JSON) into an empty database."), &configureImport,
     &runImport},
    {"check", QT_TRANSLATE_NOOP("Cli", "Check a database: schema version, integrity, references, row counts."),
     &configureCheck, &runCheck},
    {"backup", QT_TRANSLATE_NOOP("Cli", "Write a verified backup copy of a database file."), &configureBackup,
     &runBackup},
};

const Verb* findVerb(const QString& name)
{
    for (const Verb& verb : kVerbs)
        if (name == QLatin1String(verb.name))
            return &verb;
    return nullptr;
}

} // namespace

bool isCommand(const QString& firstArgument)
{
    return findVerb(firstArgument) != nullptr;
}

int runCommand(const QStringList& arguments)
{
    const Verb* verb = findVerb(arguments.value(1));
    if (!verb)
        return ExitUsage;
    const QString name = QString::fromLatin1(verb->name);
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Cli", verb->summary));
    parser.addHelpOption();
    verb->configure(parser);
    QStringList verbArguments = arguments.mid(2);
    verbArguments.prepend(arguments.first() + u' ' + name);
    if (!parser.parse(verbArguments)) {
        err() << "maillage " << name << ": " << parser.errorText() << Qt::endl
              << Cli::tr("Try “maillage %1 --help”.").arg(name) << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return ExitOk;
    }
    return verb->run(parser);
}

/// The general help, listing the verbs (QCommandLineParser knows only options).
QString verbsHelp()
{
    QString text = Cli::tr("Commands (run without a command to open the window):") + u'\n';
    for (const Verb& verb : kVerbs)
        text += QStringLiteral("  %1  %2\n")
                    .arg(QString::fromLatin1(verb.name).leftJustified(8), QCoreApplication::translate("Cli", verb.summary));
    text += Cli::tr("Each command has its own --help. Exit codes: 0 ok, 1 usage error, 2 data error.") + u'\n';
    return text;
}

} // namespace maillage::app
