// SPDX-License-Identifier: EUPL-1.2
#include "app/CommandLine.h"
#include "app/Commands.h"
#include "app/Console.h"

#include "core/storage/Backup.h"
#include "core/storage/Database.h"

#include <QDate>
#include <QDir>

namespace maillage::app {

void configureBackup(QCommandLineParser& parser)
{
    addDatabaseOption(parser);
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      Cli::tr("Backup file to write (default: a dated file in the “sauvegardes” folder beside the "
                              "database, where older backups are then thinned to 7 daily, 8 weekly and 12 monthly)."),
                      Cli::tr("FILE")});
}

int runBackup(const QCommandLineParser& parser)
{
    // A backup reads only: no creation, no migration.
    auto opened = Database::open(databaseUrl(parser), OpenOptions{false, false});
    if (!opened.ok()) {
        printError(QStringLiteral("backup"), opened.error());
        return ExitDataError;
    }
    Database& db = *opened.value();
    const bool automaticFolder = !parser.isSet(QStringLiteral("output"));
    const QString folder = backup::defaultFolder(db.filePath());
    const QString target = automaticFolder ? QDir(folder).filePath(backup::fileNameFor(QDateTime::currentDateTime()))
                                           : parser.value(QStringLiteral("output"));
    auto created = backup::create(db, target);
    if (!created.ok()) {
        printError(QStringLiteral("backup"), created.error());
        return ExitDataError;
    }
    out() << Cli::tr("Verified backup written to %1.").arg(created.value().path) << Qt::endl;
    if (automaticFolder) {
        if (Status status = backup::thin(folder, QDate::currentDate()); !status.ok()) {
            printError(QStringLiteral("backup"), status.error());
            return ExitDataError;
        }
    }
    return ExitOk;
}

} // namespace maillage::app
