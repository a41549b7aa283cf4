// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/storage/Database.h"

#include <QJsonObject>
#include <QVariantMap>

namespace maillage::test {

/// Inserts one row with raw SQL; created_at, updated_at and version are filled in when absent.
void insertRow(Database& db, const QString& table, QVariantMap values);
/// A small council with at least one row in every table, nulls, money, reals, accents,
/// and a meeting postponed to a later one (a forward self-reference).
void populate(Database& db);
/// Runs a statement that must succeed.
void execSql(Database& db, const QString& statement);
/// Export of db that must succeed.
QJsonObject exported(Database& db);
qint64 totalRows(Database& db);

} // namespace maillage::test
