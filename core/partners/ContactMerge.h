// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/storage/MergeSql.h"

#include <QCoreApplication>

namespace maillage {

class Database;

/// Merges two contacts or two organisations into one, and undoes such a merge.
/// The batch's label names records by number only, so no name lingers there after an erasure.
class ContactMerge
{
    Q_DECLARE_TR_FUNCTIONS(ContactMerge)
public:
    static Result<MergeOutcome> mergeContacts(Database& db, qint64 keepId, qint64 removeId);
    static Result<MergeOutcome> mergeOrganisations(Database& db, qint64 keepId, qint64 removeId);
    static Status undo(Database& db, qint64 batchId);
    /// "attendance.contact_id" → "Meetings attended", for the comparison of two records.
    static QString linkLabel(const QString& tableDotColumn);
    /// The merges that can still be undone, newest first.
    static Result<std::vector<UndoBatchInfo>> undoableMerges(Database& db);
};

} // namespace maillage
