// SPDX-License-Identifier: EUPL-1.2
#include "tests/support/TestDatabase.h"

#include "tests/support/Catch.h"

#include <QSqlQuery>

namespace maillage::test {

bool TestDatabase::usingPostgres()
{
    return !qEnvironmentVariableIsEmpty("MAILLAGE_TEST_PG_URL");
}

void resetPostgres(const QString& url)
{
    auto opened = Database::open(url, OpenOptions{true, false});
    if (!opened.ok())
        FAIL("Cannot reach the PostgreSQL test server: " << opened.error().fullText().toStdString());
    QSqlQuery query(opened.value()->connection());
    query.exec(QStringLiteral("DROP SCHEMA public CASCADE"));
    query.exec(QStringLiteral("CREATE SCHEMA public"));
}

TestDatabase::TestDatabase(int schemaVersion)
{
    REQUIRE(m_dir.isValid());
    if (usingPostgres()) {
        m_url = qEnvironmentVariable("MAILLAGE_TEST_PG_URL");
        resetPostgres(m_url);
    } else {
        m_url = m_dir.filePath(QStringLiteral("test.sqlite"));
    }
    auto opened = Database::open(m_url, OpenOptions{true, schemaVersion < 0});
    if (!opened.ok())
        FAIL(opened.error().fullText().toStdString());
    m_db = std::move(opened.value());
    if (schemaVersion >= 0)
        REQUIRE(m_db->migrateTo(schemaVersion).ok());
}

TestDatabase::~TestDatabase() = default;

void TestDatabase::reopen()
{
    m_db.reset();
    auto opened = Database::open(m_url);
    if (!opened.ok())
        FAIL(opened.error().fullText().toStdString());
    m_db = std::move(opened.value());
}

} // namespace maillage::test
