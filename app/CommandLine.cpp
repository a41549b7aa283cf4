// SPDX-License-Identifier: EUPL-1.2
#include "app/CommandLine.h"

#include "app/Commands.h"
#include "app/Console.h"

#include <QCommandLineParser>

#include <iterator>

namespace maillage::app {

namespace {

struct Verb
{
    const char* name;
    const char* summary;
    void (*configure)(QCommandLineParser&);
    int (*run)(const QCommandLineParser&);
    bool needsGui = false;
};

const Verb kVerbs[] = {
    {"demo", QT_TRANSLATE_NOOP("Cli", "Fill an empty database with a fictional demonstration council."), &configureDemo,
     &runDemo},
    {"export",
     QT_TRANSLATE_NOOP("Cli", "Write the whole database to a Maillage archive (JSON), meetings to a calendar (.ics) or "
                              "contacts to .vcf/.csv."),
     &configureExport, &runExport},
    {"import",
     QT_TRANSLATE_NOOP("Cli", "Load a Maillage archive (JSON) into an empty database, a calendar (.ics) into an "
                              "instance, or contacts (.vcf, .csv)."),
     &configureImport, &runImport},
    {"check", QT_TRANSLATE_NOOP("Cli", "Check a database: schema version, integrity, references, row counts."),
     &configureCheck, &runCheck},
    {"backup", QT_TRANSLATE_NOOP("Cli", "Write a verified backup copy of a database file."), &configureBackup,
     &runBackup},
    {"stats", QT_TRANSLATE_NOOP("Cli", "Print every figure of the activity report of a period, as JSON."),
     &configureStats, &runStats},
    {"report", QT_TRANSLATE_NOOP("Cli", "Write the annual activity report of one council or several (PDF or ODT)."),
     &configureReport, &runReport, true},
    {"minutes", QT_TRANSLATE_NOOP("Cli", "Write the minutes of a meeting (PDF or ODT)."), &configureDocument,
     &runMinutes, true},
    {"convocation", QT_TRANSLATE_NOOP("Cli", "Write the convocation of a meeting (PDF or ODT)."), &configureDocument,
     &runConvocation, true},
    {"sign-in-sheet", QT_TRANSLATE_NOOP("Cli", "Write the sign-in sheet of a meeting (PDF or ODT)."),
     &configureDocument, &runSignInSheet, true},
    {"decisions", QT_TRANSLATE_NOOP("Cli", "Write the record of decisions of a meeting (PDF or ODT)."),
     &configureDocument, &runDecisions, true},
    {"plan",
     QT_TRANSLATE_NOOP("Cli", "Write one action sheet or the whole action plan as a booklet with its timeline (PDF "
                              "or ODT)."),
     &configurePlan, &runPlan, true},
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

bool commandNeedsGui(const QString& firstArgument)
{
    const Verb* verb = findVerb(firstArgument);
    return verb && verb->needsGui;
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
                    .arg(QString::fromLatin1(verb.name).leftJustified(13),
                         QCoreApplication::translate("Cli", verb.summary));
    text += Cli::tr("Each command has its own --help. Exit codes: 0 ok, 1 usage error, 2 data error.") + u'\n';
    return text;
}

} // namespace maillage::app
