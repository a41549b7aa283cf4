// SPDX-License-Identifier: EUPL-1.2
#include "core/storage/ContactRepository.h"

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
    "c.id, c.civility, c.first_name, c.last_name, c.job_title, c.pillar, c.email, c.phone, c.mobile, c.address, "
    "c.legal_basis, c.consent_confirmed_on, c.charter_signed_on, c.active, c.notes, c.erased_on, c.created_at, "
    "c.updated_at, "
    "c.version");

// An affiliation of contact c current on :dayN (ISO dates compare as text).
QString currentAffiliation(const QString& alias, const QString& day)
{
    return QStringLiteral("%1.contact_id = c.id AND (%1.valid_from IS NULL OR %1.valid_from <= %2) "
                          "AND (%1.valid_to IS NULL OR %1.valid_to >= %2)")
        .arg(alias, day);
}

void bindContact(SqlQuery& query, const Contact& value)
{
    query.bind(QStringLiteral(":civility"), value.civility.trimmed())
        .bind(QStringLiteral(":first_name"), value.firstName.trimmed())
        .bind(QStringLiteral(":last_name"), value.lastName.trimmed())
        .bind(QStringLiteral(":job_title"), value.jobTitle.trimmed())
        .bind(QStringLiteral(":pillar"), codeOf(value.pillar))
        .bind(QStringLiteral(":email"), value.email.trimmed())
        .bind(QStringLiteral(":phone"), value.phone)
        .bind(QStringLiteral(":mobile"), value.mobile)
        .bind(QStringLiteral(":address"), value.address)
        .bind(QStringLiteral(":legal_basis"), codeOf(value.legalBasis))
        .bind(QStringLiteral(":consent_confirmed_on"), value.consentConfirmedOn)
        .bind(QStringLiteral(":charter_signed_on"), value.charterSignedOn)
        .bind(QStringLiteral(":active"), value.active)
        .bind(QStringLiteral(":notes"), value.notes)
        .bind(QStringLiteral(":erased_on"), value.erasedOn);
}

void trimLike(Contact& value)
{
    value.civility = value.civility.trimmed();
    value.firstName = value.firstName.trimmed();
    value.lastName = value.lastName.trimmed();
    value.jobTitle = value.jobTitle.trimmed();
    value.email = value.email.trimmed();
}

Contact readContact(const SqlQuery& query)
{
    Contact value;
    records::readRecord(query, value);
    value.civility = query.text(QStringLiteral("civility"));
    value.firstName = query.text(QStringLiteral("first_name"));
    value.lastName = query.text(QStringLiteral("last_name"));
    value.jobTitle = query.text(QStringLiteral("job_title"));
    value.pillar = enumAt<Pillar>(query, QStringLiteral("pillar"));
    value.email = query.text(QStringLiteral("email"));
    value.phone = query.text(QStringLiteral("phone"));
    value.mobile = query.text(QStringLiteral("mobile"));
    value.address = query.text(QStringLiteral("address"));
    value.legalBasis = enumAt<LegalBasis>(query, QStringLiteral("legal_basis"));
    value.consentConfirmedOn = query.date(QStringLiteral("consent_confirmed_on"));
    value.charterSignedOn = query.date(QStringLiteral("charter_signed_on"));
    value.active = query.flag(QStringLiteral("active"));
    value.notes = query.text(QStringLiteral("notes"));
    value.erasedOn = query.date(QStringLiteral("erased_on"));
    return value;
}

QString fromWhere(const Database& db, const ContactFilter& filter)
{
    QString sql = QStringLiteral(" FROM contact c WHERE 1 = 1");
    const Dialect& dialect = db.dialect();
    if (!filter.text.trimmed().isEmpty())
        sql += QStringLiteral(" AND (%1 OR %2 OR %3 OR %4)")
                   .arg(dialect.foldedLike(QStringLiteral("c.first_name"), QStringLiteral(":text1")),
                        dialect.foldedLike(QStringLiteral("c.last_name"), QStringLiteral(":text2")),
                        dialect.foldedLike(QStringLiteral("c.email"), QStringLiteral(":text3")),
                        dialect.foldedLike(QStringLiteral("c.job_title"), QStringLiteral(":text4")));
    if (filter.pillar)
        sql += QStringLiteral(" AND c.pillar = :pillar");
    if (filter.organisationId > 0)
        sql += QStringLiteral(" AND EXISTS (SELECT 1 FROM affiliation fa WHERE fa.organisation_id = :organisation "
                              "AND %1)")
                   .arg(currentAffiliation(QStringLiteral("fa"), QStringLiteral(":filter_day")));
    if (filter.active)
        sql += QStringLiteral(" AND c.active = :active");
    return sql;
}

QDate dayOf(const ContactFilter& filter)
{
    return filter.day.isValid() ? filter.day : QDate::currentDate();
}

void bindFilter(SqlQuery& query, const ContactFilter& filter)
{
    if (!filter.text.trimmed().isEmpty()) {
        const QString pattern = Dialect::containsPattern(filter.text);
        for (const char* name : {":text1", ":text2", ":text3", ":text4"})
            query.bind(QString::fromLatin1(name), pattern);
    }
    if (filter.pillar)
        query.bind(QStringLiteral(":pillar"), codeOf(*filter.pillar));
    if (filter.organisationId > 0)
        query.bind(QStringLiteral(":organisation"), filter.organisationId)
            .bind(QStringLiteral(":filter_day"), dayOf(filter));
    if (filter.active)
        query.bind(QStringLiteral(":active"), *filter.active);
}

QString orderBy(const Database& db, const ContactFilter& filter)
{
    const QString direction = filter.descending ? QStringLiteral(" DESC") : QString();
    const QString last = db.dialect().folded(QStringLiteral("c.last_name")) + direction;
    const QString first = db.dialect().folded(QStringLiteral("c.first_name")) + direction;
    QString keys;
    switch (filter.sort) {
    case ContactSort::LastName:
        keys = last + QStringLiteral(", ") + first;
        break;
    case ContactSort::FirstName:
        keys = first + QStringLiteral(", ") + last;
        break;
    case ContactSort::Organisation: {
        // The current organisation's folded name; contacts without one come last on both engines.
        const auto organisation = [&](const QString& dayPlaceholder) {
            return QStringLiteral("(SELECT MIN(%1) FROM affiliation sa JOIN organisation so ON so.id = "
                                  "sa.organisation_id WHERE %2)")
                .arg(db.dialect().folded(QStringLiteral("so.name")),
                     currentAffiliation(QStringLiteral("sa"), dayPlaceholder));
        };
        keys = QStringLiteral("CASE WHEN %1 IS NULL THEN 1 ELSE 0 END, %2%3, %4, %5")
                   .arg(organisation(QStringLiteral(":sort_day1")), organisation(QStringLiteral(":sort_day2")),
                        direction, last, first);
        break;
    }
    case ContactSort::Updated:
        keys = QStringLiteral("c.updated_at") + direction;
        break;
    }
    return QStringLiteral(" ORDER BY ") + keys + QStringLiteral(", c.id") + direction;
}

} // namespace

ContactRepository::ContactRepository(Database& db) : m_db(db) {}

Status ContactRepository::create(Contact& value)
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
            "INSERT INTO contact (civility, first_name, last_name, job_title, pillar, email, phone, mobile, address, "
            "legal_basis, consent_confirmed_on, charter_signed_on, active, notes, erased_on, created_at, updated_at, "
            "version) VALUES (:civility, :first_name, :last_name, :job_title, :pillar, :email, :phone, :mobile, "
            ":address, :legal_basis, :consent_confirmed_on, :charter_signed_on, :active, :notes, :erased_on, :now, "
            ":now, 1) RETURNING id"));
    bindContact(insert, value);
    insert.bind(QStringLiteral(":now"), now);
    if (Status status =
            finishIndexedInsert(m_db, tx, insert, SearchKind::Contact, value, now,
                                QCoreApplication::translate("maillage::ContactRepository", "create the contact %1")
                                    .arg(value.displayName()));
        !status.ok())
        return status;
    trimLike(value);
    return {};
}

Result<Contact> ContactRepository::get(qint64 id) const
{
    SqlQuery query(m_db, QStringLiteral("SELECT %1 FROM contact c WHERE c.id = :id").arg(kColumns));
    query.bind(QStringLiteral(":id"), id);
    if (Status status = query.exec(QCoreApplication::translate("maillage::ContactRepository", "read the contact"));
        !status.ok())
        return status.error();
    if (!query.next())
        return Error{
            Error::Kind::NotFound,
            QCoreApplication::translate("maillage::ContactRepository", "This contact does not exist (any more)."),
            QStringLiteral("contact #%1").arg(id)};
    return readContact(query);
}

Status ContactRepository::update(Contact& value)
{
    if (const QStringList problems = value.validate(); !problems.isEmpty())
        return invalid(problems);
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    // An erased person stays erased: the record only keeps counts right and is read-only.
    SqlQuery erased(m_db, QStringLiteral("SELECT erased_on FROM contact WHERE id = :id"));
    erased.bind(QStringLiteral(":id"), value.id);
    if (Status status = erased.exec(QCoreApplication::translate("maillage::ContactRepository", "read the contact"));
        !status.ok())
        return status;
    if (erased.next() && erased.date(QStringLiteral("erased_on")).isValid())
        return Error{Error::Kind::Invalid,
                     QCoreApplication::translate("maillage::ContactRepository",
                                                 "This person was erased (RGPD): the record can no longer be edited."),
                     QStringLiteral("contact #%1").arg(value.id)};
    const QString now = sql::nowStamp();
    SqlQuery update(
        m_db,
        QStringLiteral(
            "UPDATE contact SET civility = :civility, first_name = :first_name, last_name = :last_name, job_title = "
            ":job_title, pillar = :pillar, email = :email, phone = :phone, mobile = :mobile, address = :address, "
            "legal_basis = :legal_basis, consent_confirmed_on = :consent_confirmed_on, charter_signed_on = "
            ":charter_signed_on, active = :active, notes = :notes, erased_on = :erased_on, updated_at = :now, version "
            "= version + 1 "
            "WHERE id = :id AND version = :version"));
    bindContact(update, value);
    update.bind(QStringLiteral(":now"), now)
        .bind(QStringLiteral(":id"), value.id)
        .bind(QStringLiteral(":version"), value.version);
    if (Status status = finishIndexedUpdate(
            m_db, tx, update, QStringLiteral("contact"), SearchKind::Contact, value, now,
            QCoreApplication::translate("maillage::ContactRepository", "save the contact %1").arg(value.displayName()));
        !status.ok())
        return status;
    trimLike(value);
    return {};
}

Status ContactRepository::remove(qint64 id)
{
    // Affiliations and memberships cascade: one transaction so none outlives a refused delete.
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    if (Status status =
            records::deleteById(m_db, QStringLiteral("contact"), id,
                                QCoreApplication::translate("maillage::ContactRepository", "delete the contact"));
        !status.ok())
        return status;
    if (Status status = SearchIndex(m_db).remove(SearchKind::Contact, id); !status.ok())
        return status;
    return tx.commit();
}

Result<std::vector<Contact>> ContactRepository::list(const ContactFilter& filter) const
{
    QString statement = QStringLiteral("SELECT ") + kColumns + fromWhere(m_db, filter) + orderBy(m_db, filter);
    if (filter.limit > 0)
        statement += QStringLiteral(" LIMIT %1 OFFSET %2").arg(filter.limit).arg(qMax(0, filter.offset));
    SqlQuery query(m_db, statement);
    bindFilter(query, filter);
    if (filter.sort == ContactSort::Organisation)
        query.bind(QStringLiteral(":sort_day1"), dayOf(filter)).bind(QStringLiteral(":sort_day2"), dayOf(filter));
    if (Status status = query.exec(QCoreApplication::translate("maillage::ContactRepository", "list the contacts"));
        !status.ok())
        return status.error();
    std::vector<Contact> contacts;
    while (query.next())
        contacts.push_back(readContact(query));
    return contacts;
}

int ContactRepository::count(const ContactFilter& filter) const
{
    SqlQuery query(m_db, QStringLiteral("SELECT COUNT(*)") + fromWhere(m_db, filter));
    bindFilter(query, filter);
    if (!query.exec(QCoreApplication::translate("maillage::ContactRepository", "count the contacts")).ok() ||
        !query.next())
        return 0;
    return query.value(0).toInt();
}

} // namespace maillage
