// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/storage/TableCatalog.h"
#include "core/util/Result.h"

#include <QVariant>

#include <functional>
#include <memory>

namespace maillage {

class Database;
class SqlQuery;

/// Whole-table access driven by the TableCatalog, for the archive and the database check.
/// Repositories speak in domain values; this speaks in raw column values, in catalog order.
namespace tablerows {

/// Calls visit with every row of table, ordered by id, streamed with a forward-only query.
/// A visit that fails stops the walk and its error is returned.
Status forEachRow(Database& db, const TableSpec& table, const std::function<Status(const QVariantList&)>& visit);

/// Inserts rows, ids included, with one statement prepared once per table.
class RowInserter
{
public:
    RowInserter(Database& db, const TableSpec& table);
    ~RowInserter();
    RowInserter(const RowInserter&) = delete;
    RowInserter& operator=(const RowInserter&) = delete;

    /// values in catalog column order; a null QVariant is NULL.
    Status insert(const QVariantList& values);

private:
    const TableSpec& m_table;
    std::unique_ptr<SqlQuery> m_query;
};

/// Deletes every row of every catalog table, children first. Call inside a Transaction.
Status deleteAll(Database& db);
/// Realigns every table's identity after rows were inserted with explicit ids (PostgreSQL).
Status realignIdentities(Database& db);

} // namespace tablerows
} // namespace maillage
