// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>
#include <QVariant>

namespace maillage {
class Database;
}

/// Parent rows the activity repositories need, inserted with plain SQL so these tests
/// do not depend on the network repositories.
namespace maillage::test::fixtures {

qint64 insertCouncil(Database& db, const QString& name = QStringLiteral("CLSM de Test"));
qint64 insertInstance(Database& db, qint64 councilId, const QString& name,
                      const QString& kind = QStringLiteral("copil"));
qint64 insertContact(Database& db, const QString& lastName, const QString& firstName = {},
                     const QString& jobTitle = {});
qint64 insertOrganisation(Database& db, const QString& name, const QString& acronym = {}, const QString& commune = {});
qint64 insertPlan(Database& db, qint64 councilId, const QString& title = QStringLiteral("Plan 2025-2029"));
qint64 insertAxis(Database& db, qint64 planId, const QString& title, int position = 0);
qint64 insertSheet(Database& db, qint64 axisId, const QString& code, const QString& title);

/// The number of rows of table matching an optional condition (plain SQL, test data only).
int countRows(Database& db, const QString& table, const QString& where = {});
/// The first column of the first row of a statement.
QVariant scalar(Database& db, const QString& statement);
/// Runs a statement and requires it to succeed.
void exec(Database& db, const QString& statement);

} // namespace maillage::test::fixtures
