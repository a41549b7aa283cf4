// SPDX-License-Identifier: EUPL-1.2
#include "core/storage/DuplicateQueries.h"

#include "core/storage/Database.h"
#include "core/storage/SqlQuery.h"

#include <QCoreApplication>

namespace maillage::duplicatequeries {

Result<std::vector<ContactKeys>> contacts(Database& db)
{
    SqlQuery query(db, QStringLiteral("SELECT id, civility, first_name, last_name, email, phone, mobile FROM contact "
                                      "WHERE erased_on IS NULL ORDER BY id"));
    if (Status status = query.exec(QCoreApplication::translate("maillage::DuplicateQueries", "look for duplicates"));
        !status.ok())
        return status.error();
    std::vector<ContactKeys> rows;
    while (query.next())
        rows.push_back({query.id(QStringLiteral("id")), query.text(QStringLiteral("civility")),
                        query.text(QStringLiteral("first_name")), query.text(QStringLiteral("last_name")),
                        query.text(QStringLiteral("email")), query.text(QStringLiteral("phone")),
                        query.text(QStringLiteral("mobile"))});
    return rows;
}

Result<std::vector<OrganisationKeys>> organisations(Database& db)
{
    SqlQuery query(db,
                   QStringLiteral("SELECT id, name, acronym, commune, siret, finess FROM organisation ORDER BY id"));
    if (Status status = query.exec(QCoreApplication::translate("maillage::DuplicateQueries", "look for duplicates"));
        !status.ok())
        return status.error();
    std::vector<OrganisationKeys> rows;
    while (query.next())
        rows.push_back({query.id(QStringLiteral("id")), query.text(QStringLiteral("name")),
                        query.text(QStringLiteral("acronym")), query.text(QStringLiteral("commune")),
                        query.text(QStringLiteral("siret")), query.text(QStringLiteral("finess"))});
    return rows;
}

} // namespace maillage::duplicatequeries
