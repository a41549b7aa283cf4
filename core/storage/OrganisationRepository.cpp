// SPDX-License-Identifier: EUPL-1.2
#include "core/storage/OrganisationRepository.h"

#include "core/storage/Database.h"
#include "core/storage/NetworkSupport.h"
#include "core/storage/RecordSql.h"
#include "core/storage/SearchIndex.h"
#include "core/storage/SqlQuery.h"
#include "core/storage/Transaction.h"

#include <QCoreApplication>

namespace maillage {

using namespace network_sql;

namespace {

const QString kColumns = QStringLiteral(
    "o.id, o.name, o.acronym, o.sector_id, o.org_type, o.address, o.postcode, o.commune, o.phone, o.email, "
    "o.website, o.active, o.notes, o.siret, o.finess, o.created_at, o.updated_at, o.version");

void bindOrganisation(SqlQuery& query, const Organisation& value)
{
    query.bind(QStringLiteral(":name"), value.name.trimmed())
        .bind(QStringLiteral(":acronym"), value.acronym.trimmed())
        .bindId(QStringLiteral(":sector_id"), value.sectorId)
        .bind(QStringLiteral(":org_type"), value.type)
        .bind(QStringLiteral(":address"), value.address)
        .bind(QStringLiteral(":postcode"), value.postcode.trimmed())
        .bind(QStringLiteral(":commune"), value.commune.trimmed())
        .bind(QStringLiteral(":phone"), value.phone)
        .bind(QStringLiteral(":email"), value.email.trimmed())
        .bind(QStringLiteral(":website"), value.website.trimmed())
        .bind(QStringLiteral(":active"), value.active)
        .bind(QStringLiteral(":notes"), value.notes)
        .bind(QStringLiteral(":siret"), QString(value.siret).remove(u' '))
        .bind(QStringLiteral(":finess"), QString(value.finess).remove(u' ').toUpper());
}

Organisation readOrganisation(const SqlQuery& query)
{
    Organisation value;
    records::readRecord(query, value);
    value.name = query.text(QStringLiteral("name"));
    value.acronym = query.text(QStringLiteral("acronym"));
    value.sectorId = query.id(QStringLiteral("sector_id"));
    value.type = query.text(QStringLiteral("org_type"));
    value.address = query.text(QStringLiteral("address"));
    value.postcode = query.text(QStringLiteral("postcode"));
    value.commune = query.text(QStringLiteral("commune"));
    value.phone = query.text(QStringLiteral("phone"));
    value.email = query.text(QStringLiteral("email"));
    value.website = query.text(QStringLiteral("website"));
    value.active = query.flag(QStringLiteral("active"));
    value.notes = query.text(QStringLiteral("notes"));
    value.siret = query.text(QStringLiteral("siret"));
    value.finess = query.text(QStringLiteral("finess"));
    return value;
}

void trimLike(Organisation& value)
{
    value.name = value.name.trimmed();
    value.acronym = value.acronym.trimmed();
    value.postcode = value.postcode.trimmed();
    value.commune = value.commune.trimmed();
    value.email = value.email.trimmed();
    value.website = value.website.trimmed();
    value.siret.remove(u' ');
    value.finess = value.finess.remove(u' ').toUpper();
}

// FROM … WHERE … shared by list() and count(); binds with bindFilter().
QString fromWhere(const Database& db, const OrganisationFilter& filter)
{
    QString sql = QStringLiteral(" FROM organisation o LEFT JOIN sector s ON s.id = o.sector_id WHERE 1 = 1");
    const Dialect& dialect = db.dialect();
    if (!filter.text.trimmed().isEmpty())
        sql += QStringLiteral(" AND (%1 OR %2 OR %3)")
                   .arg(dialect.foldedLike(QStringLiteral("o.name"), QStringLiteral(":text1")),
                        dialect.foldedLike(QStringLiteral("o.acronym"), QStringLiteral(":text2")),
                        dialect.foldedLike(QStringLiteral("o.commune"), QStringLiteral(":text3")));
    if (filter.sectorId > 0)
        sql += QStringLiteral(" AND o.sector_id = :sector_id");
    if (filter.active)
        sql += QStringLiteral(" AND o.active = :active");
    if (filter.councilId > 0)
        sql += QStringLiteral(" AND EXISTS (SELECT 1 FROM council_partner cp WHERE cp.organisation_id = o.id "
                              "AND cp.council_id = :council_id)");
    return sql;
}

void bindFilter(SqlQuery& query, const OrganisationFilter& filter)
{
    if (!filter.text.trimmed().isEmpty()) {
        // One placeholder per use: the drivers differ in how they treat a repeated name.
        const QString pattern = Dialect::containsPattern(filter.text);
        query.bind(QStringLiteral(":text1"), pattern)
            .bind(QStringLiteral(":text2"), pattern)
            .bind(QStringLiteral(":text3"), pattern);
    }
    if (filter.sectorId > 0)
        query.bind(QStringLiteral(":sector_id"), filter.sectorId);
    if (filter.active)
        query.bind(QStringLiteral(":active"), *filter.active);
    if (filter.councilId > 0)
        query.bind(QStringLiteral(":council_id"), filter.councilId);
}

QString orderBy(const Database& db, const OrganisationFilter& filter)
{
    const QString direction = filter.descending ? QStringLiteral(" DESC") : QString();
    const QString name = db.dialect().folded(QStringLiteral("o.name")) + direction;
    QString keys;
    switch (filter.sort) {
    case OrganisationSort::Name:
        keys = name;
        break;
    case OrganisationSort::Sector:
        // Organisations without a sector come last whatever the engine's NULL ordering.
        keys = QStringLiteral("CASE WHEN s.id IS NULL THEN 1 ELSE 0 END%1, s.position%1, s.label%1, %2")
                   .arg(direction, name);
        break;
    case OrganisationSort::Commune:
        keys = db.dialect().folded(QStringLiteral("o.commune")) + direction + QStringLiteral(", ") + name;
        break;
    case OrganisationSort::Updated:
        keys = QStringLiteral("o.updated_at") + direction;
        break;
    }
    return QStringLiteral(" ORDER BY ") + keys + QStringLiteral(", o.id") + direction;
}

} // namespace

OrganisationRepository::OrganisationRepository(Database& db) : m_db(db) {}

Status OrganisationRepository::create(Organisation& value)
{
    if (const QStringList problems = value.validate(); !problems.isEmpty())
        return invalid(problems);
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    const QString now = sql::nowStamp();
    SqlQuery insert(
        m_db,
        QStringLiteral(
            "INSERT INTO organisation (name, acronym, sector_id, org_type, address, postcode, commune, phone, email, "
            "website, active, notes, siret, finess, created_at, updated_at, version) VALUES (:name, :acronym, "
            ":sector_id, "
            ":org_type, :address, :postcode, :commune, :phone, :email, :website, :active, :notes, :siret, :finess, "
            ":now, :now, 1) RETURNING id"));
    bindOrganisation(insert, value);
    insert.bind(QStringLiteral(":now"), now);
    if (Status status = finishIndexedInsert(
            m_db, tx, insert, SearchKind::Organisation, value, now,
            QCoreApplication::translate("maillage::OrganisationRepository", "create the organisation %1")
                .arg(value.name.trimmed()));
        !status.ok())
        return status;
    trimLike(value);
    return {};
}

Result<Organisation> OrganisationRepository::get(qint64 id) const
{
    SqlQuery query(m_db, QStringLiteral("SELECT %1 FROM organisation o WHERE o.id = :id").arg(kColumns));
    query.bind(QStringLiteral(":id"), id);
    if (Status status =
            query.exec(QCoreApplication::translate("maillage::OrganisationRepository", "read the organisation"));
        !status.ok())
        return status.error();
    if (!query.next())
        return Error{Error::Kind::NotFound,
                     QCoreApplication::translate("maillage::OrganisationRepository",
                                                 "This organisation does not exist (any more)."),
                     QStringLiteral("organisation #%1").arg(id)};
    return readOrganisation(query);
}

Status OrganisationRepository::update(Organisation& value)
{
    if (const QStringList problems = value.validate(); !problems.isEmpty())
        return invalid(problems);
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    const QString now = sql::nowStamp();
    SqlQuery update(
        m_db,
        QStringLiteral(
            "UPDATE organisation SET name = :name, acronym = :acronym, sector_id = :sector_id, org_type = :org_type, "
            "address = :address, postcode = :postcode, commune = :commune, phone = :phone, email = :email, website = "
            ":website, active = :active, notes = :notes, siret = :siret, finess = :finess, updated_at = :now, version "
            "= version + 1 "
            "WHERE id = :id AND version = :version"));
    bindOrganisation(update, value);
    update.bind(QStringLiteral(":now"), now)
        .bind(QStringLiteral(":id"), value.id)
        .bind(QStringLiteral(":version"), value.version);
    if (Status status = finishIndexedUpdate(
            m_db, tx, update, QStringLiteral("organisation"), SearchKind::Organisation, value, now,
            QCoreApplication::translate("maillage::OrganisationRepository", "save the organisation %1")
                .arg(value.name.trimmed()));
        !status.ok())
        return status;
    trimLike(value);
    return {};
}

Status OrganisationRepository::remove(qint64 id)
{
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    if (Status status = records::deleteById(
            m_db, QStringLiteral("organisation"), id,
            QCoreApplication::translate("maillage::OrganisationRepository", "delete the organisation"));
        !status.ok())
        return status;
    if (Status status = SearchIndex(m_db).remove(SearchKind::Organisation, id); !status.ok())
        return status;
    return tx.commit();
}

Result<std::vector<Organisation>> OrganisationRepository::list(const OrganisationFilter& filter) const
{
    QString statement = QStringLiteral("SELECT ") + kColumns + fromWhere(m_db, filter) + orderBy(m_db, filter);
    if (filter.limit > 0)
        statement += QStringLiteral(" LIMIT %1 OFFSET %2").arg(filter.limit).arg(qMax(0, filter.offset));
    SqlQuery query(m_db, statement);
    bindFilter(query, filter);
    if (Status status =
            query.exec(QCoreApplication::translate("maillage::OrganisationRepository", "list the organisations"));
        !status.ok())
        return status.error();
    std::vector<Organisation> organisations;
    while (query.next())
        organisations.push_back(readOrganisation(query));
    return organisations;
}

int OrganisationRepository::count(const OrganisationFilter& filter) const
{
    SqlQuery query(m_db, QStringLiteral("SELECT COUNT(*)") + fromWhere(m_db, filter));
    bindFilter(query, filter);
    if (!query.exec(QCoreApplication::translate("maillage::OrganisationRepository", "count the organisations")).ok() ||
        !query.next())
        return 0;
    return query.value(0).toInt();
}

Status OrganisationRepository::addToCouncil(qint64 organisationId, qint64 councilId, const QDate& since)
{
    const QString what = QCoreApplication::translate("maillage::OrganisationRepository",
                                                     "add the organisation to the council's partners");
    SqlQuery existing(m_db, QStringLiteral("SELECT id FROM council_partner WHERE organisation_id = :organisation "
                                           "AND council_id = :council"));
    existing.bind(QStringLiteral(":organisation"), organisationId).bind(QStringLiteral(":council"), councilId);
    if (Status status = existing.exec(what); !status.ok())
        return status;
    if (existing.next())
        return {}; // already a partner
    const QString now = sql::nowStamp();
    SqlQuery insert(m_db, QStringLiteral("INSERT INTO council_partner (council_id, organisation_id, since, "
                                         "created_at, updated_at, version) VALUES (:council, :organisation, :since, "
                                         ":now, :now, 1)"));
    insert.bind(QStringLiteral(":council"), councilId)
        .bind(QStringLiteral(":organisation"), organisationId)
        .bind(QStringLiteral(":since"), since)
        .bind(QStringLiteral(":now"), now);
    return insert.exec(what);
}

Status OrganisationRepository::removeFromCouncil(qint64 organisationId, qint64 councilId)
{
    SqlQuery remove(m_db, QStringLiteral("DELETE FROM council_partner WHERE organisation_id = :organisation "
                                         "AND council_id = :council"));
    remove.bind(QStringLiteral(":organisation"), organisationId).bind(QStringLiteral(":council"), councilId);
    return remove.exec(QCoreApplication::translate("maillage::OrganisationRepository",
                                                   "remove the organisation from the council's partners"));
}

Result<std::vector<qint64>> OrganisationRepository::councilIds(qint64 organisationId) const
{
    SqlQuery query(m_db, QStringLiteral("SELECT council_id FROM council_partner WHERE organisation_id = :organisation "
                                        "ORDER BY council_id"));
    query.bind(QStringLiteral(":organisation"), organisationId);
    if (Status status = query.exec(
            QCoreApplication::translate("maillage::OrganisationRepository", "read the organisation's councils"));
        !status.ok())
        return status.error();
    std::vector<qint64> ids;
    while (query.next())
        ids.push_back(query.value(0).toLongLong());
    return ids;
}

} // namespace maillage
