// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/util/Result.h"

#include <QJsonValue>
#include <QString>

#include <utility>
#include <vector>

namespace maillage {

class Database;

/// How a column's value is stored and written in an archive.
enum class ColumnType {
    Integer,   ///< INTEGER
    Real,      ///< DOUBLE PRECISION
    Text,      ///< TEXT
    Date,      ///< TEXT "YYYY-MM-DD"
    DateTime,  ///< TEXT "YYYY-MM-DDTHH:MM:SS" (local time)
    Timestamp, ///< TEXT, UTC ISO-8601 with milliseconds (created_at, updated_at)
    Bool,      ///< INTEGER 0/1
    Cents,     ///< INTEGER amount of money in cents
};

struct ColumnSpec {
    QString name;
    ColumnType type = ColumnType::Text;
    bool nullable = false;
    QString references; ///< the table whose id this column holds, or empty
    /// The schema's DEFAULT, as an archive writes it (null for nullable columns; "" or 0 where the
    /// schema has none). New rows start from it; an archive older than `since` may omit the column.
    QJsonValue defaultValue;
    int since = 1; ///< the schema version that added the column
};

struct TableSpec {
    QString name;
    std::vector<ColumnSpec> columns; ///< in schema order; "id" first
    int since = 1; ///< the schema version that created the table

    const ColumnSpec* column(const QString& name) const;
};

/// A static description of every data table of the schema, parents before children.
/// A test compares it with the migrated database so the two cannot drift apart.
/// Leaves out the bookkeeping tables (schema_migrations, search_index, sqlite_sequence).
class TableCatalog
{
public:
    static const std::vector<TableSpec>& tables();
    static const TableSpec* find(const QString& name);
    /// "integer", "real", "text", "date", "datetime", "timestamp", "bool", "cents".
    static QString typeName(ColumnType type);
    /// The SQL type the migrations give such a column (INTEGER, DOUBLE PRECISION or TEXT).
    static QString sqlType(ColumnType type);
};

/// Rows per table, in catalog order.
Result<std::vector<std::pair<QString, qint64>>> rowCounts(Database& db);

} // namespace maillage
