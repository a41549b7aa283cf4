// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/util/Result.h"

#include <QString>

#include <vector>

namespace maillage {

class Database;

/// What duplicate detection compares of a contact (erased contacts are left out).
struct ContactKeys
{
    qint64 id = 0;
    QString civility;
    QString firstName;
    QString lastName;
    QString email;
    QString phone;
    QString mobile;
};

/// What duplicate detection compares of an organisation.
struct OrganisationKeys
{
    qint64 id = 0;
    QString name;
    QString acronym;
    QString commune;
    QString siret;
    QString finess;
};

namespace duplicatequeries {
Result<std::vector<ContactKeys>> contacts(Database& db);
Result<std::vector<OrganisationKeys>> organisations(Database& db);
} // namespace duplicatequeries

} // namespace maillage
