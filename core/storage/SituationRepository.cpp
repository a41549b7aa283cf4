// SPDX-License-Identifier: EUPL-1.2
#include "core/storage/SituationRepository.h"

#include "core/storage/ActivitySql.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

#include <algorithm>

namespace maillage {

namespace {

const QStringList situationColumns = {
    QStringLiteral("council_id"),    QStringLiteral("pseudonym"),       QStringLiteral("referral_sector"),
    QStringLiteral("opened_on"),     QStringLiteral("last_contact_on"), QStringLiteral("categories"),
    QStringLiteral("outcome"),       QStringLiteral("consent_on"),      QStringLiteral("consent_how"),
    QStringLiteral("consent_scope"), QStringLiteral("closed_on")};

void bindSituation(SqlQuery& q, const Situation& s)
{
    q.bind(QStringLiteral(":council_id"), s.councilId);
    q.bind(QStringLiteral(":pseudonym"), s.pseudonym);
    q.bind(QStringLiteral(":referral_sector"), s.referralSector);
    q.bind(QStringLiteral(":opened_on"), s.openedOn);
    q.bind(QStringLiteral(":last_contact_on"), s.lastContactOn);
    q.bind(QStringLiteral(":categories"), s.categories.join(u'\n'));
    q.bind(QStringLiteral(":outcome"), s.outcome);
    q.bind(QStringLiteral(":consent_on"), s.consentOn);
    q.bind(QStringLiteral(":consent_how"), s.consentHow);
    q.bind(QStringLiteral(":consent_scope"), s.consentScope);
    q.bind(QStringLiteral(":closed_on"), s.closedOn);
}

Situation readSituation(const SqlQuery& q)
{
    Situation s;
    records::readRecord(q, s);
    s.councilId = q.id(QStringLiteral("council_id"));
    s.pseudonym = q.text(QStringLiteral("pseudonym"));
    s.referralSector = q.text(QStringLiteral("referral_sector"));
    s.openedOn = q.date(QStringLiteral("opened_on"));
    s.lastContactOn = q.date(QStringLiteral("last_contact_on"));
    s.categories = q.text(QStringLiteral("categories")).split(u'\n', Qt::SkipEmptyParts);
    s.outcome = q.text(QStringLiteral("outcome"));
    s.consentOn = q.date(QStringLiteral("consent_on"));
    s.consentHow = q.text(QStringLiteral("consent_how"));
    s.consentScope = q.text(QStringLiteral("consent_scope"));
    s.closedOn = q.date(QStringLiteral("closed_on"));
    return s;
}

} // namespace

SituationRepository::SituationRepository(Database& db) : m_db(db) {}

Status SituationRepository::write(Situation& situation, bool isNew)
{
    if (const QStringList problems = situation.validate(); !problems.isEmpty())
        return activity::invalid(problems);
    Situation copy = situation;
    std::sort(copy.reviewDates.begin(), copy.reviewDates.end());
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.error();
    const QString what = tr("save the situation");
    const QString table = QStringLiteral("situation");
    Status status = isNew ? activity::insertRow(m_db, table, situationColumns, copy, what, bindSituation)
                          : activity::updateRow(m_db, table, situationColumns, copy, what, bindSituation);
    if (!status.ok())
        return status;
    status = activity::deleteChildren(m_db, QStringLiteral("situation_review"), QStringLiteral("situation_id"), copy.id,
                                      what);
    if (!status.ok())
        return status;
    const QString now = sql::nowStamp();
    for (const QDate& date : copy.reviewDates) {
        SqlQuery insert(m_db,
                        activity::insertStatement(QStringLiteral("situation_review"),
                                                  {QStringLiteral("situation_id"), QStringLiteral("reviewed_on")}));
        insert.bind(QStringLiteral(":situation_id"), copy.id);
        insert.bind(QStringLiteral(":reviewed_on"), date);
        activity::bindChildStamp(insert, Record{}, false, now);
        if (Result<qint64> id = records::insertReturningId(insert, what); !id.ok())
            return id.error();
    }
    if (status = transaction.commit(); !status.ok())
        return status;
    situation = std::move(copy);
    return {};
}

Status SituationRepository::create(Situation& situation)
{
    return write(situation, true);
}

Status SituationRepository::update(Situation& situation)
{
    return write(situation, false);
}

Status SituationRepository::remove(qint64 id)
{
    return records::deleteById(m_db, QStringLiteral("situation"), id, tr("delete the situation"));
}

Result<std::vector<Situation>> SituationRepository::list(const SituationFilter& filter) const
{
    activity::Conditions c;
    if (filter.councilId > 0)
        c.add(QStringLiteral("council_id = ") + c.param(filter.councilId));
    if (filter.year > 0) {
        c.add(QStringLiteral("opened_on >= ") + c.param(sql::fromDate(QDate(filter.year, 1, 1))));
        c.add(QStringLiteral("opened_on < ") + c.param(sql::fromDate(QDate(filter.year + 1, 1, 1))));
    }
    if (filter.openOnly)
        c.add(QStringLiteral("closed_on IS NULL"));
    SqlQuery query(m_db, QStringLiteral("SELECT * FROM situation%1 ORDER BY pseudonym, id").arg(c.where()));
    c.bindTo(query);
    if (Status status = query.exec(tr("list the situations")); !status.ok())
        return status.error();
    std::vector<Situation> situations;
    while (query.next())
        situations.push_back(readSituation(query));
    for (Situation& s : situations)
        if (Status status = loadReviews(s); !status.ok())
            return status.error();
    return situations;
}

Status SituationRepository::loadReviews(Situation& situation) const
{
    SqlQuery reviews(m_db, QStringLiteral("SELECT reviewed_on FROM situation_review WHERE situation_id = :id "
                                          "ORDER BY reviewed_on, id"));
    reviews.bind(QStringLiteral(":id"), situation.id);
    if (Status status = reviews.exec(tr("read the situation")); !status.ok())
        return status;
    situation.reviewDates.clear();
    while (reviews.next())
        situation.reviewDates.push_back(reviews.date(QStringLiteral("reviewed_on")));
    return {};
}

Result<Situation> SituationRepository::get(qint64 id) const
{
    SqlQuery query(m_db, QStringLiteral("SELECT * FROM situation WHERE id = :id"));
    query.bind(QStringLiteral(":id"), id);
    if (Status status = query.exec(tr("read the situation")); !status.ok())
        return status.error();
    if (!query.next())
        return Error{Error::Kind::NotFound, tr("This situation does not exist (any more)."),
                     QStringLiteral("situation #%1").arg(id)};
    Situation situation = readSituation(query);
    if (Status status = loadReviews(situation); !status.ok())
        return status.error();
    return situation;
}

Result<QString> SituationRepository::nextPseudonym(qint64 councilId, int year) const
{
    if (year < 1990 || year > 2200)
        return Error{Error::Kind::Invalid, tr("The field “%1” must be a year.").arg(tr("Year")), {}};
    SqlQuery council(m_db, QStringLiteral("SELECT id FROM council WHERE id = :id"));
    council.bind(QStringLiteral(":id"), councilId);
    if (Status status = council.exec(tr("number the situation")); !status.ok())
        return status.error();
    if (!council.next())
        return Error{Error::Kind::NotFound, tr("This council does not exist (any more)."),
                     QStringLiteral("council #%1").arg(councilId)};
    // Parsed here rather than cast in SQL: an imported odd pseudonym must not break numbering.
    const QString prefix = QStringLiteral("SIT-%1-").arg(year);
    SqlQuery query(m_db, QStringLiteral("SELECT pseudonym FROM situation WHERE pseudonym LIKE :prefix"));
    query.bind(QStringLiteral(":prefix"), prefix + u'%');
    if (Status status = query.exec(tr("number the situation")); !status.ok())
        return status.error();
    int highest = 0;
    while (query.next()) {
        bool ok = false;
        const int number = query.text(QStringLiteral("pseudonym")).mid(prefix.size()).toInt(&ok);
        if (ok)
            highest = std::max(highest, number);
    }
    return Situation::makePseudonym(year, highest + 1);
}

Result<std::vector<Situation>> SituationRepository::purgeDue(const QDate& today) const
{
    SqlQuery query(m_db, QStringLiteral("SELECT id FROM situation WHERE COALESCE(last_contact_on, opened_on) < :limit "
                                        "ORDER BY COALESCE(last_contact_on, opened_on), id"));
    query.bind(QStringLiteral(":limit"), today.addYears(-2));
    if (Status status = query.exec(tr("find the situations to purge")); !status.ok())
        return status.error();
    std::vector<qint64> ids;
    while (query.next())
        ids.push_back(query.id(QStringLiteral("id")));
    std::vector<Situation> due;
    for (qint64 id : ids) {
        Result<Situation> situation = get(id);
        if (!situation.ok())
            return situation.error();
        due.push_back(std::move(situation).value());
    }
    return due;
}

} // namespace maillage
