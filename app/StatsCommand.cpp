// SPDX-License-Identifier: EUPL-1.2
#include "app/CommandLine.h"
#include "app/Commands.h"
#include "app/Console.h"

#include "core/report/IndicatorCsv.h"
#include "core/report/ReportFigures.h"
#include "core/storage/Database.h"

#include <QDate>
#include <QJsonDocument>

namespace maillage::app {

void configureStats(QCommandLineParser& parser)
{
    addDatabaseOption(parser);
    parser.addOption({QStringLiteral("year"), Cli::tr("Calendar year of the figures (default: the current year)."),
                      Cli::tr("YEAR")});
    parser.addOption({QStringLiteral("from"), Cli::tr("First day of a custom period (YYYY-MM-DD)."), Cli::tr("DATE")});
    parser.addOption({QStringLiteral("to"), Cli::tr("Last day of a custom period (YYYY-MM-DD)."), Cli::tr("DATE")});
    parser.addOption({QStringLiteral("council"), Cli::tr("Only this council (its number); repeat for several."),
                      Cli::tr("ID")});
    parser.addOption({QStringLiteral("json"), Cli::tr("Print the figures as JSON (the default).")});
    parser.addOption({QStringLiteral("csv"),
                      Cli::tr("Write the indicators of the national survey to a CSV file, one row per council."),
                      Cli::tr("FILE")});
}

int runStats(const QCommandLineParser& parser)
{
    ReportPeriod period = ReportPeriod::year(QDate::currentDate().year());
    if (parser.isSet(QStringLiteral("year"))) {
        bool ok = false;
        const int year = parser.value(QStringLiteral("year")).toInt(&ok);
        if (!ok || year < 1990 || year > 2200) {
            err() << "maillage stats: " << Cli::tr("“%1” is not a year.").arg(parser.value(QStringLiteral("year")))
                  << Qt::endl;
            return ExitUsage;
        }
        period = ReportPeriod::year(year);
    }
    if (parser.isSet(QStringLiteral("from")) || parser.isSet(QStringLiteral("to"))) {
        period.from = QDate::fromString(parser.value(QStringLiteral("from")), Qt::ISODate);
        period.to = QDate::fromString(parser.value(QStringLiteral("to")), Qt::ISODate);
        if (!period.from.isValid() || !period.to.isValid()) {
            err() << "maillage stats: " << Cli::tr("give both --from and --to as YYYY-MM-DD.") << Qt::endl;
            return ExitUsage;
        }
    }
    std::vector<qint64> councils;
    for (const QString& value : parser.values(QStringLiteral("council"))) {
        bool ok = false;
        councils.push_back(value.toLongLong(&ok));
        if (!ok) {
            err() << "maillage stats: " << Cli::tr("“%1” is not a council number.").arg(value) << Qt::endl;
            return ExitUsage;
        }
    }
    auto opened = Database::open(databaseUrl(parser), OpenOptions{false, false});
    if (!opened.ok()) {
        printError(QStringLiteral("stats"), opened.error());
        return ExitDataError;
    }
    auto figures = computeReportFigures(*opened.value(), period, councils);
    if (!figures.ok()) {
        printError(QStringLiteral("stats"), figures.error());
        return ExitDataError;
    }
    if (parser.isSet(QStringLiteral("csv"))) {
        const QString path = parser.value(QStringLiteral("csv"));
        if (Status written = IndicatorCsv::write(*opened.value(), period, councils, path); !written.ok()) {
            printError(QStringLiteral("stats"), written.error());
            return ExitDataError;
        }
        if (!parser.isSet(QStringLiteral("json"))) {
            out() << Cli::tr("Indicators written to %1.").arg(path) << Qt::endl;
            return ExitOk;
        }
    }
    out() << QString::fromUtf8(QJsonDocument(reportFiguresJson(figures.value())).toJson(QJsonDocument::Indented));
    return ExitOk;
}

} // namespace maillage::app
