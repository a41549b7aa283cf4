// SPDX-License-Identifier: EUPL-1.2
#include "core/storage/EventRepository.h"

#include "core/storage/ActivitySql.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

#include <algorithm>

namespace maillage {

namespace {

const QStringList eventColumns = {
    QStringLiteral("council_id"),      QStringLiteral("kind"),      QStringLiteral("title"),
    QStringLiteral("theme"),           QStringLiteral("starts_on"), QStringLiteral("ends_on"),
    QStringLiteral("place"),           QStringLiteral("audience"),  QStringLiteral("participant_count"),
    QStringLiteral("training_module"), QStringLiteral("trainers"),  QStringLiteral("people_trained"),
    QStringLiteral("action_sheet_id"), QStringLiteral("notes")};

void bindEvent(SqlQuery& q, const Event& e)
{
    q.bind(QStringLiteral(":council_id"), e.councilId);
    q.bind(QStringLiteral(":kind"), codeOf(e.kind));
    q.bind(QStringLiteral(":title"), e.title);
    q.bind(QStringLiteral(":theme"), e.theme);
    q.bind(QStringLiteral(":starts_on"), e.startsOn);
    q.bind(QStringLiteral(":ends_on"), e.endsOn);
    q.bind(QStringLiteral(":place"), e.place);
    q.bind(QStringLiteral(":audience"), e.audience);
    q.bind(QStringLiteral(":participant_count"), e.participantCount);
    q.bind(QStringLiteral(":training_module"), e.trainingModule);
    q.bind(QStringLiteral(":trainers"), e.trainers);
    q.bind(QStringLiteral(":people_trained"), e.peopleTrained);
    q.bindId(QStringLiteral(":action_sheet_id"), e.actionSheetId);
    q.bind(QStringLiteral(":notes"), e.notes);
}

Event readEvent(const SqlQuery& q)
{
    Event e;
    records::readRecord(q, e);
    e.councilId = q.id(QStringLiteral("council_id"));
    e.kind = fromCode(q.text(QStringLiteral("kind")), EventKind::Sism);
    e.title = q.text(QStringLiteral("title"));
    e.theme = q.text(QStringLiteral("theme"));
    e.startsOn = q.date(QStringLiteral("starts_on"));
    e.endsOn = q.date(QStringLiteral("ends_on"));
    e.place = q.text(QStringLiteral("place"));
    e.audience = q.text(QStringLiteral("audience"));
    e.participantCount = q.integer(QStringLiteral("participant_count"));
    e.trainingModule = q.text(QStringLiteral("training_module"));
    e.trainers = q.text(QStringLiteral("trainers"));
    e.peopleTrained = q.integer(QStringLiteral("people_trained"));
    e.actionSheetId = q.id(QStringLiteral("action_sheet_id"));
    e.notes = q.text(QStringLiteral("notes"));
    return e;
}

activity::Conditions conditionsOf(const Database& db, const EventFilter& f)
{
    activity::Conditions c;
    if (f.councilId > 0)
        c.add(QStringLiteral("council_id = ") + c.param(f.councilId));
    if (f.year > 0) {
        c.add(QStringLiteral("starts_on >= ") + c.param(sql::fromDate(QDate(f.year, 1, 1))));
        c.add(QStringLiteral("starts_on < ") + c.param(sql::fromDate(QDate(f.year + 1, 1, 1))));
    }
    if (f.kind)
        c.add(QStringLiteral("kind = ") + c.param(codeOf(*f.kind)));
    if (!f.text.trimmed().isEmpty()) {
        const QString pattern = Dialect::containsPattern(f.text);
        const Dialect& d = db.dialect();
        c.add(QStringLiteral("(%1 OR %2 OR %3)")
                  .arg(d.foldedLike(QStringLiteral("title"), c.param(pattern)),
                       d.foldedLike(QStringLiteral("theme"), c.param(pattern)),
                       d.foldedLike(QStringLiteral("place"), c.param(pattern))));
    }
    return c;
}

} // namespace

EventRepository::EventRepository(Database& db) : m_db(db) {}

Status EventRepository::write(Event& event, bool isNew)
{
    if (const QStringList problems = event.validate(); !problems.isEmpty())
        return activity::invalid(problems);
    Event copy = event;
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.error();
    const QString what = tr("save the event");
    Status status = isNew ? activity::insertRow(m_db, QStringLiteral("event"), eventColumns, copy, what, bindEvent)
                          : activity::updateRow(m_db, QStringLiteral("event"), eventColumns, copy, what, bindEvent);
    if (!status.ok())
        return status;
    status = activity::deleteChildren(m_db, QStringLiteral("event_partner"), QStringLiteral("event_id"), copy.id, what);
    if (!status.ok())
        return status;
    std::vector<qint64> partners;
    const QString now = sql::nowStamp();
    for (qint64 organisationId : copy.partnerOrganisationIds) {
        if (std::find(partners.begin(), partners.end(), organisationId) != partners.end())
            continue;
        partners.push_back(organisationId);
        SqlQuery insert(m_db,
                        activity::insertStatement(QStringLiteral("event_partner"),
                                                  {QStringLiteral("event_id"), QStringLiteral("organisation_id")}));
        insert.bind(QStringLiteral(":event_id"), copy.id);
        insert.bind(QStringLiteral(":organisation_id"), organisationId);
        activity::bindChildStamp(insert, Record{}, false, now);
        if (Result<qint64> id = records::insertReturningId(insert, what); !id.ok())
            return id.error();
    }
    copy.partnerOrganisationIds = partners;
    if (status = transaction.commit(); !status.ok())
        return status;
    event = std::move(copy);
    return {};
}

Status EventRepository::create(Event& event)
{
    return write(event, true);
}

Status EventRepository::update(Event& event)
{
    return write(event, false);
}

Status EventRepository::loadPartners(Event& event) const
{
    SqlQuery query(m_db,
                   QStringLiteral("SELECT organisation_id FROM event_partner WHERE event_id = :event ORDER BY id"));
    query.bind(QStringLiteral(":event"), event.id);
    if (Status status = query.exec(tr("read the event")); !status.ok())
        return status;
    event.partnerOrganisationIds.clear();
    while (query.next())
        event.partnerOrganisationIds.push_back(query.id(QStringLiteral("organisation_id")));
    return {};
}

Result<Event> EventRepository::get(qint64 id) const
{
    SqlQuery query(m_db, QStringLiteral("SELECT * FROM event WHERE id = :id"));
    query.bind(QStringLiteral(":id"), id);
    if (Status status = query.exec(tr("read the event")); !status.ok())
        return status.error();
    if (!query.next())
        return Error{Error::Kind::NotFound, tr("This event does not exist (any more)."),
                     QStringLiteral("event #%1").arg(id)};
    Event event = readEvent(query);
    if (Status status = loadPartners(event); !status.ok())
        return status.error();
    return event;
}

Status EventRepository::remove(qint64 id)
{
    return records::deleteById(m_db, QStringLiteral("event"), id, tr("delete the event"));
}

Result<std::vector<Event>> EventRepository::list(const EventFilter& filter) const
{
    const activity::Conditions conditions = conditionsOf(m_db, filter);
    const QString direction = filter.descending ? QStringLiteral(" DESC") : QString();
    const QString order =
        filter.sort == EventSort::Title
            ? QStringLiteral("%1%2, id%2").arg(m_db.dialect().folded(QStringLiteral("title")), direction)
            : QStringLiteral("starts_on%1, id%1").arg(direction);
    SqlQuery query(m_db, QStringLiteral("SELECT * FROM event") + conditions.where() + QStringLiteral(" ORDER BY ") +
                             order + activity::paging(m_db, filter.limit, filter.offset));
    conditions.bindTo(query);
    if (Status status = query.exec(tr("list the events")); !status.ok())
        return status.error();
    std::vector<Event> events;
    while (query.next())
        events.push_back(readEvent(query));
    for (Event& event : events)
        if (Status status = loadPartners(event); !status.ok())
            return status.error();
    return events;
}

int EventRepository::count(const EventFilter& filter) const
{
    const activity::Conditions conditions = conditionsOf(m_db, filter);
    SqlQuery query(m_db, QStringLiteral("SELECT COUNT(*) FROM event") + conditions.where());
    conditions.bindTo(query);
    if (!query.exec(tr("count the events")).ok() || !query.next())
        return 0;
    return query.value(0).toInt();
}

} // namespace maillage
