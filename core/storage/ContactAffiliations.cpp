// SPDX-License-Identifier: EUPL-1.2
// The affiliation half of ContactRepository: a contact's organisations over time.
#include "core/storage/ContactRepository.h"

#include "core/storage/Database.h"
#include "core/storage/NetworkSupport.h"
#include "core/storage/RecordSql.h"
#include "core/storage/SqlQuery.h"
#include "core/storage/Transaction.h"

#include <QCoreApplication>

namespace maillage {

using namespace network_sql;

namespace {

const QString kSelect = QStringLiteral("SELECT id, contact_id, organisation_id, job_title, valid_from, valid_to, "
                                       "created_at, updated_at, version FROM affiliation");

Affiliation readAffiliation(const SqlQuery& query)
{
    Affiliation value;
    records::readRecord(query, value);
    value.contactId = query.id(QStringLiteral("contact_id"));
    value.organisationId = query.id(QStringLiteral("organisation_id"));
    value.jobTitle = query.text(QStringLiteral("job_title"));
    value.validFrom = query.date(QStringLiteral("valid_from"));
    value.validTo = query.date(QStringLiteral("valid_to"));
    return value;
}

} // namespace

Status ContactRepository::addAffiliation(Affiliation& value)
{
    if (const QStringList problems = value.validate(); !problems.isEmpty())
        return invalid(problems);
    const QString now = sql::nowStamp();
    SqlQuery insert(m_db, QStringLiteral("INSERT INTO affiliation (contact_id, organisation_id, job_title, valid_from, "
                                         "valid_to, created_at, updated_at, version) VALUES (:contact, :organisation, "
                                         ":job_title, :valid_from, :valid_to, :now, :now, 1) RETURNING id"));
    insert.bind(QStringLiteral(":contact"), value.contactId)
        .bind(QStringLiteral(":organisation"), value.organisationId)
        .bind(QStringLiteral(":job_title"), value.jobTitle.trimmed())
        .bind(QStringLiteral(":valid_from"), value.validFrom)
        .bind(QStringLiteral(":valid_to"), value.validTo)
        .bind(QStringLiteral(":now"), now);
    auto id =
        insertReturningId(insert, QCoreApplication::translate("maillage::ContactRepository", "add the affiliation"));
    if (!id.ok())
        return id.error();
    records::stampInserted(value, id.value(), now);
    value.jobTitle = value.jobTitle.trimmed();
    return {};
}

Result<Affiliation> ContactRepository::affiliation(qint64 id) const
{
    SqlQuery query(m_db, kSelect + QStringLiteral(" WHERE id = :id"));
    query.bind(QStringLiteral(":id"), id);
    if (Status status = query.exec(QCoreApplication::translate("maillage::ContactRepository", "read the affiliation"));
        !status.ok())
        return status.error();
    if (!query.next())
        return Error{
            Error::Kind::NotFound,
            QCoreApplication::translate("maillage::ContactRepository", "This affiliation does not exist (any more)."),
            QStringLiteral("affiliation #%1").arg(id)};
    return readAffiliation(query);
}

Status ContactRepository::updateAffiliation(Affiliation& value)
{
    if (const QStringList problems = value.validate(); !problems.isEmpty())
        return invalid(problems);
    const QString now = sql::nowStamp();
    SqlQuery update(m_db, QStringLiteral("UPDATE affiliation SET contact_id = :contact, organisation_id = "
                                         ":organisation, job_title = :job_title, valid_from = :valid_from, valid_to = "
                                         ":valid_to, updated_at = :now, version = version + 1 "
                                         "WHERE id = :id AND version = :version"));
    update.bind(QStringLiteral(":contact"), value.contactId)
        .bind(QStringLiteral(":organisation"), value.organisationId)
        .bind(QStringLiteral(":job_title"), value.jobTitle.trimmed())
        .bind(QStringLiteral(":valid_from"), value.validFrom)
        .bind(QStringLiteral(":valid_to"), value.validTo)
        .bind(QStringLiteral(":now"), now)
        .bind(QStringLiteral(":id"), value.id)
        .bind(QStringLiteral(":version"), value.version);
    if (Status status = update.exec(QCoreApplication::translate("maillage::ContactRepository", "save the affiliation"));
        !status.ok())
        return status;
    if (Status status = records::checkUpdated(m_db, QStringLiteral("affiliation"), value, update.rowsAffected(), now);
        !status.ok())
        return status;
    value.jobTitle = value.jobTitle.trimmed();
    return {};
}

Status ContactRepository::endAffiliation(Affiliation& value, const QDate& lastDay)
{
    if (!lastDay.isValid())
        return invalid({validation::required(Affiliation::tr("Until"))});
    Affiliation ended = value;
    ended.validTo = lastDay;
    if (Status status = updateAffiliation(ended); !status.ok())
        return status;
    value = ended;
    return {};
}

Status ContactRepository::removeAffiliation(qint64 id)
{
    return records::deleteById(m_db, QStringLiteral("affiliation"), id,
                               QCoreApplication::translate("maillage::ContactRepository", "delete the affiliation"));
}

Status ContactRepository::changeOrganisation(qint64 contactId, qint64 organisationId, const QDate& day,
                                             const QString& jobTitle, Affiliation* opened)
{
    if (!day.isValid())
        return invalid({validation::required(Affiliation::tr("From"))});
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    auto all = affiliations(contactId);
    if (!all.ok())
        return all.error();
    for (Affiliation& row : all.value()) {
        if (row.validTo.isValid())
            continue;
        // Started on the same day (a correction): the new one replaces it rather than ending before it began.
        const QDate lastDay = row.validFrom.isValid() && row.validFrom >= day ? row.validFrom : day.addDays(-1);
        if (Status status = endAffiliation(row, lastDay); !status.ok())
            return status;
    }
    Affiliation next;
    next.contactId = contactId;
    next.organisationId = organisationId;
    next.jobTitle = jobTitle;
    next.validFrom = day;
    if (Status status = addAffiliation(next); !status.ok())
        return status;
    if (Status status = tx.commit(); !status.ok())
        return status;
    if (opened)
        *opened = next;
    return {};
}

Result<std::vector<Affiliation>> ContactRepository::affiliations(qint64 contactId) const
{
    // NULLs sort first on SQLite and last on PostgreSQL: say where undated rows go.
    SqlQuery query(m_db, kSelect + QStringLiteral(" WHERE contact_id = :contact ORDER BY CASE WHEN valid_from IS NULL "
                                                  "THEN 0 ELSE 1 END, valid_from, id"));
    query.bind(QStringLiteral(":contact"), contactId);
    if (Status status =
            query.exec(QCoreApplication::translate("maillage::ContactRepository", "read the contact's affiliations"));
        !status.ok())
        return status.error();
    std::vector<Affiliation> result;
    while (query.next())
        result.push_back(readAffiliation(query));
    return result;
}

Result<qint64> ContactRepository::currentOrganisationId(qint64 contactId, const QDate& day) const
{
    auto all = affiliations(contactId);
    if (!all.ok())
        return all.error();
    // Oldest first: the last one current on day is the most recently started.
    qint64 organisationId = 0;
    for (const Affiliation& row : all.value())
        if (row.isCurrentOn(day))
            organisationId = row.organisationId;
    return organisationId;
}

} // namespace maillage
