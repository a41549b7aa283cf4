// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/util/Result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

namespace maillage {
class Database;
}

/// Consolidation: several councils' databases (archives or SQLite files) added into one regional or
/// national database. Each source gets new ids with every reference remapped, so councils stay apart;
/// shared partner organisations are matched instead of duplicated (docs/archive-format.md, Consolidation).
namespace maillage::consolidation {

/// Which key matched a source organisation to one already in the target.
enum class MatchKey { Siret, Finess, NameAndCommune };

struct OrganisationMatch
{
    QString sourceName;
    QString commune;
    qint64 targetId = 0;
    QString targetName;
    MatchKey key = MatchKey::NameAndCommune;
};

/// What one source brought (or, in a dry run, would bring).
struct SourceReport
{
    QString source;                                  ///< the file
    QStringList councils;                            ///< the names of its councils
    std::vector<std::pair<QString, qint64>> created; ///< rows created per table, catalog order, non-zero only
    qint64 rows = 0;
    std::vector<OrganisationMatch> matched;
    qint64 sectorsMatched = 0;
    qint64 pseudonymsRenumbered = 0; ///< situation pseudonyms already used by another council
    qint64 historyLeftOut = 0;       ///< journal and undo rows of the source, which mean nothing in the target

    qint64 createdIn(const QString& table) const;
};

struct Options
{
    /// Do everything, report it, and roll it all back.
    bool dryRun = false;
    /// Source files bigger than this are refused before they are read.
    qint64 maxFileBytes = qint64(1) << 30;
};

struct Report
{
    bool dryRun = false;
    std::vector<SourceReport> sources;
};

/// The archive of a source file: a Maillage archive (JSON) as it is, or a Maillage SQLite database read
/// from a temporary copy (so the source is never modified, and an older schema is brought up to date).
Result<QJsonObject> loadSource(const QString& path, qint64 maxFileBytes = qint64(1) << 30);

/// Adds one validated archive to db in one transaction (a savepoint inside a caller's transaction).
/// On failure nothing of it is left.
Result<SourceReport> addArchive(Database& db, const QJsonObject& archive, const QString& source);

/// Loads and checks every source first (nothing is written if one is unreadable or invalid), then adds
/// each in its own transaction. A dry run does the same inside one transaction that is rolled back.
/// When a source fails, the error says which sources were already added.
Result<Report> consolidate(Database& db, const QStringList& paths, const Options& options = {});

/// "SIRET", "FINESS" or "name and commune", translated.
QString keyLabel(MatchKey key);

} // namespace maillage::consolidation
