// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/util/Result.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <memory>

namespace maillage {
class Database;
}

namespace maillage::app {

/// Translation context of the command line's messages.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

/// Standard output and error, UTF-8.
QTextStream& out();
QTextStream& err();

/// Prints "maillage <verb>: message" and the technical detail on standard error.
void printError(const QString& verb, const Error& error);

/// The --db option shared by every verb, defaulting to the user's database.
void addDatabaseOption(QCommandLineParser& parser);
QString databaseUrl(const QCommandLineParser& parser);

} // namespace maillage::app
