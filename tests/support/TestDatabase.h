// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/storage/Database.h"

#include <QTemporaryDir>

#include <memory>

namespace maillage::test {

/// A fresh database with the real migrations applied, removed at the end of the test.
/// SQLite in a temporary folder by default; the PostgreSQL server named by
/// MAILLAGE_TEST_PG_URL when set (its public schema is emptied first).
class TestDatabase
{
public:
    explicit TestDatabase(int schemaVersion = -1);
    ~TestDatabase();

    Database& db() { return *m_db; }
    Database* operator->() { return m_db.get(); }
    QString url() const { return m_url; }
    QString dir() const { return m_dir.path(); }
    /// Closes and reopens the same database (to check what was really stored).
    void reopen();
    static bool usingPostgres();

private:
    QTemporaryDir m_dir;
    QString m_url;
    std::unique_ptr<Database> m_db;
};

/// Empties the PostgreSQL test database (drops and recreates the public schema).
void resetPostgres(const QString& url);

} // namespace maillage::test
