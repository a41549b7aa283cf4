// SPDX-License-Identifier: EUPL-1.2
#include "app/Console.h"

#include "core/storage/DatabaseLocation.h"

#include <cstdio>

namespace maillage::app {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

void printError(const QString& verb, const Error& error)
{
    err() << "maillage " << verb << ": " << error.message << Qt::endl;
    if (!error.detail.isEmpty())
        err() << error.detail << Qt::endl;
}

void addDatabaseOption(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("db"),
                      Cli::tr("Database: a SQLite file path or postgresql://user@host/database (default: %1).")
                          .arg(defaultDatabasePath()),
                      Cli::tr("URL")});
}

QString databaseUrl(const QCommandLineParser& parser)
{
    return parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db")) : defaultDatabasePath();
}

} // namespace maillage::app
