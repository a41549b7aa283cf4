// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/storage/TableCatalog.h"
#include "core/util/Result.h"

#include <QJsonObject>
#include <QVariant>

#include <optional>

namespace maillage {

class Database;

/// Whole rows as JSON objects keyed by column name, driven by the TableCatalog: what an undo batch
/// keeps of a row before changing it, and what a personal-data export shows.
namespace rowsnapshot {

/// The row of table with this id (nullopt when there is none).
Result<std::optional<QJsonObject>> read(Database& db, const TableSpec& table, qint64 id);
/// Every row of table where column = value, ordered by id.
Result<std::vector<QJsonObject>> readWhere(Database& db, const TableSpec& table, const QString& column, qint64 value);
/// A column value as JSON (null, number or string) and back to what a statement binds.
QJsonValue toJson(const ColumnSpec& column, const QVariant& value);
QVariant fromJson(const ColumnSpec& column, const QJsonValue& value);
/// Inserts a row saved by read(), its id included.
Status insert(Database& db, const TableSpec& table, const QJsonObject& row);
/// Writes back every column of a row saved by read() (its id must exist).
Status restore(Database& db, const TableSpec& table, const QJsonObject& row);

} // namespace rowsnapshot

} // namespace maillage
