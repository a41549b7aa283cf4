// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/storage/Database.h"

#include <QVariantMap>

#include <map>

namespace maillage::test {

/// Inserts one row (created_at/updated_at filled in) and returns its id.
qint64 addRow(Database& db, const QString& table, QVariantMap values);
/// One value of a SQL statement.
QVariant valueOf(Database& db, const QString& statement, const QVariantMap& binds = {});
/// Every row of every catalog table as text, keyed by table: compares a database before and after.
std::map<QString, QStringList> dumpAll(Database& db);
/// Links of one contact: attendance, memberships, follow-ups owned, recipients, affiliations.
std::map<QString, int> linksOf(Database& db, qint64 contactId);
/// Occurrences of needle (case-insensitive) in a file's bytes; 0 when the file is missing.
int occurrencesInFile(const QString& path, const QByteArray& needle);

} // namespace maillage::test
