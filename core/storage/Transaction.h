// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/util/Result.h"

namespace maillage {

class Database;

/// A write transaction that rolls back unless commit() was called.
/// Nested transactions become savepoints, so a repository call made inside a larger
/// unit (an import, a merge) joins it instead of committing half of it.
class Transaction
{
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    /// Whether the transaction could be opened; error() says why not.
    bool ok() const { return m_status.ok(); }
    const Error& error() const { return m_status.error(); }
    Status commit();

private:
    Status exec(const QString& statement);

    Database& m_db;
    Status m_status;
    int m_depth = 0;
    bool m_open = false;
};

} // namespace maillage
