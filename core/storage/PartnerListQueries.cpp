// SPDX-License-Identifier: EUPL-1.2
#include "core/storage/PartnerListQueries.h"

#include "core/storage/Database.h"
#include "core/storage/SqlQuery.h"
#include "core/storage/SqliteFunctions.h"

#include <QCoreApplication>
#include <QStringList>

namespace maillage {

namespace {

/// "(a LIKE :p0 OR b LIKE :p1 …)" over the given columns, or empty without text.
QString textClause(const Database& db, const QString& text, const QStringList& columns)
{
    if (text.trimmed().isEmpty())
        return {};
    QStringList terms;
    for (int i = 0; i < columns.size(); ++i)
        terms << db.dialect().foldedLike(columns.at(i), QStringLiteral(":p%1").arg(i));
    return QStringLiteral(" WHERE (") + terms.join(QStringLiteral(" OR ")) + u')';
}

void bindText(SqlQuery& query, const QString& text, int columns)
{
    if (text.trimmed().isEmpty())
        return;
    const QString pattern = u'%' + sqlite::fold(text.trimmed()) + u'%';
    for (int i = 0; i < columns; ++i)
        query.bind(QStringLiteral(":p%1").arg(i), pattern);
}

const QStringList& organisationColumns()
{
    static const QStringList columns{QStringLiteral("o.name"), QStringLiteral("o.acronym"),
                                     QStringLiteral("o.commune")};
    return columns;
}

const QStringList& contactColumns()
{
    static const QStringList columns{QStringLiteral("c.first_name || ' ' || c.last_name"),
                                     QStringLiteral("c.last_name || ' ' || c.first_name"), QStringLiteral("c.email"),
                                     QStringLiteral("c.job_title")};
    return columns;
}

// The current organisation: the affiliation without an end, the latest started first.
const QString currentOrganisation =
    QStringLiteral("(SELECT o.name FROM affiliation a JOIN organisation o ON o.id = a.organisation_id "
                   "WHERE a.contact_id = c.id AND a.valid_to IS NULL "
                   "ORDER BY COALESCE(a.valid_from, '') DESC, a.id DESC LIMIT 1)");

Result<int> countWith(const Database& db, const QString& statement, const QString& text, int columns,
                      const QString& what)
{
    SqlQuery query(db, statement);
    bindText(query, text, columns);
    if (Status status = query.exec(what); !status)
        return status.error();
    return query.next() ? query.value(0).toInt() : 0;
}

} // namespace

Result<std::vector<OrganisationListRow>> PartnerListQueries::organisations(const QString& text, int offset,
                                                                           int limit) const
{
    SqlQuery query(m_db, QStringLiteral("SELECT o.id, o.name, o.acronym, s.label AS sector, o.commune, o.active "
                                        "FROM organisation o LEFT JOIN sector s ON s.id = o.sector_id") +
                             textClause(m_db, text, organisationColumns()) +
                             QStringLiteral(" ORDER BY o.name, o.id LIMIT :limit OFFSET :offset"));
    bindText(query, text, int(organisationColumns().size()));
    query.bind(QStringLiteral(":limit"), limit).bind(QStringLiteral(":offset"), offset);
    if (Status status =
            query.exec(QCoreApplication::translate("maillage::PartnerListQueries", "list the organisations"));
        !status)
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

Result<int> PartnerListQueries::countOrganisations(const QString& text) const
{
    return countWith(
        m_db, QStringLiteral("SELECT COUNT(*) FROM organisation o") + textClause(m_db, text, organisationColumns()),
        text, int(organisationColumns().size()),
        QCoreApplication::translate("maillage::PartnerListQueries", "count the organisations"));
}

Result<std::vector<ContactListRow>> PartnerListQueries::contacts(const QString& text, int offset, int limit) const
{
    SqlQuery query(m_db, QStringLiteral("SELECT c.id, c.civility, c.first_name, c.last_name, c.pillar, c.email, "
                                        "c.active, ") +
                             currentOrganisation + QStringLiteral(" AS organisation FROM contact c") +
                             textClause(m_db, text, contactColumns()) +
                             QStringLiteral(" ORDER BY c.last_name, c.first_name, c.id LIMIT :limit OFFSET :offset"));
    bindText(query, text, int(contactColumns().size()));
    query.bind(QStringLiteral(":limit"), limit).bind(QStringLiteral(":offset"), offset);
    if (Status status = query.exec(QCoreApplication::translate("maillage::PartnerListQueries", "list the contacts"));
        !status)
        return status.error();
    std::vector<ContactListRow> rows;
    while (query.next()) {
        ContactListRow row;
        row.id = query.id(QStringLiteral("id"));
        row.civility = query.text(QStringLiteral("civility"));
        row.firstName = query.text(QStringLiteral("first_name"));
        row.lastName = query.text(QStringLiteral("last_name"));
        row.organisation = query.text(QStringLiteral("organisation"));
        row.pillar = query.text(QStringLiteral("pillar"));
        row.email = query.text(QStringLiteral("email"));
        row.active = query.flag(QStringLiteral("active"));
        rows.push_back(std::move(row));
    }
    return rows;
}

Result<int> PartnerListQueries::countContacts(const QString& text) const
{
    return countWith(m_db, QStringLiteral("SELECT COUNT(*) FROM contact c") + textClause(m_db, text, contactColumns()),
                     text, int(contactColumns().size()),
                     QCoreApplication::translate("maillage::PartnerListQueries", "count the contacts"));
}

} // namespace maillage
