// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/exchange/ContactRecords.h"

#include <QHash>

#include <optional>

namespace maillage::contacts {

/// A CSV file split into fields (RFC 4180: quoted fields, doubled quotes, newlines inside quotes).
struct CsvTable
{
    struct Row
    {
        int line = 0;
        QStringList fields;
    };
    QStringList header;
    std::vector<Row> rows;
    std::vector<RejectedRecord> rejected; ///< rows with a field over kMaxFieldChars
    QChar separator = u';';
    bool utf8 = true; ///< false: decoded as Windows-1252
};

/// Detects the encoding (UTF-8 with or without BOM, else Windows-1252) and the separator (, ; or tab, from the
/// header line). Invalid when a quote never closes.
Result<CsvTable> parseCsv(const QByteArray& bytes);

/// What the import dialog lets the user force instead of the detection.
struct CsvReadOptions
{
    std::optional<bool> utf8;       ///< true: UTF-8, false: Windows-1252, unset: detected
    std::optional<QChar> separator; ///< unset: detected
};
Result<CsvTable> parseCsv(const QByteArray& bytes, const CsvReadOptions& options);

/// Fields in CSV: quoted when they hold the separator, a quote or a line break.
QByteArray writeCsvLine(const QStringList& fields, QChar separator);

/// The contact fields a column can feed: civility, firstName, lastName, jobTitle, organisation, email, phone,
/// mobile, address, postcode, commune, sector, pillar, notes.
QStringList contactFieldNames();
/// Column index → field name, guessed from French or English headers (accents and case ignored).
QHash<int, QString> guessCsvMapping(const QStringList& header);
/// Column index → field name from a JSON object {"column header": "field"}; Invalid for unknown columns or fields.
Result<QHash<int, QString>> csvMappingFromJson(const QByteArray& json, const QStringList& header);
/// The rows as contacts; rows without a last name or organisation are rejected.
ContactBatch csvToContacts(const CsvTable& table, const QHash<int, QString>& mapping);

/// Reads a CSV contact file with the guessed mapping, or the JSON mapping file when mappingPath is not empty.
Result<ContactBatch> readCsvContactFile(const QString& path, const QString& mappingPath = {});

} // namespace maillage::contacts
