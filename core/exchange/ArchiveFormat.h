// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/storage/TableCatalog.h"

#include <QJsonValue>
#include <QString>
#include <QVariant>

namespace maillage::archive {

/// The value of the "format" member of every Maillage archive.
inline constexpr char kFormat[] = "maillage-archive";
/// The archive layout this build writes and reads (docs/archive-format.md).
inline constexpr int kVersion = 1;

/// A stored column value as written in an archive (null stays null).
QJsonValue toJson(const QVariant& value, ColumnType type);
/// Why value cannot be stored in a column of this type, or empty when it can. Null is checked by the caller.
QString typeProblem(const QJsonValue& value, ColumnType type);
/// A JSON value that passed typeProblem(), as the database stores it.
QVariant toStored(const QJsonValue& value, ColumnType type);

} // namespace maillage::archive
