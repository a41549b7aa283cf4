// SPDX-License-Identifier: EUPL-1.2
// loadSource(): a source of consolidation, archive or SQLite file, as an archive document.
#include "core/exchange/ArchiveWriter.h"
#include "core/exchange/Consolidation.h"
#include "core/storage/Database.h"
#include "core/storage/FileProbe.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QTemporaryDir>

namespace maillage::consolidation {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("maillage::consolidation", text);
}

// The source file is never opened for writing: a copy is (it may need a schema update).
Result<QJsonObject> fromSqlite(const QString& path)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        return Error{Error::Kind::Io, tr("No temporary folder to read %1 in.").arg(path), dir.errorString()};
    const QString copy = dir.filePath(QStringLiteral("source.sqlite"));
    if (!QFile::copy(path, copy) || (QFile::exists(path + QStringLiteral("-wal")) &&
                                     !QFile::copy(path + QStringLiteral("-wal"), copy + QStringLiteral("-wal"))))
        return Error{Error::Kind::Io, tr("%1 could not be copied to be read.").arg(path), {}};
    auto opened = Database::open(copy, OpenOptions{false, true});
    if (!opened.ok())
        return Error{opened.error().kind, tr("%1 cannot be read: %2").arg(path, opened.error().message),
                     opened.error().detail};
    return archive::exportArchive(*opened.value());
}

Result<QJsonObject> fromArchive(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::Kind::Io, tr("%1 cannot be read: check its permissions.").arg(path), file.errorString()};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject())
        return Error{Error::Kind::Unsupported,
                     tr("%1 is neither a Maillage archive nor a Maillage database. Nothing was added.").arg(path),
                     parseError.errorString()};
    return document.object();
}

} // namespace

Result<QJsonObject> loadSource(const QString& path, qint64 maxFileBytes)
{
    const QFileInfo info(path);
    if (!info.isFile())
        return Error{Error::Kind::NotFound, tr("%1 does not exist or is not a file.").arg(path), {}};
    if (info.size() > maxFileBytes)
        return Error{Error::Kind::Unsupported,
                     tr("%1 is too big to be consolidated (%2 MB; at most %3 MB are read).")
                         .arg(path)
                         .arg(info.size() / (1024 * 1024))
                         .arg(maxFileBytes / (1024 * 1024)),
                     {}};
    const FileProbe probe = probeFile(path);
    switch (probe.state) {
    case FileState::Maillage:
        return fromSqlite(path);
    case FileState::NotSqlite:
        return fromArchive(path);
    default:
        return probeError(path, probe, Database::latestSchemaVersion());
    }
}

} // namespace maillage::consolidation
