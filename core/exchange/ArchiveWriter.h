// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace maillage {
class Database;
}

namespace maillage::archive {

/// The whole database as a Maillage archive (docs/archive-format.md): every table, rows by id,
/// every column. Carries no export time, so the same data always gives the same document.
Result<QJsonObject> exportArchive(Database& db);
/// The archive as the bytes of a file: UTF-8, indented, keys sorted.
QByteArray archiveBytes(const QJsonObject& archive);
/// Writes the archive to path atomically (the old file stays whole until the new one is complete),
/// readable by the owner only.
Status writeArchiveFile(Database& db, const QString& path);

} // namespace maillage::archive
