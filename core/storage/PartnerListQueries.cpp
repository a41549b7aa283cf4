// SPDX-License-Identifier: EUPL-1.2
#include "core/storage/PartnerListQueries.h"

#include "core/storage/Database.h"
#include "core/storage/SearchRepository.h"
#include "core/storage/SqlQuery.h"
#include "core/storage/SqliteFunctions.h"

#include <QCoreApplication>

namespace maillage {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("maillage::PartnerListQueries", text);
}

// The current organisation of contact c: the open affiliation, the latest started first.
QString currentOrganisation(const QString& column)
{
    return QStringLiteral("(SELECT o2.%1 FROM affiliation a2 JOIN organisation o2 ON o2.id = a2.organisation_id "
                          "WHERE a2.contact_id = c.id AND a2.valid_to IS NULL "
                          "ORDER BY COALESCE(a2.valid_from, '') DESC, a2.id DESC LIMIT 1)")
        .arg(column);
}

// A membership of the instance current on :day.
const QString kCurrentMember = QStringLiteral("m.instance_id = :instance AND (m.valid_from IS NULL OR m.valid_from <= "
                                              ":day) AND (m.valid_to IS NULL OR m.valid_to >= :day2)");

struct Clause
{
    QString where;
    QStringList terms;
};

// WHERE … for both lists: every search word must appear in the folded searchable text.
Clause whereClause(const Database& db, const PartnerFilter& filter, bool contacts)
{
    Clause clause;
    QStringList conditions;
    const QString searchable =
        contacts ? QStringLiteral("(c.first_name || ' ' || c.last_name || ' ' || c.email || ' ' || c.job_title || ' ' "
                                  "|| c.phone || ' ' || c.mobile || ' ' || COALESCE(%1, ''))")
                       .arg(currentOrganisation(QStringLiteral("name")))
                 : QStringLiteral("(o.name || ' ' || o.acronym || ' ' || o.commune || ' ' || o.email || ' ' || "
                                  "o.siret || ' ' || o.finess)");
    clause.terms = SearchRepository::terms(filter.text);
    for (int i = 0; i < clause.terms.size(); ++i)
        conditions << db.dialect().foldedLike(searchable, QStringLiteral(":t%1").arg(i));
    const QString organisationOf = contacts ? currentOrganisation(QStringLiteral("id")) : QStringLiteral("o.id");
    if (filter.sectorId > 0)
        conditions << QStringLiteral("EXISTS (SELECT 1 FROM organisation fs WHERE fs.id = %1 AND fs.sector_id = "
                                     ":sector)")
                          .arg(organisationOf);
    if (!filter.commune.trimmed().isEmpty())
        conditions << QStringLiteral("EXISTS (SELECT 1 FROM organisation fc WHERE fc.id = %1 AND %2 = :commune)")
                          .arg(organisationOf, db.dialect().folded(QStringLiteral("fc.commune")));
    if (contacts && !filter.pillar.isEmpty())
        conditions << QStringLiteral("c.pillar = :pillar");
    if (filter.instanceId > 0)
        conditions << (contacts ? QStringLiteral("EXISTS (SELECT 1 FROM instance_member m WHERE m.contact_id = c.id "
                                                 "AND %1)")
                                : QStringLiteral("EXISTS (SELECT 1 FROM instance_member m LEFT JOIN affiliation ma ON "
                                                 "ma.contact_id = m.contact_id AND ma.valid_to IS NULL WHERE (m."
                                                 "organisation_id = o.id OR ma.organisation_id = o.id) AND %1)"))
                          .arg(kCurrentMember);
    if (filter.active)
        conditions << (contacts ? QStringLiteral("c.active = :active") : QStringLiteral("o.active = :active"));
    if (contacts && filter.active.value_or(false))
        conditions << QStringLiteral("c.erased_on IS NULL"); // an erased person is never "active"
    if (!conditions.isEmpty())
        clause.where = QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    return clause;
}

void bindClause(SqlQuery& query, const Clause& clause, const PartnerFilter& filter, bool contacts)
{
    for (int i = 0; i < clause.terms.size(); ++i)
        query.bind(QStringLiteral(":t%1").arg(i), u'%' + clause.terms.at(i) + u'%');
    if (filter.sectorId > 0)
        query.bind(QStringLiteral(":sector"), filter.sectorId);
    if (!filter.commune.trimmed().isEmpty())
        query.bind(QStringLiteral(":commune"), sqlite::fold(filter.commune.trimmed()));
    if (contacts && !filter.pillar.isEmpty())
        query.bind(QStringLiteral(":pillar"), filter.pillar);
    if (filter.instanceId > 0)
        query.bind(QStringLiteral(":instance"), filter.instanceId)
            .bind(QStringLiteral(":day"), QDate::currentDate())
            .bind(QStringLiteral(":day2"), QDate::currentDate());
    if (filter.active)
        query.bind(QStringLiteral(":active"), *filter.active);
}

QString orderBy(const Database& db, const PartnerFilter& filter, bool contacts)
{
    const QString dir = filter.descending ? QStringLiteral(" DESC") : QString();
    auto f = [&db](const QString& column) { return db.dialect().folded(column); };
    QStringList keys;
    if (contacts) {
        const QString name =
            f(QStringLiteral("c.last_name")) + dir + QStringLiteral(", ") + f(QStringLiteral("c.first_name")) + dir;
        switch (filter.sort) {
        case PartnerSort::Organisation:
            keys << f(QStringLiteral("COALESCE(%1, '')").arg(currentOrganisation(QStringLiteral("name")))) + dir;
            break;
        case PartnerSort::JobTitle:
            keys << f(QStringLiteral("c.job_title")) + dir;
            break;
        case PartnerSort::Pillar:
            keys << QStringLiteral("c.pillar") + dir;
            break;
        case PartnerSort::Email:
            keys << f(QStringLiteral("c.email")) + dir;
            break;
        case PartnerSort::Phone:
            keys << QStringLiteral("c.phone") + dir;
            break;
        case PartnerSort::Active:
            keys << QStringLiteral("c.active") + dir;
            break;
        default:
            break;
        }
        keys << name << QStringLiteral("c.id") + dir;
    } else {
        switch (filter.sort) {
        case PartnerSort::Acronym:
            keys << f(QStringLiteral("o.acronym")) + dir;
            break;
        case PartnerSort::Sector:
            keys << f(QStringLiteral("COALESCE(s.label, '')")) + dir;
            break;
        case PartnerSort::Commune:
            keys << f(QStringLiteral("o.commune")) + dir;
            break;
        case PartnerSort::Active:
            keys << QStringLiteral("o.active") + dir;
            break;
        default:
            break;
        }
        keys << f(QStringLiteral("o.name")) + dir << QStringLiteral("o.id") + dir;
    }
    return QStringLiteral(" ORDER BY ") + keys.join(QStringLiteral(", "));
}

Result<int> countWith(const Database& db, const QString& from, const PartnerFilter& filter, bool contacts)
{
    const Clause clause = whereClause(db, filter, contacts);
    SqlQuery query(db, QStringLiteral("SELECT COUNT(*) ") + from + clause.where);
    bindClause(query, clause, filter, contacts);
    if (Status status = query.exec(
            contacts ? QCoreApplication::translate("maillage::PartnerListQueries", "count the contacts")
                     : QCoreApplication::translate("maillage::PartnerListQueries", "count the organisations"));
        !status)
        return status.error();
    return query.next() ? query.value(0).toInt() : 0;
}

const QString kOrganisationFrom = QStringLiteral("FROM organisation o LEFT JOIN sector s ON s.id = o.sector_id");
const QString kContactFrom = QStringLiteral("FROM contact c");

} // namespace

Result<std::vector<OrganisationListRow>> PartnerListQueries::organisations(const PartnerFilter& filter, int offset,
                                                                           int limit) const
{
    const Clause clause = whereClause(m_db, filter, false);
    SqlQuery query(m_db, QStringLiteral("SELECT o.id, o.name, o.acronym, s.label AS sector, o.commune, o.active ") +
                             kOrganisationFrom + clause.where + orderBy(m_db, filter, false) +
                             QStringLiteral(" LIMIT :limit OFFSET :offset"));
    bindClause(query, clause, filter, false);
    query.bind(QStringLiteral(":limit"), limit).bind(QStringLiteral(":offset"), offset);
    if (Status status = query.exec(tr("list the organisations")); !status)
        return status.error();
    std::vector<OrganisationListRow> rows;
    while (query.next()) {
        OrganisationListRow row;
        row.id = query.id(QStringLiteral("id"));
        row.name = query.text(QStringLiteral("name"));
        row.acronym = query.text(QStringLiteral("acronym"));
        row.sector = query.text(QStringLiteral("sector"));
        row.commune = query.text(QStringLiteral("commune"));
        row.active = query.flag(QStringLiteral("active"));
        rows.push_back(std::move(row));
    }
    return rows;
}

Result<int> PartnerListQueries::countOrganisations(const PartnerFilter& filter) const
{
    return countWith(m_db, kOrganisationFrom, filter, false);
}

Result<std::vector<ContactListRow>> PartnerListQueries::contacts(const PartnerFilter& filter, int offset,
                                                                 int limit) const
{
    const Clause clause = whereClause(m_db, filter, true);
    SqlQuery query(m_db, QStringLiteral("SELECT c.id, c.civility, c.first_name, c.last_name, c.job_title, c.pillar, "
                                        "c.email, c.phone, c.mobile, c.active, c.erased_on, ") +
                             currentOrganisation(QStringLiteral("name")) + QStringLiteral(" AS organisation ") +
                             kContactFrom + clause.where + orderBy(m_db, filter, true) +
                             QStringLiteral(" LIMIT :limit OFFSET :offset"));
    bindClause(query, clause, filter, true);
    query.bind(QStringLiteral(":limit"), limit).bind(QStringLiteral(":offset"), offset);
    if (Status status = query.exec(tr("list the contacts")); !status)
        return status.error();
    std::vector<ContactListRow> rows;
    while (query.next()) {
        ContactListRow row;
        row.id = query.id(QStringLiteral("id"));
        row.civility = query.text(QStringLiteral("civility"));
        row.firstName = query.text(QStringLiteral("first_name"));
        row.lastName = query.text(QStringLiteral("last_name"));
        row.organisation = query.text(QStringLiteral("organisation"));
        row.jobTitle = query.text(QStringLiteral("job_title"));
        row.pillar = query.text(QStringLiteral("pillar"));
        row.email = query.text(QStringLiteral("email"));
        row.phone = query.text(QStringLiteral("phone"));
        if (row.phone.isEmpty())
            row.phone = query.text(QStringLiteral("mobile"));
        row.active = query.flag(QStringLiteral("active"));
        row.erasedOn = query.date(QStringLiteral("erased_on"));
        rows.push_back(std::move(row));
    }
    return rows;
}

Result<int> PartnerListQueries::countContacts(const PartnerFilter& filter) const
{
    return countWith(m_db, kContactFrom, filter, true);
}

} // namespace maillage
