// SPDX-License-Identifier: EUPL-1.2
// `maillage import --consolidate`: several councils' archives or databases added into one database.
#include "app/CommandLine.h"
#include "app/Commands.h"
#include "app/Console.h"

#include "core/exchange/Consolidation.h"
#include "core/storage/Database.h"

#include <QFileInfo>
#include <QTemporaryDir>

#include <map>

namespace maillage::app {

namespace {

void printSource(const consolidation::SourceReport& source, bool dryRun)
{
    out() << source.source << " — " << source.councils.join(QStringLiteral(", ")) << Qt::endl;
    QStringList tables;
    for (const auto& [table, count] : source.created)
        tables << QStringLiteral("%1 %2").arg(table).arg(count);
    out() << "  "
          << (dryRun ? Cli::tr("would create %n row(s):", nullptr, int(source.rows))
                     : Cli::tr("created %n row(s):", nullptr, int(source.rows)))
          << u' ' << tables.join(QStringLiteral(", ")) << Qt::endl;
    std::map<consolidation::MatchKey, int> perKey;
    for (const auto& match : source.matched)
        ++perKey[match.key];
    QStringList keys;
    for (const auto& [key, count] : perKey)
        keys << QStringLiteral("%1 %2").arg(consolidation::keyLabel(key)).arg(count);
    out() << "  " << Cli::tr("organisations matched with the database: %1").arg(source.matched.size());
    if (!keys.isEmpty())
        out() << " (" << keys.join(QStringLiteral(", ")) << u')';
    out() << Qt::endl;
    for (const auto& match : source.matched)
        out() << "    "
              << Cli::tr("“%1” (%2) → #%3 “%4”, by %5")
                     .arg(match.sourceName, match.commune)
                     .arg(match.targetId)
                     .arg(match.targetName, consolidation::keyLabel(match.key))
              << Qt::endl;
    if (source.sectorsMatched > 0)
        out() << "  " << Cli::tr("partner sectors matched by code: %1").arg(source.sectorsMatched) << Qt::endl;
    if (source.pseudonymsRenumbered > 0)
        out() << "  " << Cli::tr("situation pseudonyms already in use, renumbered: %1").arg(source.pseudonymsRenumbered)
              << Qt::endl;
    if (source.historyLeftOut > 0)
        out() << "  " << Cli::tr("journal and undo rows of the source left out: %1").arg(source.historyLeftOut)
              << Qt::endl;
}

} // namespace

// --dry-run is declared once for every kind of import (addContactsImportOptions).
void addConsolidationOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("consolidate"),
                      Cli::tr("Add the councils of one or more archives (JSON) or Maillage databases (.sqlite) to "
                              "this database, with new ids, matching shared organisations (SIRET, FINESS, or name "
                              "and commune). With --dry-run, print what would be created and matched, and write "
                              "nothing.")});
}

int runConsolidation(const QCommandLineParser& parser)
{
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        err() << "maillage import: " << Cli::tr("give the archives or databases to consolidate.") << Qt::endl;
        return ExitUsage;
    }
    consolidation::Options options;
    options.dryRun = parser.isSet(QStringLiteral("dry-run"));
    // A dry run must not even create the target file: rehearse on a scratch empty database instead.
    QString url = databaseUrl(parser);
    const QString shownName = url;
    QTemporaryDir scratch;
    if (options.dryRun && !Database::isServerUrl(url) && !QFileInfo::exists(url))
        url = scratch.filePath(QStringLiteral("dry-run.sqlite"));
    auto opened = Database::open(url);
    if (!opened.ok()) {
        printError(QStringLiteral("import"), opened.error());
        return ExitDataError;
    }
    auto report = consolidation::consolidate(*opened.value(), files, options);
    if (!report.ok()) {
        printError(QStringLiteral("import"), report.error());
        return ExitDataError;
    }
    if (options.dryRun)
        out() << Cli::tr("Dry run: nothing was written to %1.").arg(shownName) << Qt::endl;
    for (const auto& source : report.value().sources)
        printSource(source, options.dryRun);
    if (!options.dryRun)
        out() << Cli::tr("%n source(s) consolidated into %1.", nullptr, int(report.value().sources.size()))
                     .arg(opened.value()->displayName())
              << Qt::endl;
    return ExitOk;
}

} // namespace maillage::app
