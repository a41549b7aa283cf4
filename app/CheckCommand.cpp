// SPDX-License-Identifier: EUPL-1.2
#include "app/CommandLine.h"
#include "app/Commands.h"
#include "app/Console.h"

#include "core/storage/Database.h"
#include "core/storage/DatabaseCheck.h"

namespace maillage::app {

void configureCheck(QCommandLineParser& parser)
{
    addDatabaseOption(parser);
}

int runCheck(const QCommandLineParser& parser)
{
    // A check only reads: no creation, no migration.
    auto opened = Database::open(databaseUrl(parser), OpenOptions{false, false});
    if (!opened.ok()) {
        printError(QStringLiteral("check"), opened.error());
        return ExitDataError;
    }
    Database& db = *opened.value();
    auto report = checkDatabase(db);
    if (!report.ok()) {
        printError(QStringLiteral("check"), report.error());
        return ExitDataError;
    }
    const CheckReport& r = report.value();
    out() << Cli::tr("Database: %1").arg(db.displayName()) << Qt::endl;
    out() << Cli::tr("Schema version: %1 (this Maillage writes %2)")
                 .arg(r.schemaVersion)
                 .arg(Database::latestSchemaVersion())
          << Qt::endl;
    out()
        << Cli::tr("Integrity: %1").arg(r.integrityProblems.isEmpty() ? Cli::tr("ok") : r.integrityProblems.join(u'\n'))
        << Qt::endl;
    out() << Cli::tr("References: %1")
                 .arg(r.referenceProblems.isEmpty() ? Cli::tr("ok") : r.referenceProblems.join(u'\n'))
          << Qt::endl;
    out() << Cli::tr("Rows per table:") << Qt::endl;
    for (const auto& [table, count] : r.rowCounts)
        out() << QStringLiteral("  %1 %2").arg(table.leftJustified(24)).arg(count) << Qt::endl;
    return r.healthy() ? ExitOk : ExitDataError;
}

} // namespace maillage::app
