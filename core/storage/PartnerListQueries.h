// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/util/Result.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace maillage {

class Database;

struct OrganisationListRow
{
    qint64 id = 0;
    QString name;
    QString acronym;
    QString sector; ///< the sector's label, empty when none
    QString commune;
    bool active = true;
};

struct ContactListRow
{
    qint64 id = 0;
    QString civility;
    QString firstName;
    QString lastName;
    QString organisation; ///< the current affiliation's organisation, if any
    QString jobTitle;
    QString pillar; ///< Pillar code
    QString email;
    QString phone; ///< phone, else mobile
    bool active = true;
    QDate erasedOn;
};

/// The columns the lists sort on (the models' columns map onto these).
enum class PartnerSort { Name, Acronym, Sector, Commune, Active, Organisation, JobTitle, Pillar, Email, Phone };

/// What the partners lists show. Empty or zero fields do not filter.
struct PartnerFilter
{
    QString text;          ///< every word must appear in the name, e-mail, function, organisation… (accents ignored)
    qint64 sectorId = 0;   ///< the organisation's sector (a contact: their current organisation's)
    QString commune;       ///< the organisation's commune (a contact: their current organisation's), case ignored
    QString pillar;        ///< contacts only: Pillar code
    qint64 instanceId = 0; ///< currently a member of the instance (a contact directly, an organisation too)
    std::optional<bool> active;
    PartnerSort sort = PartnerSort::Name;
    bool descending = false;
};

inline PartnerFilter textFilter(const QString& text)
{
    PartnerFilter filter;
    filter.text = text;
    return filter;
}

/// One row of a contact's affiliation history or of an organisation's people.
struct AffiliationRow
{
    qint64 id = 0; ///< the affiliation
    qint64 contactId = 0;
    qint64 organisationId = 0;
    QString contactName;
    QString organisationName;
    QString jobTitle;
    QDate validFrom;
    QDate validTo;
    bool current = false;
};

/// One membership in an instance, seen from a contact or an organisation.
struct MembershipRow
{
    qint64 instanceId = 0;
    QString instanceName;
    QString role;   ///< MemberRole code
    QString member; ///< who holds the seat (the contact, or the organisation itself)
    QDate validFrom;
    QDate validTo;
    bool current = false;
};

/// Read-only queries behind the partners section, page by page.
class PartnerListQueries
{
public:
    explicit PartnerListQueries(const Database& db) : m_db(db) {}

    Result<std::vector<OrganisationListRow>> organisations(const PartnerFilter& filter, int offset, int limit) const;
    Result<int> countOrganisations(const PartnerFilter& filter) const;
    Result<std::vector<ContactListRow>> contacts(const PartnerFilter& filter, int offset, int limit) const;
    Result<int> countContacts(const PartnerFilter& filter) const;

    // Kept for callers that only search.
    Result<std::vector<OrganisationListRow>> organisations(const QString& text, int offset, int limit) const
    {
        return organisations(textFilter(text), offset, limit);
    }
    Result<int> countOrganisations(const QString& text) const { return countOrganisations(textFilter(text)); }
    Result<std::vector<ContactListRow>> contacts(const QString& text, int offset, int limit) const
    {
        return contacts(textFilter(text), offset, limit);
    }
    Result<int> countContacts(const QString& text) const { return countContacts(textFilter(text)); }

    /// The communes of the organisations, sorted, for the filter.
    Result<QStringList> communes() const;
    /// A contact's organisations over time, current first then most recent.
    Result<std::vector<AffiliationRow>> affiliationsOf(qint64 contactId, const QDate& day) const;
    /// The people of an organisation (current and past), current first.
    Result<std::vector<AffiliationRow>> peopleOf(qint64 organisationId, const QDate& day) const;
    /// The instances the contact sits in.
    Result<std::vector<MembershipRow>> instancesOfContact(qint64 contactId, const QDate& day) const;
    /// The instances the organisation sits in, as itself or through one of its current people.
    Result<std::vector<MembershipRow>> instancesOfOrganisation(qint64 organisationId, const QDate& day) const;

private:
    const Database& m_db;
};

} // namespace maillage
