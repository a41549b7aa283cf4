// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/storage/Database.h"
#include "core/util/Result.h"

#include "tests/support/Catch.h"

#include <QSqlQuery>

/// Fails the test with the error text when a Status/Result is not ok.
#define REQUIRE_OK(expression)                                                                                         \
    do {                                                                                                               \
        const ::maillage::Status status_ = (expression);                                                               \
        INFO(status_.error().fullText().toStdString());                                                                \
        REQUIRE(status_.ok());                                                                                         \
    } while (false)

namespace maillage::test {

/// Rows of a table, read with plain SQL so that the repository under test is not trusted.
inline int rowCount(Database& db, const QString& table)
{
    QSqlQuery query(db.connection());
    query.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table);
    query.next();
    return query.value(0).toInt();
}

} // namespace maillage::test
