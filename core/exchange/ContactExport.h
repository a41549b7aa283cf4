// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/exchange/VCardWriter.h"
#include "core/util/Result.h"

namespace maillage {
class Database;
}

namespace maillage::contacts {

/// Every contact with the name of their current organisation, by last name.
Result<std::vector<ExportedContact>> exportedContacts(Database& db);

/// The CSV columns of an export (French, as the coordinators' spreadsheets; read back by the header guess).
QStringList csvExportHeader();
/// Contacts as CSV: UTF-8 with a BOM (so French Excel reads the accents), CRLF, separator ';' or ','.
QByteArray writeContactsCsv(const std::vector<ExportedContact>& contacts, QChar separator = u';');

enum class ContactFileFormat { VCard, Csv };
struct ContactFileOptions
{
    ContactFileFormat format = ContactFileFormat::VCard;
    VCardVersion version = VCardVersion::V4;
    QChar separator = u';'; ///< CSV: ';' for French Excel, or ','
};
/// Writes the contacts of db to path.
Status writeContactsFile(Database& db, const QString& path, const ContactFileOptions& options);

} // namespace maillage::contacts
