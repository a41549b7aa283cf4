// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/util/Result.h"

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <vector>

namespace maillage {

class Database;

/// A contact the yearly RGPD review should look at: nothing recorded about them for years.
struct ReviewCandidate
{
    qint64 id = 0;
    QString name;
    QString sortKey; ///< last name then first name, lower case
    QString organisation;
    QString legalBasis; ///< code (interet_legitime…)
    QDate consentConfirmedOn;
    QDate lastActivity; ///< last meeting attended, membership end or follow-up; invalid when none
};

/// What an erasure changed, for the confirmation message.
struct ErasureOutcome
{
    int textsScrubbed = 0; ///< free texts (minutes, follow-ups, decisions…) where the name was replaced
    int recipientsRemoved = 0;
    int undoBatchesDropped = 0; ///< merges that named the person, forgotten with them
    bool checkpointed = false;  ///< the write-ahead log was emptied into the file
};

/// Who is responsible for the directory, for the processing register.
struct DirectoryController
{
    QString name;
    QString chairs;
    QString coordinator;
    QString employer;
};

/// The SQL of the RGPD tools (core/privacy): a person's data, erasure, review and confirmation.
namespace privacysql {

/// Every row about a contact, as JSON sections (contact, affiliations, memberships, attendance,
/// follow_ups, recipients, roles, mentions); NotFound when the contact does not exist.
Result<QJsonObject> personData(Database& db, qint64 contactId);

/// Replaces the contact's identity with replacementName, empties their details, sets erased_on,
/// removes them from recipients, replaces every phrase of needles in every free text of the database
/// with replacementName, drops undo batches that mention them — in one transaction; then rebuilds the
/// full-text index and checkpoints the write-ahead log (TRUNCATE) so no copy remains.
Result<ErasureOutcome> erase(Database& db, qint64 contactId, const QString& replacementName, const QStringList& needles,
                             const QDate& today);

/// The phrases that identify a contact in free texts: full names both ways, with civility, e-mail, phones.
Result<QStringList> identifyingPhrases(Database& db, qint64 contactId);

/// Contacts (not erased) with no attendance, membership, follow-up, creation or confirmation since cutoff.
Result<std::vector<ReviewCandidate>> reviewCandidates(Database& db, const QDate& cutoff);
/// Records that the contacts confirmed (or the basis was checked) today, with their legal basis.
Status confirm(Database& db, const std::vector<qint64>& contactIds, const QString& legalBasisCode, const QDate& today);

/// The first council's identity (empty when the database has no council yet).
Result<DirectoryController> councilIdentity(Database& db);
/// Contacts and organisations in the directory, and contacts erased so far.
Result<std::vector<int>> directoryCounts(Database& db);

/// A council setting (council_setting) of the first council, or fallback.
QString setting(Database& db, const QString& key, const QString& fallback);
Status setSetting(Database& db, const QString& key, const QString& value);

} // namespace privacysql

} // namespace maillage
