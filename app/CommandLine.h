// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace maillage::app {

/// Exit codes of every verb.
enum ExitCode { ExitOk = 0, ExitUsage = 1, ExitDataError = 2 };

/// Whether the first argument names a headless verb (demo, export, import, check).
bool isCommand(const QString& firstArgument);
/// Whether the verb lays out text (the meeting documents): it needs a QGuiApplication, offscreen is enough.
bool commandNeedsGui(const QString& firstArgument);
/// Runs a verb; arguments start with the program name, then the verb.
int runCommand(const QStringList& arguments);
/// The list of verbs, for the general --help.
QString verbsHelp();

} // namespace maillage::app
