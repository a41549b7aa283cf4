// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/storage/DuplicateQueries.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QStringList>

#include <vector>

namespace maillage {

class Database;

/// Why two records look like the same person or organisation.
enum class DuplicateReason { SameEmail, SamePhone, SameName, SameSiret, SameFiness };

/// Two records that are probably one, the lower id first.
struct DuplicatePair
{
    qint64 firstId = 0;
    qint64 secondId = 0;
    std::vector<DuplicateReason> reasons;
    double score = 0; ///< 0…1: how sure we are

    QStringList reasonTexts() const;
};

/// Finds likely duplicates by bucketing records on normalised keys (e-mail, phone, folded name,
/// SIRET, FINESS): only records sharing a bucket are compared, so 800 contacts cost 800 inserts.
class DuplicateFinder
{
    Q_DECLARE_TR_FUNCTIONS(DuplicateFinder)
public:
    static std::vector<DuplicatePair> contacts(const std::vector<ContactKeys>& rows);
    static std::vector<DuplicatePair> organisations(const std::vector<OrganisationKeys>& rows);
    static Result<std::vector<DuplicatePair>> contacts(Database& db);
    static Result<std::vector<DuplicatePair>> organisations(Database& db);

    static QString reasonText(DuplicateReason reason);
    /// Lower case, no accents, no punctuation, single spaces: "Dr Élodie  MARTIN" → "dr elodie martin".
    static QString fold(const QString& text);
    /// The name as a key: folded, civilities dropped, words sorted (so first and last name may swap).
    static QString nameKey(const QString& civility, const QString& firstName, const QString& lastName);
    /// Digits only, +33 / 0033 turned into 0: "+33 6 12 34 56 78" → "0612345678"; empty when too short.
    static QString phoneKey(const QString& phone);
    static QString emailKey(const QString& email);
};

} // namespace maillage
