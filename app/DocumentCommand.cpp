// SPDX-License-Identifier: EUPL-1.2
// maillage minutes|convocation|sign-in-sheet|decisions --meeting ID -o FILE.pdf|FILE.odt
#include "app/CommandLine.h"
#include "app/Commands.h"
#include "app/Console.h"

#include "core/documents/DocumentWriter.h"
#include "core/storage/Database.h"

namespace maillage::app {

namespace {

int runDocument(const QCommandLineParser& parser, DocumentKind kind)
{
    const QString verb = codeOf(kind);
    bool numeric = false;
    const qint64 meetingId = parser.value(QStringLiteral("meeting")).toLongLong(&numeric);
    if (!numeric || meetingId <= 0) {
        err() << "maillage " << verb << ": " << Cli::tr("say which meeting with --meeting ID (a number).") << Qt::endl;
        return ExitUsage;
    }
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty() || !DocumentWriter::formatOf(output)) {
        err() << "maillage " << verb << ": "
              << Cli::tr("say where to write the document with -o FILE.pdf or -o FILE.odt.") << Qt::endl;
        return ExitUsage;
    }
    // Writing a document must not create or migrate anything.
    auto opened = Database::open(databaseUrl(parser), OpenOptions{false, false});
    if (!opened.ok()) {
        printError(verb, opened.error());
        return ExitDataError;
    }
    DocumentOptions options;
    options.includeParticipants = !parser.isSet(QStringLiteral("no-participants"));
    options.includeConfidential = parser.isSet(QStringLiteral("confidential"));
    options.footerText = parser.value(QStringLiteral("footer"));
    const Status written = DocumentWriter::write(*opened.value(), meetingId, kind, options, output);
    if (!written.ok()) {
        Error error = written.error();
        if (error.kind == Error::Kind::NotFound)
            error.message = Cli::tr("There is no meeting %1 in %2.").arg(meetingId).arg(opened.value()->displayName());
        printError(verb, error);
        return ExitDataError;
    }
    out() << Cli::tr("%1 written to %2.").arg(labelOf(kind), output) << Qt::endl;
    return ExitOk;
}

} // namespace

void configureDocument(QCommandLineParser& parser)
{
    addDatabaseOption(parser);
    parser.addOption({QStringLiteral("meeting"), Cli::tr("Id of the meeting. Required."), Cli::tr("ID")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      Cli::tr("File to write: .pdf or .odt. Required."),
                      Cli::tr("FILE")});
    parser.addOption({QStringLiteral("no-participants"), Cli::tr("Leave the list of participants out.")});
    parser.addOption({QStringLiteral("confidential"), Cli::tr("Include the confidential agenda items.")});
    parser.addOption({QStringLiteral("footer"), Cli::tr("Text at the foot of every page."), Cli::tr("TEXT")});
}

int runMinutes(const QCommandLineParser& parser)
{
    return runDocument(parser, DocumentKind::Minutes);
}

int runConvocation(const QCommandLineParser& parser)
{
    return runDocument(parser, DocumentKind::Convocation);
}

int runSignInSheet(const QCommandLineParser& parser)
{
    return runDocument(parser, DocumentKind::SignInSheet);
}

int runDecisions(const QCommandLineParser& parser)
{
    return runDocument(parser, DocumentKind::Decisions);
}

} // namespace maillage::app
