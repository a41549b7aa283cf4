// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/storage/Database.h"

#include <QDate>
#include <QVariantMap>

namespace maillage::test {

/// Inserts one row (created_at/updated_at filled in) and returns its id. Test-only: the
/// application writes through repositories.
qint64 insertRow(Database& db, const QString& table, QVariantMap values);
/// Counts with a SQL statement, for comparing what the interface shows with the database.
int countSql(Database& db, const QString& statement, const QVariantMap& binds = {});

/// A small but complete council around today: partners (one named Étienne), 2 instances,
/// 450 meetings over ten years, overdue follow-ups, an action plan and events.
void fillCouncil(Database& db, const QDate& today);

} // namespace maillage::test
