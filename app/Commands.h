// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QCommandLineParser>

namespace maillage {
class Database;
}

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
void configureStats(QCommandLineParser& parser);
int runStats(const QCommandLineParser& parser);
// The annual activity report (ReportCommand.cpp); the period options are shared with stats.
void configureReport(QCommandLineParser& parser);
int runReport(const QCommandLineParser& parser);

// iCalendar (.ics) flavours of export and import (CalendarCommands.cpp).
bool isCalendarFile(const QString& path);
void addCalendarExportOptions(QCommandLineParser& parser);
int runCalendarExport(const QCommandLineParser& parser, Database& db);
int runCalendarImport(const QCommandLineParser& parser, const QString& path);
// Meeting documents (DocumentCommand.cpp): one option set, one verb per document.
void configureDocument(QCommandLineParser& parser);
int runMinutes(const QCommandLineParser& parser);
int runConvocation(const QCommandLineParser& parser);
int runSignInSheet(const QCommandLineParser& parser);
int runDecisions(const QCommandLineParser& parser);
// Action plan documents (PlanCommand.cpp): one fiche or the booklet.
void configurePlan(QCommandLineParser& parser);
int runPlan(const QCommandLineParser& parser);

// Consolidation of several councils into one database (ImportCommand.cpp): `import --consolidate`.
void addConsolidationOptions(QCommandLineParser& parser);
int runConsolidation(const QCommandLineParser& parser);

// Contacts as vCard (.vcf) or CSV (ContactsCommands.cpp).
bool isContactsFile(const QString& path);
bool isContactsFormat(const QString& format);
/// "vcf" or "csv" from the extension; empty for other files.
QString contactsFormatOf(const QString& path);
void addContactsImportOptions(QCommandLineParser& parser);
int runContactsImport(const QCommandLineParser& parser, const QString& path);
void addContactsExportOptions(QCommandLineParser& parser);
int runContactsExport(const QCommandLineParser& parser, Database& db, const QString& format);

} // namespace maillage::app
