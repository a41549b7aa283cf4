// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/util/Result.h"

#include <QStringList>

#include <utility>
#include <vector>

namespace maillage {

class Database;

/// What checkDatabase() found. Problems are in plain words, one per entry.
struct CheckReport {
    int schemaVersion = 0;
    int expectedSchemaVersion = 0;
    /// SQLite's integrity_check findings (always empty on PostgreSQL, which checks its pages itself).
    QStringList integrityProblems;
    /// Records that refer to a record that does not exist ("meeting 12: instance_id refers to instance 99…").
    QStringList referenceProblems;
    std::vector<std::pair<QString, qint64>> rowCounts;

    bool healthy() const
    {
        return schemaVersion == expectedSchemaVersion && integrityProblems.isEmpty() && referenceProblems.isEmpty();
    }
};

/// A full read of the database: schema version, page integrity (SQLite), dangling references and
/// counts per table. Slow on big files: run on request, never on start-up.
Result<CheckReport> checkDatabase(Database& db);

} // namespace maillage
