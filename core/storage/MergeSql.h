// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/util/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

#include <QString>
#include <optional>

#include <vector>

namespace maillage {

class Database;

/// What a merge did.
struct MergeOutcome
{
    qint64 batchId = 0; ///< the undo batch that records it
    int repointed = 0;  ///< links moved from the removed record to the kept one
    int collapsed = 0;  ///< links dropped because the kept record already had the same one
    QStringList filled; ///< columns of the kept record filled from the removed one
};

/// An undo batch as the interface lists it.
struct UndoBatchInfo
{
    qint64 id = 0;
    QString kind;
    QString label;
    QDateTime createdAt;
    bool undone = false;
};

/// Merging two rows of `contact` or `organisation` into one, generically: every column of every
/// catalog table that references the table is re-pointed, so a column added later is not forgotten.
/// Each change is recorded in undo_batch / undo_batch_item (kind "merge") so the merge undoes exactly.
namespace mergesql {

/// Moves every link of removeId to keepId, fills the kept record's empty fields from the removed
/// one, deletes the removed record and keeps the search index in step — in one transaction.
Result<MergeOutcome> merge(Database& db, const QString& table, qint64 keepId, qint64 removeId, const QString& label);
/// Undoes a merge batch exactly: the removed record comes back with its id and every link moves back.
Status undo(Database& db, qint64 batchId);
/// How many rows of each referencing column ("attendance.contact_id") point at the record, non-zero only.
Result<std::vector<std::pair<QString, int>>> linkCounts(Database& db, const QString& table, qint64 id);
/// The record as JSON keyed by column (nullopt when it does not exist).
Result<std::optional<QJsonObject>> record(Database& db, const QString& table, qint64 id);
/// The batches of a kind ("merge"), newest first.
Result<std::vector<UndoBatchInfo>> batches(Database& db, const QString& kind);

} // namespace mergesql

} // namespace maillage
