// SPDX-License-Identifier: EUPL-1.2
#include "app/CommandLine.h"
#include "app/Commands.h"
#include "app/Console.h"

#include "core/exchange/ContactExport.h"
#include "core/exchange/ContactImportPlan.h"
#include "core/exchange/CsvFormat.h"
#include "core/exchange/VCardReader.h"
#include "core/storage/Database.h"

#include <QFileInfo>

namespace maillage::app {

namespace {

QString suffixOf(const QString& path)
{
    return QFileInfo(path).suffix().toLower();
}

bool isVCard(const QString& path)
{
    return suffixOf(path) == QLatin1String("vcf") || suffixOf(path) == QLatin1String("vcard");
}

} // namespace

bool isContactsFile(const QString& path)
{
    return isVCard(path) || suffixOf(path) == QLatin1String("csv");
}

bool isContactsFormat(const QString& format)
{
    return format == QLatin1String("vcf") || format == QLatin1String("csv");
}

QString contactsFormatOf(const QString& path)
{
    return isVCard(path)                            ? QStringLiteral("vcf")
           : suffixOf(path) == QLatin1String("csv") ? QStringLiteral("csv")
                                                    : QString();
}

void addContactsImportOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("match"),
                      Cli::tr("Contacts (.vcf, .csv): how an incoming person finds an existing contact: email "
                              "(default) or name (last name, first name and organisation)."),
                      Cli::tr("KEY"), QStringLiteral("email")});
    parser.addOption({QStringLiteral("mapping"),
                      Cli::tr("CSV: a JSON file {\"column header\": \"field\"} instead of guessing from the headers."),
                      Cli::tr("FILE.json")});
    parser.addOption(
        {QStringLiteral("dry-run"), Cli::tr("Contacts: show what would be created or updated, write nothing.")});
}

int runContactsImport(const QCommandLineParser& parser, const QString& path)
{
    const QString match = parser.value(QStringLiteral("match")).toLower();
    if (match != QLatin1String("email") && match != QLatin1String("name")) {
        err() << "maillage import: " << Cli::tr("--match takes email or name.") << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("mapping")) && isVCard(path)) {
        err() << "maillage import: " << Cli::tr("--mapping is for CSV files only.") << Qt::endl;
        return ExitUsage;
    }
    auto batch = isVCard(path) ? contacts::readVCardFile(path)
                               : contacts::readCsvContactFile(path, parser.value(QStringLiteral("mapping")));
    if (!batch.ok()) {
        printError(QStringLiteral("import"), batch.error());
        return ExitDataError;
    }
    auto opened = Database::open(databaseUrl(parser));
    if (!opened.ok()) {
        printError(QStringLiteral("import"), opened.error());
        return ExitDataError;
    }
    Database& db = *opened.value();
    auto plan = contacts::planContactImport(
        db, batch.value(), match == QLatin1String("name") ? contacts::MatchKey::Name : contacts::MatchKey::Email);
    if (!plan.ok()) {
        printError(QStringLiteral("import"), plan.error());
        return ExitDataError;
    }
    for (const contacts::RejectedRecord& rejected : plan->rejected)
        err() << Cli::tr("rejected (line %1): %2").arg(rejected.line).arg(rejected.reason) << Qt::endl;
    for (const contacts::PlannedContact& planned : plan->contacts)
        if (!planned.likelyDuplicateOf.isEmpty())
            err() << Cli::tr("warning (line %1): %2 looks like the existing contact %3.")
                         .arg(planned.line)
                         .arg(planned.contact.displayName(), planned.likelyDuplicateOf)
                  << Qt::endl;
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    if (!dryRun) {
        if (Status status = contacts::apply(db, plan.value(),
                                            isVCard(path) ? contacts::vcardImportKind() : contacts::csvImportKind(),
                                            QFileInfo(path).fileName());
            !status.ok()) {
            printError(QStringLiteral("import"), status.error());
            return ExitDataError;
        }
    }
    const int newOrganisations =
        int(std::count_if(plan->organisations.begin(), plan->organisations.end(),
                          [](const auto& o) { return o.action == contacts::ImportAction::Create; }));
    out() << (dryRun ? Cli::tr("Dry run, nothing written: %1 to create, %2 to update, %3 to skip, %4 rejected; "
                               "%5 new organisation(s).")
                     : Cli::tr("Contacts imported: %1 created, %2 updated, %3 skipped, %4 rejected; "
                               "%5 new organisation(s)."))
                 .arg(plan->count(contacts::ImportAction::Create))
                 .arg(plan->count(contacts::ImportAction::Update))
                 .arg(plan->count(contacts::ImportAction::Skip))
                 .arg(plan->rejected.size())
                 .arg(newOrganisations)
          << Qt::endl;
    return ExitOk;
}

void addContactsExportOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("vcard-version"), Cli::tr("vcf: 4.0 (default) or 3.0 for older address books."),
                      Cli::tr("VERSION"), QStringLiteral("4.0")});
    parser.addOption({QStringLiteral("separator"), Cli::tr("csv: semicolon (default, French Excel) or comma."),
                      Cli::tr("SEPARATOR"), QStringLiteral("semicolon")});
}

int runContactsExport(const QCommandLineParser& parser, Database& db, const QString& format)
{
    const QString output = parser.value(QStringLiteral("output"));
    contacts::ContactFileOptions options;
    options.format =
        format == QLatin1String("vcf") ? contacts::ContactFileFormat::VCard : contacts::ContactFileFormat::Csv;
    const QString version = parser.value(QStringLiteral("vcard-version"));
    const QString separator = parser.value(QStringLiteral("separator")).toLower();
    if (version != QLatin1String("4.0") && version != QLatin1String("3.0")) {
        err() << "maillage export: " << Cli::tr("--vcard-version takes 4.0 or 3.0.") << Qt::endl;
        return ExitUsage;
    }
    if (separator != QLatin1String("semicolon") && separator != QLatin1String(";") &&
        separator != QLatin1String("comma") && separator != QLatin1String(",")) {
        err() << "maillage export: " << Cli::tr("--separator takes semicolon or comma.") << Qt::endl;
        return ExitUsage;
    }
    options.version = version == QLatin1String("3.0") ? contacts::VCardVersion::V3 : contacts::VCardVersion::V4;
    options.separator = separator.startsWith(u'c') || separator == QLatin1String(",") ? u',' : u';';
    if (Status status = contacts::writeContactsFile(db, output, options); !status.ok()) {
        printError(QStringLiteral("export"), status.error());
        return ExitDataError;
    }
    out() << Cli::tr("Contacts written to %1.").arg(output) << Qt::endl;
    return ExitOk;
}

} // namespace maillage::app
