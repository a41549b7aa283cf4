// SPDX-License-Identifier: EUPL-1.2
// maillage report --db URL --year 2025 [--from D --to D] [--council ID | --all] -o FILE.pdf|FILE.odt
#include "app/CommandLine.h"
#include "app/Commands.h"
#include "app/Console.h"

#include "core/documents/DocumentWriter.h"
#include "core/documents/report/ReportWriter.h"
#include "core/storage/Database.h"

namespace maillage::app {

namespace {

std::optional<ReportPeriod> reportPeriodOf(const QCommandLineParser& parser, const QString& verb)
{
    ReportPeriod period = ReportPeriod::year(QDate::currentDate().year());
    if (parser.isSet(QStringLiteral("year"))) {
        bool ok = false;
        const int year = parser.value(QStringLiteral("year")).toInt(&ok);
        if (!ok || year < 1990 || year > 2200) {
            err() << "maillage " << verb << ": "
                  << Cli::tr("“%1” is not a year.").arg(parser.value(QStringLiteral("year"))) << Qt::endl;
            return std::nullopt;
        }
        period = ReportPeriod::year(year);
    }
    if (parser.isSet(QStringLiteral("from")) || parser.isSet(QStringLiteral("to"))) {
        period.from = QDate::fromString(parser.value(QStringLiteral("from")), Qt::ISODate);
        period.to = QDate::fromString(parser.value(QStringLiteral("to")), Qt::ISODate);
        if (!period.from.isValid() || !period.to.isValid()) {
            err() << "maillage " << verb << ": " << Cli::tr("give both --from and --to as YYYY-MM-DD.") << Qt::endl;
            return std::nullopt;
        }
        if (period.to < period.from) {
            err() << "maillage " << verb << ": "
                  << Cli::tr("the period ends (%1) before it starts (%2).")
                         .arg(parser.value(QStringLiteral("to")), parser.value(QStringLiteral("from")))
                  << Qt::endl;
            return std::nullopt;
        }
    }
    return period;
}

} // namespace

void configureReport(QCommandLineParser& parser)
{
    addDatabaseOption(parser);
    parser.addOption({QStringLiteral("year"), Cli::tr("Calendar year of the report (default: the current year)."),
                      Cli::tr("YEAR")});
    parser.addOption({QStringLiteral("from"), Cli::tr("First day of a custom period (YYYY-MM-DD)."), Cli::tr("DATE")});
    parser.addOption({QStringLiteral("to"), Cli::tr("Last day of a custom period (YYYY-MM-DD)."), Cli::tr("DATE")});
    parser.addOption({QStringLiteral("council"), Cli::tr("Only this council (its number); repeat for several."),
                      Cli::tr("ID")});
    parser.addOption({QStringLiteral("all"), Cli::tr("Every council of the database, compared (the default).")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      Cli::tr("File to write: .pdf or .odt. Required."),
                      Cli::tr("FILE")});
}

int runReport(const QCommandLineParser& parser)
{
    const QString verb = QStringLiteral("report");
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty() || !DocumentWriter::formatOf(output)) {
        err() << "maillage report: " << Cli::tr("say where to write the report with -o FILE.pdf or -o FILE.odt.")
              << Qt::endl;
        return ExitUsage;
    }
    const auto period = reportPeriodOf(parser, verb);
    if (!period)
        return ExitUsage;
    ReportRequest request{*period, {}};
    if (parser.isSet(QStringLiteral("all")) && parser.isSet(QStringLiteral("council"))) {
        err() << "maillage report: " << Cli::tr("give either --council or --all, not both.") << Qt::endl;
        return ExitUsage;
    }
    for (const QString& value : parser.values(QStringLiteral("council"))) {
        bool ok = false;
        request.councilIds.push_back(value.toLongLong(&ok));
        if (!ok) {
            err() << "maillage report: " << Cli::tr("“%1” is not a council number.").arg(value) << Qt::endl;
            return ExitUsage;
        }
    }
    auto opened = Database::open(databaseUrl(parser), OpenOptions{false, false});
    if (!opened.ok()) {
        printError(verb, opened.error());
        return ExitDataError;
    }
    if (const Status written = ReportWriter::write(*opened.value(), request, output); !written.ok()) {
        printError(verb, written.error());
        return ExitDataError;
    }
    out() << Cli::tr("Activity report written to %1.").arg(output) << Qt::endl;
    return ExitOk;
}

} // namespace maillage::app
