// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/Contact.h"
#include "core/util/Result.h"

#include <QDate>

#include <optional>
#include <vector>

namespace maillage {

class Database;

enum class ContactSort { LastName, FirstName, Organisation, Updated };

/// Which contacts a list shows. Empty or zero fields do not filter.
struct ContactFilter
{
    QString text; ///< contained in the first or last name, e-mail or job title (case and accents ignored)
    std::optional<Pillar> pillar;
    qint64 organisationId = 0; ///< only contacts currently affiliated to it
    std::optional<bool> active;
    QDate day; ///< the day "currently" refers to (organisation filter and sort); invalid: today
    ContactSort sort = ContactSort::LastName;
    bool descending = false;
    int limit = 0; ///< 0: no limit
    int offset = 0;
};

/// The people of the network, and their affiliations to organisations over time.
class ContactRepository
{
public:
    explicit ContactRepository(Database& db);

    Status create(Contact& value);
    Result<Contact> get(qint64 id) const;
    Status update(Contact& value);
    /// Deletes the contact with its affiliations and memberships.
    Status remove(qint64 id);
    Result<std::vector<Contact>> list(const ContactFilter& filter = {}) const;
    int count(const ContactFilter& filter = {}) const;

    // Affiliations: a contact's organisations over time.
    Status addAffiliation(Affiliation& value);
    Result<Affiliation> affiliation(qint64 id) const;
    /// Saves dates, job title or organisation; Conflict when changed meanwhile.
    Status updateAffiliation(Affiliation& value);
    /// Closes the affiliation on lastDay (the contact left the organisation).
    Status endAffiliation(Affiliation& value, const QDate& lastDay);
    Status removeAffiliation(qint64 id);
    /// The contact moved to another organisation on day: every open affiliation ends the day before and a new one
    /// opens on day (past attendance stays under the old organisation). One transaction; the new one goes to opened.
    Status changeOrganisation(qint64 contactId, qint64 organisationId, const QDate& day, const QString& jobTitle,
                              Affiliation* opened = nullptr);
    /// The contact's affiliations, oldest first (undated ones before dated ones).
    Result<std::vector<Affiliation>> affiliations(qint64 contactId) const;
    /// The organisation the contact belonged to on day (the most recently started when several); 0 when none.
    Result<qint64> currentOrganisationId(qint64 contactId, const QDate& day) const;

private:
    Database& m_db;
};

} // namespace maillage
