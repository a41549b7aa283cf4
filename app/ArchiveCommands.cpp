// SPDX-License-Identifier: EUPL-1.2
#include "app/CommandLine.h"
#include "app/Commands.h"
#include "app/Console.h"

#include "core/exchange/ArchiveReader.h"
#include "core/exchange/ArchiveWriter.h"
#include "core/storage/Database.h"

namespace maillage::app {

void configureExport(QCommandLineParser& parser)
{
    addDatabaseOption(parser);
    parser.addOption(
        {{QStringLiteral("o"), QStringLiteral("output")},
         Cli::tr("File to write: an archive (.json), a calendar (.ics) or contacts (.vcf, .csv). Required."),
         Cli::tr("FILE")});
    addCalendarExportOptions(parser);
    addContactsExportOptions(parser);
}

int runExport(const QCommandLineParser& parser)
{
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty()) {
        err() << "maillage export: " << Cli::tr("say where to write the archive with -o FILE.json.") << Qt::endl;
        return ExitUsage;
    }
    const QString format = parser.isSet(QStringLiteral("format")) ? parser.value(QStringLiteral("format")).toLower()
                           : isCalendarFile(output)               ? QStringLiteral("ics")
                           : isContactsFile(output)               ? contactsFormatOf(output)
                                                                  : QStringLiteral("json");
    if (format != QLatin1String("json") && format != QLatin1String("ics") && !isContactsFormat(format)) {
        err() << "maillage export: " << Cli::tr("the format must be json, ics, vcf or csv.") << Qt::endl;
        return ExitUsage;
    }
    // Exporting must not create or migrate anything.
    auto opened = Database::open(databaseUrl(parser), OpenOptions{false, false});
    if (!opened.ok()) {
        printError(QStringLiteral("export"), opened.error());
        return ExitDataError;
    }
    if (opened.value()->schemaVersion() != Database::latestSchemaVersion()) {
        printError(QStringLiteral("export"),
                   Error{Error::Kind::Unsupported,
                         Cli::tr("This database uses an older schema (%1). Open it once with this version of Maillage "
                                 "(it is updated after a backup), then export it.")
                             .arg(opened.value()->schemaVersion()),
                         {}});
        return ExitDataError;
    }
    if (format == QLatin1String("ics"))
        return runCalendarExport(parser, *opened.value());
    if (isContactsFormat(format))
        return runContactsExport(parser, *opened.value(), format);
    if (Status status = archive::writeArchiveFile(*opened.value(), output); !status.ok()) {
        printError(QStringLiteral("export"), status.error());
        return ExitDataError;
    }
    out() << Cli::tr("Archive written to %1.").arg(output) << Qt::endl;
    return ExitOk;
}

void configureImport(QCommandLineParser& parser)
{
    addDatabaseOption(parser);
    parser.addOption({QStringLiteral("replace"),
                      Cli::tr("Replace everything the database holds (otherwise the database must be empty).")});
    parser.addOption({QStringLiteral("instance"),
                      Cli::tr("The instance that receives the meetings of a calendar (.ics)."), Cli::tr("NAME")});
    addContactsImportOptions(parser);
    addConsolidationOptions(parser);
    parser.addPositionalArgument(
        QStringLiteral("file"),
        Cli::tr("Maillage archive (JSON) to load, calendar (.ics) whose events become meetings, "
                "or contacts (.vcf, .csv) to add or update."),
        Cli::tr("FILE.json|FILE.ics|FILE.vcf|FILE.csv"));
}

int runImport(const QCommandLineParser& parser)
{
    if (parser.isSet(QStringLiteral("consolidate")))
        return runConsolidation(parser);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        err() << "maillage import: " << Cli::tr("give exactly one archive file to import.") << Qt::endl;
        return ExitUsage;
    }
    if (isCalendarFile(positional.first()))
        return runCalendarImport(parser, positional.first());
    if (isContactsFile(positional.first()))
        return runContactsImport(parser, positional.first());
    auto opened = Database::open(databaseUrl(parser));
    if (!opened.ok()) {
        printError(QStringLiteral("import"), opened.error());
        return ExitDataError;
    }
    archive::ImportOptions options;
    options.replace = parser.isSet(QStringLiteral("replace"));
    auto report = archive::importArchiveFile(*opened.value(), positional.first(), options);
    if (!report.ok()) {
        printError(QStringLiteral("import"), report.error());
        return ExitDataError;
    }
    out()
        << Cli::tr("%n row(s) imported into %1.", nullptr, int(report.value().rows)).arg(opened.value()->displayName())
        << Qt::endl;
    return ExitOk;
}

} // namespace maillage::app
