// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/util/Result.h"

#include <QString>

#include <vector>

namespace maillage {

class Database;

struct OrganisationListRow {
    qint64 id = 0;
    QString name;
    QString acronym;
    QString sector; ///< the sector's label, empty when none
    QString commune;
    bool active = true;
};

struct ContactListRow {
    qint64 id = 0;
    QString civility;
    QString firstName;
    QString lastName;
    QString organisation; ///< the current affiliation's organisation, if any
    QString pillar;       ///< Pillar code
    QString email;
    bool active = true;
};

/// Read-only queries behind the partners lists, sorted by name, page by page.
/// text keeps the rows whose name (or acronym, commune, e-mail…) contains it, accents and case ignored.
class PartnerListQueries
{
public:
    explicit PartnerListQueries(const Database& db) : m_db(db) {}

    Result<std::vector<OrganisationListRow>> organisations(const QString& text, int offset, int limit) const;
    Result<int> countOrganisations(const QString& text) const;
    Result<std::vector<ContactListRow>> contacts(const QString& text, int offset, int limit) const;
    Result<int> countContacts(const QString& text) const;

private:
    const Database& m_db;
};

} // namespace maillage
