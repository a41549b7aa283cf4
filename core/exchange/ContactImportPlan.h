// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/Organisation.h"
#include "core/exchange/ContactRecords.h"

#include <QHash>

namespace maillage {
class Database;
}

namespace maillage::contacts {

/// How an incoming record finds the contact it is about.
enum class MatchKey {
    Email, ///< same e-mail (case ignored); records without e-mail fall back to Name
    Name,  ///< same last name, first name and organisation (accents and case ignored)
};

enum class ImportAction { Create, Update, Skip };

struct PlannedContact
{
    int line = 0;
    ImportAction action = ImportAction::Create;
    Contact contact;          ///< what will be saved (for Update: the existing contact with the new values)
    QString organisationKey;  ///< folded organisation name; empty when none
    QString organisationName; ///< as written in the file
    bool addAffiliation = false;
    QStringList changedFields; ///< Update: the fields that receive a new value
    QString likelyDuplicateOf; ///< Create: the existing contact this one looks like (name or e-mail)
    QString reason;            ///< Skip: why
};

struct PlannedOrganisation
{
    int line = 0;
    ImportAction action = ImportAction::Create;
    QString key; ///< folded name
    Organisation organisation;
};

/// What an import will do, decided before anything is written (shown by --dry-run and the import dialog).
struct ContactImportPlan
{
    std::vector<PlannedContact> contacts;
    std::vector<PlannedOrganisation> organisations; ///< to create, or to complete (vCard KIND:org)
    std::vector<RejectedRecord> rejected;
    QHash<QString, qint64> knownOrganisations; ///< folded name or acronym → existing organisation id

    int count(ImportAction action) const;
    int likelyDuplicates() const;
};

/// Compares the records with the contacts and organisations of db. Filled fields are never blanked.
Result<ContactImportPlan> planContactImport(Database& db, const ContactBatch& batch, MatchKey key);
/// Batch kinds of the imports (undo_batch.kind).
inline QString csvImportKind()
{
    return QStringLiteral("csv_import");
}
inline QString vcardImportKind()
{
    return QStringLiteral("vcard_import");
}

/// Writes the whole plan in one transaction through the repositories: everything or nothing. The import is
/// recorded as one undo batch of batchKind labelled label (UndoBatchRepository::undo reverts it); its id goes
/// to batchId when given.
Status apply(Database& db, const ContactImportPlan& plan, const QString& batchKind = csvImportKind(),
             const QString& label = {}, qint64* batchId = nullptr);

} // namespace maillage::contacts
