// SPDX-License-Identifier: EUPL-1.2
// maillage plan --db URL [--plan ID] [--fiche CODE] -o FILE.pdf|FILE.odt
#include "app/CommandLine.h"
#include "app/Commands.h"
#include "app/Console.h"

#include "core/documents/DocumentWriter.h"
#include "core/documents/plan/PlanDocumentWriter.h"
#include "core/storage/Database.h"

namespace maillage::app {

void configurePlan(QCommandLineParser& parser)
{
    addDatabaseOption(parser);
    parser.addOption({QStringLiteral("plan"), Cli::tr("Id of the action plan (default: the most recent one)."),
                      Cli::tr("ID")});
    parser.addOption({QStringLiteral("fiche"),
                      Cli::tr("Code of one action sheet to write alone (default: the whole plan as a booklet)."),
                      Cli::tr("CODE")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      Cli::tr("File to write: .pdf or .odt. Required."),
                      Cli::tr("FILE")});
}

int runPlan(const QCommandLineParser& parser)
{
    const QString verb = QStringLiteral("plan");
    qint64 planId = 0;
    if (parser.isSet(QStringLiteral("plan"))) {
        bool numeric = false;
        planId = parser.value(QStringLiteral("plan")).toLongLong(&numeric);
        if (!numeric || planId <= 0) {
            err() << "maillage plan: " << Cli::tr("say which plan with --plan ID (a number).") << Qt::endl;
            return ExitUsage;
        }
    }
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty() || !DocumentWriter::formatOf(output)) {
        err() << "maillage plan: " << Cli::tr("say where to write the document with -o FILE.pdf or -o FILE.odt.")
              << Qt::endl;
        return ExitUsage;
    }
    // Writing a document must not create or migrate anything.
    auto opened = Database::open(databaseUrl(parser), OpenOptions{false, false});
    if (!opened.ok()) {
        printError(verb, opened.error());
        return ExitDataError;
    }
    const QString fiche = parser.value(QStringLiteral("fiche")).trimmed();
    const Status written = PlanDocumentWriter::write(*opened.value(), planId, fiche, output);
    if (!written.ok()) {
        printError(verb, written.error());
        return ExitDataError;
    }
    out() << (fiche.isEmpty() ? Cli::tr("Action plan written to %1.").arg(output)
                              : Cli::tr("Action sheet %1 written to %2.").arg(fiche, output))
          << Qt::endl;
    return ExitOk;
}

} // namespace maillage::app
