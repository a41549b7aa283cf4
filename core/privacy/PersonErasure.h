// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/storage/PrivacySql.h"

#include <QCoreApplication>

namespace maillage {

class Database;

/// "Effacer cette personne" (RGPD right to erasure). The contact row stays, so attendance counts,
/// pillars and statistics do not change, but it becomes "Personne effacée n°<id>": details emptied,
/// out of the recipients and the search index, their name replaced in minutes, decisions and
/// follow-ups. Nothing is kept to undo it — the point is to forget.
class PersonErasure
{
    Q_DECLARE_TR_FUNCTIONS(PersonErasure)
public:
    static QString replacementName(qint64 contactId);
    static Result<ErasureOutcome> erase(Database& db, qint64 contactId, const QDate& today);
};

/// The yearly review: contacts with no activity for N years (a council setting, 3 by default), to
/// confirm (legal basis checked today) or erase.
class PrivacyReview
{
    Q_DECLARE_TR_FUNCTIONS(PrivacyReview)
public:
    static constexpr int kDefaultYears = 3;
    static int years(Database& db);
    static Status setYears(Database& db, int years);
    static Result<std::vector<ReviewCandidate>> candidates(Database& db, const QDate& today);
    static Status confirm(Database& db, const std::vector<qint64>& contactIds, const QString& legalBasisCode,
                          const QDate& today);
};

} // namespace maillage
