// SPDX-License-Identifier: EUPL-1.2
// importArchive(): validation first, then every record in one transaction.
#include "core/exchange/ArchiveReader.h"

#include "core/exchange/ArchiveFormat.h"
#include "core/storage/ChangeJournal.h"
#include "core/storage/Database.h"
#include "core/storage/SearchIndex.h"
#include "core/storage/TableCatalog.h"
#include "core/storage/TableRows.h"
#include "core/storage/Transaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace maillage::archive {

namespace {

// Enough to see what is wrong; a garbage file would otherwise give a detail of millions of lines.
constexpr std::size_t kMaxListedProblems = 200;

Error problemsError(const std::vector<ArchiveProblem>& problems)
{
    const std::size_t count = problems.size();
    const QString message =
        count == 1
            ? QCoreApplication::translate("maillage::archive", "The archive has 1 problem; nothing was imported.")
            : QCoreApplication::translate("maillage::archive", "The archive has %1 problems; nothing was imported.")
                  .arg(count);
    QStringList lines;
    for (std::size_t i = 0; i < count && i < kMaxListedProblems; ++i)
        lines << problems[i].path + QStringLiteral(": ") + problems[i].message;
    if (count > kMaxListedProblems)
        lines << QCoreApplication::translate("maillage::archive", "… and %1 more problems.")
                     .arg(count - kMaxListedProblems);
    // What is not a Maillage archive, or comes from a newer one, is unsupported rather than invalid.
    const QString& first = problems.front().path;
    const bool unsupported = count == 1 && (first == QLatin1String("format") || first == QLatin1String("version") ||
                                            first == QLatin1String("schemaVersion"));
    return Error{unsupported ? Error::Kind::Unsupported : Error::Kind::Invalid, message, lines.join(u'\n')};
}

Error refused(const QString& where, const Error& error)
{
    return Error{
        error.kind,
        QCoreApplication::translate("maillage::archive", "The database refused the record %1; nothing was imported. %2")
            .arg(where, error.message),
        error.detail};
}

Result<ImportReport> writeRows(Database& db, const QJsonObject& tables)
{
    ImportReport report;
    for (const TableSpec& table : TableCatalog::tables()) {
        const QJsonArray rows = tables.value(table.name).toArray();
        tablerows::RowInserter inserter(db, table);
        QVariantList values;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const QJsonObject row = rows.at(i).toObject();
            values.clear();
            for (const ColumnSpec& column : table.columns) {
                // Columns newer than the archive are absent: they take the schema's default.
                const QJsonValue value = row.value(column.name);
                values << toStored(value.isUndefined() ? column.defaultValue : value, column.type);
            }
            if (Status status = inserter.insert(values); !status.ok())
                return refused(QStringLiteral("tables.%1[%2]").arg(table.name).arg(i), status.error());
        }
        report.perTable.emplace_back(table.name, rows.size());
        report.rows += rows.size();
    }
    return report;
}

} // namespace

Result<ImportReport> importArchive(Database& db, const QJsonObject& archive, const ImportOptions& options)
{
    const std::vector<ArchiveProblem> problems = validateArchive(archive);
    if (!problems.empty())
        return problemsError(problems);

    // The archive brings its own journal: importing is not a change made by this user.
    journal::Pause pauseJournal(db);
    Transaction tx(db);
    if (!tx.ok())
        return tx.error();
    auto counts = rowCounts(db);
    if (!counts.ok())
        return counts.error();
    qint64 existing = 0;
    for (const auto& [table, count] : counts.value()) {
        if (table != QLatin1String("change_journal")) // a journal alone is no data to overwrite
            existing += count;
    }
    if (existing > 0) {
        if (!options.replace)
            return Error{Error::Kind::Conflict,
                         QCoreApplication::translate(
                             "maillage::archive",
                             "The database already holds %1 records; nothing was imported. Import into a new, empty "
                             "database, or choose to replace its content.")
                             .arg(existing),
                         db.displayName()};
        if (Status status = tablerows::deleteAll(db); !status.ok())
            return Error{
                status.error().kind,
                QCoreApplication::translate(
                    "maillage::archive", "The database could not be emptied before the import; nothing was changed."),
                status.error().fullText()};
    }
    auto report = writeRows(db, archive.value(QStringLiteral("tables")).toObject());
    if (!report.ok())
        return report.error();
    if (Status status = tablerows::realignIdentities(db); !status.ok())
        return status.error();
    if (Status status = SearchIndex(db).rebuild(); !status.ok())
        return status.error();
    // SQLite checks the deferred self-references here; a refusal rolls everything back.
    if (Status status = tx.commit(); !status.ok())
        return Error{
            Error::Kind::Constraint,
            QCoreApplication::translate("maillage::archive", "The database refused the archive; nothing was imported."),
            status.error().fullText()};
    return report;
}

Result<ImportReport> importArchiveFile(Database& db, const QString& path, const ImportOptions& options)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error{Error::Kind::NotFound,
                     QCoreApplication::translate("maillage::archive", "The archive %1 does not exist.").arg(path),
                     {}};
    if (!info.isFile())
        return Error{Error::Kind::Unsupported,
                     QCoreApplication::translate("maillage::archive", "%1 is not a file.").arg(path),
                     {}};
    if (info.size() > options.maxFileBytes)
        return Error{
            Error::Kind::Unsupported,
            QCoreApplication::translate(
                "maillage::archive", "The file %1 is too big to be a Maillage archive (%2 MB; at most %3 MB are read).")
                .arg(path)
                .arg(info.size() / (1024 * 1024))
                .arg(options.maxFileBytes / (1024 * 1024)),
            {}};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{
            Error::Kind::Io,
            QCoreApplication::translate("maillage::archive", "The archive %1 cannot be read: check its permissions.")
                .arg(path),
            file.errorString()};
    const QByteArray bytes = file.readAll();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (document.isNull())
        return Error{Error::Kind::Unsupported,
                     QCoreApplication::translate(
                         "maillage::archive",
                         "The file %1 is not a Maillage archive: it is not valid JSON. Nothing was imported.")
                         .arg(path),
                     QStringLiteral("%1 (offset %2)").arg(parseError.errorString()).arg(parseError.offset)};
    if (!document.isObject())
        return Error{Error::Kind::Unsupported,
                     QCoreApplication::translate(
                         "maillage::archive",
                         "The file %1 is not a Maillage archive: it is JSON of another kind. Nothing was imported.")
                         .arg(path),
                     {}};
    return importArchive(db, document.object(), options);
}

} // namespace maillage::archive
