// SPDX-License-Identifier: EUPL-1.2
#include "core/storage/ActionPlanComputed.h"

#include "core/storage/Database.h"
#include "core/storage/SqlQuery.h"

namespace maillage {

namespace {

/// "instance:12" → 12.
qint64 scopeId(const QString& scope, const QString& kind)
{
    if (!scope.startsWith(kind + u':'))
        return 0;
    return scope.mid(kind.size() + 1).toLongLong();
}

} // namespace

ActionPlanComputed::ActionPlanComputed(Database& db) : m_db(db) {}

Result<double> ActionPlanComputed::compute(const Indicator& indicator, qint64 sheetId, const QDate& from,
                                           const QDate& to, qint64 councilId) const
{
    const QString what = tr("compute the indicator “%1”").arg(indicator.name);
    // Meetings store a date-time, events a date: text comparison with the day after covers both.
    const QDate last = std::min(to, QDate::currentDate());
    const QString fromText = from.toString(Qt::ISODate);
    const QString beforeText = last.addDays(1).toString(Qt::ISODate);
    const qint64 instanceId = scopeId(indicator.computedScope, QStringLiteral("instance"));
    const bool councilWide = indicator.computedScope == QLatin1String("council");
    const QString eventScope =
        councilWide && councilId > 0 ? QStringLiteral("e.council_id = :council")
        : councilWide ? QStringLiteral("e.council_id = (SELECT p.council_id FROM action_sheet s JOIN axis a ON "
                                     "a.id = s.axis_id JOIN action_plan p ON p.id = a.plan_id WHERE s.id = :sheet)")
                    : QStringLiteral("e.action_sheet_id = :sheet");
    const QString eventPeriod = QStringLiteral(" AND e.starts_on >= :from AND e.starts_on < :before");
    QString statement;
    switch (indicator.computedSource) {
    case ComputedSource::None:
        return Error{Error::Kind::Invalid, tr("The indicator “%1” is entered by hand.").arg(indicator.name), {}};
    case ComputedSource::MeetingsHeld:
        if (instanceId <= 0)
            return Error{Error::Kind::Invalid,
                         tr("Choose the instance whose meetings the indicator “%1” counts.").arg(indicator.name),
                         {}};
        statement = QStringLiteral("SELECT COUNT(*) FROM meeting m WHERE m.instance_id = :instance "
                                   "AND m.status = 'held' AND m.starts_at >= :from AND m.starts_at < :before");
        break;
    case ComputedSource::PartnersMobilised: {
        const QString meetings = instanceId > 0 ? QStringLiteral("m.instance_id = :instance")
                                                : QStringLiteral("m.id IN (SELECT meeting_id FROM action_sheet_meeting "
                                                                 "WHERE action_sheet_id = :sheet)");
        statement = QStringLiteral("SELECT COUNT(DISTINCT org) FROM ("
                                   "SELECT t.organisation_id AS org FROM attendance t JOIN meeting m ON m.id = "
                                   "t.meeting_id WHERE %1 AND m.status = 'held' AND t.organisation_id IS NOT NULL "
                                   "AND t.status IN ('present', 'represented') "
                                   "AND m.starts_at >= :from AND m.starts_at < :before "
                                   "UNION SELECT ep.organisation_id AS org FROM event_partner ep JOIN event e ON "
                                   "e.id = ep.event_id WHERE %2%3) orgs")
                        .arg(meetings, eventScope, eventPeriod);
        break;
    }
    case ComputedSource::EventsHeld:
        statement = QStringLiteral("SELECT COUNT(*) FROM event e WHERE %1%2").arg(eventScope, eventPeriod);
        break;
    case ComputedSource::Participants:
        statement = QStringLiteral("SELECT COALESCE(SUM(e.participant_count), 0) FROM event e WHERE %1%2")
                        .arg(eventScope, eventPeriod);
        break;
    case ComputedSource::PeopleTrained:
        statement = QStringLiteral("SELECT COALESCE(SUM(e.people_trained), 0) FROM event e WHERE e.kind = 'pssm' "
                                   "AND %1%2")
                        .arg(eventScope, eventPeriod);
        break;
    }
    SqlQuery query(m_db, statement);
    if (statement.contains(QLatin1String(":instance")))
        query.bind(QStringLiteral(":instance"), instanceId);
    if (statement.contains(QLatin1String(":council")))
        query.bind(QStringLiteral(":council"), councilId);
    if (statement.contains(QLatin1String(":sheet")))
        query.bind(QStringLiteral(":sheet"), sheetId);
    query.bind(QStringLiteral(":from"), fromText);
    query.bind(QStringLiteral(":before"), beforeText);
    if (Status status = query.exec(what); !status.ok())
        return status.error();
    if (!query.next())
        return 0.0;
    return query.value(0).toDouble();
}

} // namespace maillage
