// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/Contact.h"
#include "core/util/Result.h"

#include <vector>

namespace maillage::contacts {

/// Files bigger than this are refused before being read (a contact list is a few megabytes at most).
constexpr qint64 kMaxFileBytes = 50 * 1024 * 1024;
/// A single field longer than this rejects its record: no real name, address or note is that long.
constexpr int kMaxFieldChars = 10000;

/// One person (or, with isOrganisation, one organisation) read from a vCard or a CSV row.
struct IncomingContact
{
    int line = 0; ///< where the record starts in the file (1-based)
    Contact contact;
    QString organisation;          ///< name of the organisation to match or create
    QStringList organisationUnits; ///< vCard ORG units after the name ("CCAS" in "Mairie;CCAS")
    bool isOrganisation = false;   ///< vCard KIND:org: the card describes the organisation itself
    QString postcode;
    QString commune;
    QString sector; ///< sector code or label, for a new organisation
    QString pillar; ///< pillar code or label as written in the file
};

/// A record that could not be read, with where and why.
struct RejectedRecord
{
    int line = 0;
    QString reason;
};

/// What a reader got out of a file.
struct ContactBatch
{
    std::vector<IncomingContact> records;
    std::vector<RejectedRecord> rejected;
};

/// Decodes bytes as UTF-8 when they are valid UTF-8, otherwise as Windows-1252 (what French Excel writes).
QString decodeText(const QByteArray& bytes, bool* wasUtf8 = nullptr);
/// Decodes Windows-1252 (a superset of ISO-8859-1 for printable characters).
QString decodeWindows1252(const QByteArray& bytes);
/// Reads a whole file, refusing missing files and files over kMaxFileBytes.
Result<QByteArray> readContactFile(const QString& path);

} // namespace maillage::contacts
