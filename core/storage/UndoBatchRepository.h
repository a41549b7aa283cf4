// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/Record.h"
#include "core/util/Result.h"

#include <QDateTime>
#include <QStringList>

#include <vector>

namespace maillage {

class Database;

/// One change of a batch: a row created (undo deletes it) or updated (undo restores before_json).
struct UndoBatchItem
{
    qint64 id = 0;
    int position = 0;
    QString entity; ///< table: contact, organisation, affiliation
    qint64 entityId = 0;
    QString action; ///< "create" or "update"
    QString beforeJson;
};

/// An import or a merge recorded so that it can be undone as one (tables undo_batch, undo_batch_item).
struct UndoBatch : Record
{
    QString kind; ///< "csv_import", "vcard_import", "merge"…
    QString label;
    QString undoneAt; ///< stamp, empty while the batch stands
    std::vector<UndoBatchItem> items;

    bool isUndone() const { return !undoneAt.isEmpty(); }
};

/// Records batches and reverts them in one transaction, newest change first.
class UndoBatchRepository
{
public:
    explicit UndoBatchRepository(Database& db) : m_db(db) {}

    /// Opens a batch; call it inside the transaction that makes the changes.
    Result<qint64> begin(const QString& kind, const QString& label);
    /// The row entityId of table entity was created by the batch.
    Status recordCreated(qint64 batchId, const QString& entity, qint64 entityId);
    /// Takes a snapshot of the row before the batch changes it.
    Status recordBeforeUpdate(qint64 batchId, const QString& entity, qint64 entityId);

    Result<UndoBatch> get(qint64 id) const;
    /// The most recent batch not undone yet whose kind is in kinds (any when empty); 0 when none.
    Result<qint64> latestUndoable(const QStringList& kinds = {}) const;
    /// Deletes what the batch created and restores what it updated, all or nothing.
    Status undo(qint64 batchId);

    /// The row as a JSON object {column: value}, every column of the catalog.
    Result<QString> snapshot(const QString& entity, qint64 entityId) const;

private:
    Status addItem(qint64 batchId, const QString& entity, qint64 entityId, const QString& action,
                   const QString& before);
    Status restore(const UndoBatchItem& item);
    Status removeCreated(const UndoBatchItem& item);

    Database& m_db;
};

} // namespace maillage
