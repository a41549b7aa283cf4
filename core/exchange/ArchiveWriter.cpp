// SPDX-License-Identifier: EUPL-1.2
#include "core/exchange/ArchiveWriter.h"

#include "core/exchange/ArchiveFormat.h"
#include "core/storage/Database.h"
#include "core/storage/TableCatalog.h"
#include "core/storage/TableRows.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace maillage::archive {

namespace {

} // namespace

Result<QJsonObject> exportArchive(Database& db)
{
    QJsonObject tables;
    for (const TableSpec& table : TableCatalog::tables()) {
        QJsonArray rows;
        const Status status = tablerows::forEachRow(db, table, [&](const QVariantList& values) -> Status {
            QJsonObject row;
            for (std::size_t i = 0; i < table.columns.size(); ++i)
                row.insert(table.columns[i].name, toJson(values.at(int(i)), table.columns[i].type));
            rows.append(row);
            return {};
        });
        if (!status.ok())
            return Error{status.error().kind,
                         QCoreApplication::translate("maillage::archive", "The archive could not be made: %1")
                             .arg(status.error().message),
                         status.error().detail};
        tables.insert(table.name, rows);
    }
    QJsonObject archive;
    archive.insert(QStringLiteral("format"), QString::fromLatin1(kFormat));
    archive.insert(QStringLiteral("version"), kVersion);
    archive.insert(QStringLiteral("schemaVersion"), db.schemaVersion());
    archive.insert(QStringLiteral("application"), QStringLiteral("Maillage " MAILLAGE_VERSION));
    archive.insert(QStringLiteral("tables"), tables);
    return archive;
}

QByteArray archiveBytes(const QJsonObject& archive)
{
    return QJsonDocument(archive).toJson(QJsonDocument::Indented);
}

Status writeArchiveFile(Database& db, const QString& path)
{
    auto archive = exportArchive(db);
    if (!archive.ok())
        return archive.error();
    const QByteArray bytes = archiveBytes(archive.value());

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{Error::Kind::Io,
                     QCoreApplication::translate("maillage::archive", "Cannot write the archive %1.").arg(path),
                     file.errorString()};
    // The archive holds personal data: owner-only before any byte is written.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return Error{
            Error::Kind::Io,
            QCoreApplication::translate("maillage::archive",
                                        "Cannot write the archive %1 (is the disk full?). No file was left behind.")
                .arg(path),
            reason};
    }
    if (!file.commit())
        return Error{
            Error::Kind::Io,
            QCoreApplication::translate("maillage::archive", "Cannot write the archive %1. No file was left behind.")
                .arg(path),
            file.errorString()};
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

} // namespace maillage::archive
