// SPDX-License-Identifier: EUPL-1.2
#include "app/CommandLine.h"
#include "app/Commands.h"
#include "app/Console.h"

#include "core/demo/DemoCouncil.h"
#include "core/storage/Database.h"
#include "core/storage/TableCatalog.h"

#include <QDate>

namespace maillage::app {

void configureDemo(QCommandLineParser& parser)
{
    addDatabaseOption(parser);
    parser.addOption({QStringLiteral("year"),
                      Cli::tr("Last year of the demonstration (default: the current year). The council covers it and "
                              "the year before."),
                      Cli::tr("YEAR")});
}

int runDemo(const QCommandLineParser& parser)
{
    QDate today = QDate::currentDate();
    if (parser.isSet(QStringLiteral("year"))) {
        bool ok = false;
        const int year = parser.value(QStringLiteral("year")).toInt(&ok);
        if (!ok || year < 2000 || year > 2100) {
            err() << "maillage demo: " << Cli::tr("“%1” is not a year.").arg(parser.value(QStringLiteral("year")))
                  << Qt::endl;
            return ExitUsage;
        }
        today = QDate(year, 12, 1);
    }
    auto opened = Database::open(databaseUrl(parser));
    if (!opened.ok()) {
        printError(QStringLiteral("demo"), opened.error());
        return ExitDataError;
    }
    Database& db = *opened.value();
    if (Status status = demo::generateDemoCouncil(db, today); !status.ok()) {
        printError(QStringLiteral("demo"), status.error());
        return ExitDataError;
    }
    out() << Cli::tr("The demonstration council was written to %1.").arg(db.displayName()) << Qt::endl;
    if (auto counts = rowCounts(db); counts.ok())
        for (const auto& [table, count] : counts.value())
            if (count > 0)
                out() << QStringLiteral("  %1 %2").arg(table.leftJustified(24)).arg(count) << Qt::endl;
    return ExitOk;
}

} // namespace maillage::app
