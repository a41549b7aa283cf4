// SPDX-License-Identifier: EUPL-1.2
// The detail half of PartnerListQueries: affiliation history, people and instance memberships.
#include "core/domain/Contact.h"
#include "core/storage/Database.h"
#include "core/storage/PartnerListQueries.h"
#include "core/storage/SqlQuery.h"

#include <QCoreApplication>

#include <algorithm>

namespace maillage {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("maillage::PartnerListQueries", text);
}

bool currentOn(const QDate& from, const QDate& to, const QDate& day)
{
    return (!from.isValid() || from <= day) && (!to.isValid() || day <= to);
}

const QString kAffiliationSelect = QStringLiteral(
    "SELECT a.id, a.contact_id, a.organisation_id, a.job_title, a.valid_from, a.valid_to, o.name AS organisation, "
    "o.acronym, c.civility, c.first_name, c.last_name, c.erased_on FROM affiliation a "
    "JOIN organisation o ON o.id = a.organisation_id JOIN contact c ON c.id = a.contact_id ");

QString personName(const SqlQuery& query, const QString& prefix, qint64 id)
{
    if (query.date(prefix + QStringLiteral("erased_on")).isValid())
        return Contact::tr("Erased person no. %1").arg(id);
    QStringList parts;
    for (const char* column : {"civility", "first_name", "last_name"})
        if (const QString part = query.text(prefix + QString::fromLatin1(column)).trimmed(); !part.isEmpty())
            parts << part;
    return parts.join(u' ');
}

Result<std::vector<AffiliationRow>> readAffiliations(const Database& db, const QString& where, qint64 id,
                                                     const QDate& day)
{
    SqlQuery query(db, kAffiliationSelect + where);
    query.bind(QStringLiteral(":id"), id);
    if (Status status =
            query.exec(QCoreApplication::translate("maillage::PartnerListQueries", "read the affiliations"));
        !status)
        return status.error();
    std::vector<AffiliationRow> rows;
    while (query.next()) {
        AffiliationRow row;
        row.id = query.id(QStringLiteral("id"));
        row.contactId = query.id(QStringLiteral("contact_id"));
        row.organisationId = query.id(QStringLiteral("organisation_id"));
        row.jobTitle = query.text(QStringLiteral("job_title"));
        row.validFrom = query.date(QStringLiteral("valid_from"));
        row.validTo = query.date(QStringLiteral("valid_to"));
        row.organisationName = query.text(QStringLiteral("organisation"));
        row.contactName = personName(query, {}, row.contactId);
        row.current = currentOn(row.validFrom, row.validTo, day);
        rows.push_back(std::move(row));
    }
    // Current first, then the most recent: the history reads from now backwards.
    std::stable_sort(rows.begin(), rows.end(), [](const AffiliationRow& a, const AffiliationRow& b) {
        if (a.current != b.current)
            return a.current;
        return a.validFrom > b.validFrom;
    });
    return rows;
}

Result<std::vector<MembershipRow>> readMemberships(const Database& db, const QString& statement, qint64 id,
                                                   const QDate& day)
{
    SqlQuery query(db, statement);
    query.bind(QStringLiteral(":id"), id);
    if (statement.contains(QLatin1String(":id2")))
        query.bind(QStringLiteral(":id2"), id);
    if (Status status = query.exec(QCoreApplication::translate("maillage::PartnerListQueries", "read the memberships"));
        !status)
        return status.error();
    std::vector<MembershipRow> rows;
    while (query.next()) {
        MembershipRow row;
        row.instanceId = query.id(QStringLiteral("instance_id"));
        row.instanceName = query.text(QStringLiteral("instance_name"));
        row.role = query.text(QStringLiteral("role"));
        row.validFrom = query.date(QStringLiteral("valid_from"));
        row.validTo = query.date(QStringLiteral("valid_to"));
        row.member = query.id(QStringLiteral("contact_id")) > 0
                         ? personName(query, QStringLiteral("c_"), query.id(QStringLiteral("contact_id")))
                         : query.text(QStringLiteral("organisation"));
        row.current = currentOn(row.validFrom, row.validTo, day);
        rows.push_back(std::move(row));
    }
    std::stable_sort(rows.begin(), rows.end(),
                     [](const MembershipRow& a, const MembershipRow& b) { return a.current && !b.current; });
    return rows;
}

const QString kMembershipSelect = QStringLiteral(
    "SELECT m.id, m.instance_id, i.name AS instance_name, m.role, m.valid_from, m.valid_to, m.contact_id, "
    "c.civility AS c_civility, c.first_name AS c_first_name, c.last_name AS c_last_name, c.erased_on AS c_erased_on, "
    "mo.name AS organisation FROM instance_member m JOIN instance i ON i.id = m.instance_id "
    "LEFT JOIN contact c ON c.id = m.contact_id LEFT JOIN organisation mo ON mo.id = m.organisation_id ");

} // namespace

Result<QStringList> PartnerListQueries::communes() const
{
    SqlQuery query(m_db, QStringLiteral("SELECT DISTINCT commune FROM organisation WHERE commune <> '' "
                                        "ORDER BY commune"));
    if (Status status = query.exec(tr("list the communes")); !status)
        return status.error();
    QStringList communes;
    while (query.next())
        communes << query.text(QStringLiteral("commune"));
    return communes;
}

Result<std::vector<AffiliationRow>> PartnerListQueries::affiliationsOf(qint64 contactId, const QDate& day) const
{
    return readAffiliations(m_db, QStringLiteral("WHERE a.contact_id = :id ORDER BY a.id"), contactId, day);
}

Result<std::vector<AffiliationRow>> PartnerListQueries::peopleOf(qint64 organisationId, const QDate& day) const
{
    return readAffiliations(m_db, QStringLiteral("WHERE a.organisation_id = :id ORDER BY c.last_name, a.id"),
                            organisationId, day);
}

Result<std::vector<MembershipRow>> PartnerListQueries::instancesOfContact(qint64 contactId, const QDate& day) const
{
    return readMemberships(m_db, kMembershipSelect + QStringLiteral("WHERE m.contact_id = :id ORDER BY i.name, m.id"),
                           contactId, day);
}

Result<std::vector<MembershipRow>> PartnerListQueries::instancesOfOrganisation(qint64 organisationId,
                                                                               const QDate& day) const
{
    // Seats held by the organisation, or by people whose open affiliation is with it.
    return readMemberships(m_db,
                           kMembershipSelect +
                               QStringLiteral("WHERE m.organisation_id = :id OR m.contact_id IN (SELECT a.contact_id "
                                              "FROM affiliation a WHERE a.organisation_id = :id2 AND a.valid_to IS "
                                              "NULL) ORDER BY i.name, m.id"),
                           organisationId, day);
}

} // namespace maillage
