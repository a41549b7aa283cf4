// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QCommandLineParser>

namespace maillage::app {

// Each verb declares its options, then runs on the parsed command line and returns an ExitCode.
void configureDemo(QCommandLineParser& parser);
int runDemo(const QCommandLineParser& parser);
void configureExport(QCommandLineParser& parser);
int runExport(const QCommandLineParser& parser);
void configureImport(QCommandLineParser& parser);
int runImport(const QCommandLineParser& parser);
void configureCheck(QCommandLineParser& parser);
int runCheck(const QCommandLineParser& parser);
void configureBackup(QCommandLineParser& parser);
int runBackup(const QCommandLineParser& parser);

} // namespace maillage::app
