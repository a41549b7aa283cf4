// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/util/Result.h"

#include <QJsonObject>
#include <QString>

#include <utility>
#include <vector>

namespace maillage {
class Database;
}

namespace maillage::archive {

/// One thing wrong in an archive, with where it is ("tables.meeting[12].instance_id").
struct ArchiveProblem {
    QString path;
    QString message;
};

struct ImportOptions {
    /// Empty a database that already holds records first (in the same transaction).
    bool replace = false;
    /// importArchiveFile refuses bigger files before reading them.
    qint64 maxFileBytes = qint64(1) << 30;
};

struct ImportReport {
    qint64 rows = 0;
    std::vector<std::pair<QString, qint64>> perTable; ///< in dependency order
};

/// Every problem of an archive (format, version, types, required values, unknown columns,
/// duplicate ids, references to records that are not in the archive). Empty when it can be imported.
std::vector<ArchiveProblem> validateArchive(const QJsonObject& archive);

/// Checks the whole archive first, then writes every record with its id in one transaction.
/// Refuses a database that already holds records unless options.replace. On any failure the
/// database is left as it was; the error's detail lists every problem, one per line.
Result<ImportReport> importArchive(Database& db, const QJsonObject& archive, const ImportOptions& options = {});
/// Reads an archive file (refusing what is not JSON, unreadable or too big) and imports it.
Result<ImportReport> importArchiveFile(Database& db, const QString& path, const ImportOptions& options = {});

} // namespace maillage::archive
