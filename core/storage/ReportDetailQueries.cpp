// SPDX-License-Identifier: EUPL-1.2
// The lists behind the activity report (identity cards, calendar, members, fiches, events): the second half
// of computeReportFigures, so that `maillage stats --json` and the report read the same rows.
#include "core/report/ReportFigures.h"

#include "core/storage/Database.h"
#include "core/storage/ReportSql.h"
#include "core/storage/SqlQuery.h"

#include <QCoreApplication>

#include <map>

namespace maillage {

namespace {

using reportsql::what;

// Runs statement with the period's placeholders bound (only those it names); calls row() per row.
template <typename RowFn> Status each(Database& db, const ReportPeriod& period, const QString& statement, RowFn row)
{
    SqlQuery query(db, statement);
    const std::pair<const char*, QVariant> binds[] = {
        {":from_ts", period.from.toString(Qt::ISODate)},
        {":to_ts", period.to.addDays(1).toString(Qt::ISODate)},
        {":from_day", period.from.toString(Qt::ISODate)},
        {":to_day", period.to.toString(Qt::ISODate)},
        {":first_year", period.from.year()},
        {":last_year", period.to.year()},
        {":first_text", QString::number(period.from.year())},
        {":after_text", QString::number(period.to.year() + 1)},
    };
    for (const auto& [name, value] : binds)
        if (statement.contains(QLatin1String(name)))
            query.bind(QString::fromLatin1(name), value);
    if (Status status = query.exec(what()); !status.ok())
        return status;
    while (query.next())
        row(query);
    return {};
}

const QString kValidInPeriod = QStringLiteral(
    " AND (t.valid_from IS NULL OR t.valid_from <= :to_day) AND (t.valid_to IS NULL OR t.valid_to >= :from_day)");

Status identities(Database& db, ReportFigures& f, const std::vector<qint64>& ids)
{
    std::map<qint64, size_t> index;
    Status status = each(
        db, f.period,
        QStringLiteral("SELECT c.id, c.name, c.kind, c.created_on, c.chairs, c.coordinator_name, c.coordinator_employer, "
                       "c.coordinator_fte_percent, c.coordinator_funding, c.conventions FROM council c WHERE 1 = 1") +
            reportsql::councilClause(QStringLiteral("c.id"), ids) + QStringLiteral(" ORDER BY c.name, c.id"),
        [&](SqlQuery& q) {
            CouncilProfile c;
            c.id = q.id(QStringLiteral("id"));
            c.name = q.text(QStringLiteral("name"));
            c.kind = q.text(QStringLiteral("kind"));
            c.createdOn = q.date(QStringLiteral("created_on"));
            c.chairs = q.text(QStringLiteral("chairs")).trimmed();
            c.coordinatorName = q.text(QStringLiteral("coordinator_name")).trimmed();
            c.coordinatorEmployer = q.text(QStringLiteral("coordinator_employer")).trimmed();
            c.coordinatorFtePercent = q.integer(QStringLiteral("coordinator_fte_percent"));
            for (const QString& line : q.text(QStringLiteral("coordinator_funding")).split(u'\n', Qt::SkipEmptyParts))
                if (!line.trimmed().isEmpty())
                    c.funders << line.trimmed();
            c.conventions = q.text(QStringLiteral("conventions")).trimmed();
            index[c.id] = f.identities.size();
            f.identities.push_back(c);
        });
    if (!status.ok())
        return status;
    status = each(db, f.period,
                  QStringLiteral("SELECT t.council_id, t.name, t.population, t.qpv_count FROM commune t WHERE 1 = 1") +
                      kValidInPeriod + reportsql::councilClause(QStringLiteral("t.council_id"), ids) +
                      QStringLiteral(" ORDER BY t.name, t.id"),
                  [&](SqlQuery& q) {
                      auto found = index.find(q.id(QStringLiteral("council_id")));
                      if (found == index.end())
                          return;
                      CouncilProfile& c = f.identities[found->second];
                      c.communes << q.text(QStringLiteral("name"));
                      c.population += q.value(QStringLiteral("population")).toLongLong();
                      c.priorityNeighbourhoods += q.integer(QStringLiteral("qpv_count"));
                  });
    if (!status.ok())
        return status;
    return each(db, f.period,
                QStringLiteral("SELECT t.council_id, t.name FROM psychiatric_sector t WHERE 1 = 1") + kValidInPeriod +
                    reportsql::councilClause(QStringLiteral("t.council_id"), ids) + QStringLiteral(" ORDER BY t.name, t.id"),
                [&](SqlQuery& q) {
                    auto found = index.find(q.id(QStringLiteral("council_id")));
                    if (found != index.end())
                        f.identities[found->second].psychiatricSectors << q.text(QStringLiteral("name"));
                });
}

Status calendarAndMembers(Database& db, ReportFigures& f, const std::vector<qint64>& ids)
{
    const QString instances = reportsql::councilClause(QStringLiteral("i.council_id"), ids);
    Status status = each(db, f.period,
                         QStringLiteral("SELECT m.starts_at, m.title, m.status, i.name FROM meeting m "
                                        "JOIN instance i ON i.id = m.instance_id "
                                        "WHERE m.starts_at >= :from_ts AND m.starts_at < :to_ts") +
                             instances + QStringLiteral(" ORDER BY m.starts_at, m.id"),
                         [&](SqlQuery& q) {
                             f.calendar.push_back({QDate::fromString(q.text(QStringLiteral("starts_at")).left(10),
                                                                     Qt::ISODate),
                                                   q.text(QStringLiteral("name")), q.text(QStringLiteral("title")),
                                                   q.text(QStringLiteral("status"))});
                         });
    if (!status.ok())
        return status;
    return each(
        db, f.period,
        QStringLiteral(
            "SELECT i.name AS instance, t.role, ct.first_name, ct.last_name, "
            "COALESCE(o.name, (SELECT o2.name FROM affiliation af JOIN organisation o2 ON o2.id = af.organisation_id "
            "WHERE af.contact_id = ct.id AND (af.valid_to IS NULL OR af.valid_to >= :from_day) "
            "ORDER BY af.valid_from DESC LIMIT 1), '') AS organisation "
            "FROM instance_member t JOIN instance i ON i.id = t.instance_id "
            "LEFT JOIN contact ct ON ct.id = t.contact_id LEFT JOIN organisation o ON o.id = t.organisation_id "
            "WHERE ct.erased_on IS NULL AND i.active = 1") +
            kValidInPeriod + instances +
            QStringLiteral(" ORDER BY i.id, CASE WHEN t.role = 'chair' THEN 0 ELSE 1 END, ct.last_name, ct.first_name, "
                           "o.name, t.id"),
        [&](SqlQuery& q) {
            const QString name =
                (q.text(QStringLiteral("first_name")) + u' ' + q.text(QStringLiteral("last_name"))).trimmed();
            f.members.push_back({q.text(QStringLiteral("instance")), name, q.text(QStringLiteral("organisation")),
                                 q.text(QStringLiteral("role"))});
        });
}

Status sheets(Database& db, ReportFigures& f, const std::vector<qint64>& ids)
{
    const QString plans = reportsql::councilClause(QStringLiteral("p.council_id"), ids);
    const QString fromSheet = QStringLiteral(" JOIN axis x ON x.id = s.axis_id JOIN action_plan p ON p.id = x.plan_id ");
    std::map<qint64, size_t> index;
    Status status = each(db, f.period,
                         QStringLiteral("SELECT s.id, x.title AS axis, s.code, s.title, s.status FROM action_sheet s") +
                             fromSheet + QStringLiteral("WHERE 1 = 1") + plans +
                             QStringLiteral(" ORDER BY p.id, x.position, x.id, s.code, s.id"),
                         [&](SqlQuery& q) {
                             SheetEntry sheet;
                             sheet.axis = q.text(QStringLiteral("axis"));
                             sheet.code = q.text(QStringLiteral("code"));
                             sheet.title = q.text(QStringLiteral("title"));
                             sheet.status = q.text(QStringLiteral("status"));
                             index[q.id(QStringLiteral("id"))] = f.actionSheets.size();
                             f.actionSheets.push_back(sheet);
                         });
    if (!status.ok())
        return status;
    std::map<qint64, std::pair<size_t, size_t>> indicatorIndex; // indicator → (sheet, position)
    status = each(db, f.period,
                  QStringLiteral("SELECT n.id, n.action_sheet_id, n.name, n.unit, n.target FROM indicator n "
                                 "JOIN action_sheet s ON s.id = n.action_sheet_id") +
                      fromSheet + QStringLiteral("WHERE 1 = 1") + plans + QStringLiteral(" ORDER BY n.id"),
                  [&](SqlQuery& q) {
                      auto found = index.find(q.id(QStringLiteral("action_sheet_id")));
                      if (found == index.end())
                          return;
                      auto& list = f.actionSheets[found->second].indicators;
                      indicatorIndex[q.id(QStringLiteral("id"))] = {found->second, list.size()};
                      list.push_back({q.text(QStringLiteral("name")), q.text(QStringLiteral("unit")),
                                      q.optionalReal(QStringLiteral("target")), std::nullopt});
                  });
    if (!status.ok())
        return status;
    // Periods are "2025", "2025-T1"…: text order puts the year's last value last.
    status = each(db, f.period,
                  QStringLiteral("SELECT v.indicator_id, v.value, v.target FROM indicator_value v "
                                 "WHERE v.period >= :first_text AND v.period < :after_text ORDER BY v.indicator_id, "
                                 "v.period"),
                  [&](SqlQuery& q) {
                      auto found = indicatorIndex.find(q.id(QStringLiteral("indicator_id")));
                      if (found == indicatorIndex.end())
                          return;
                      IndicatorEntry& indicator = f.actionSheets[found->second.first].indicators[found->second.second];
                      indicator.achieved = q.optionalReal(QStringLiteral("value"));
                      if (const auto target = q.optionalReal(QStringLiteral("target")))
                          indicator.target = target;
                  });
    if (!status.ok())
        return status;
    return each(db, f.period,
                QStringLiteral("SELECT b.action_sheet_id, SUM(b.planned_cents) AS planned, SUM(b.obtained_cents) AS "
                               "obtained, SUM(b.spent_cents) AS spent FROM budget_line b "
                               "WHERE b.year >= :first_year AND b.year <= :last_year GROUP BY b.action_sheet_id"),
                [&](SqlQuery& q) {
                    auto found = index.find(q.id(QStringLiteral("action_sheet_id")));
                    if (found == index.end())
                        return;
                    SheetEntry& sheet = f.actionSheets[found->second];
                    sheet.plannedCents = q.value(QStringLiteral("planned")).toLongLong();
                    sheet.obtainedCents = q.value(QStringLiteral("obtained")).toLongLong();
                    sheet.spentCents = q.value(QStringLiteral("spent")).toLongLong();
                });
}

Status events(Database& db, ReportFigures& f, const std::vector<qint64>& ids)
{
    return each(db, f.period,
                QStringLiteral("SELECT e.starts_on, e.kind, e.title, e.participant_count, e.people_trained, "
                               "(SELECT COUNT(*) FROM event_partner ep WHERE ep.event_id = e.id) AS partners "
                               "FROM event e WHERE e.starts_on >= :from_day AND e.starts_on <= :to_day") +
                    reportsql::councilClause(QStringLiteral("e.council_id"), ids) + QStringLiteral(" ORDER BY e.starts_on, e.id"),
                [&](SqlQuery& q) {
                    EventEntry event;
                    event.date = q.date(QStringLiteral("starts_on"));
                    event.kind = fromCode(q.text(QStringLiteral("kind")), EventKind::Other);
                    event.title = q.text(QStringLiteral("title"));
                    event.participants = q.integer(QStringLiteral("participant_count"));
                    event.peopleTrained = q.integer(QStringLiteral("people_trained"));
                    event.partners = q.integer(QStringLiteral("partners"));
                    f.eventList.push_back(event);
                });
}

} // namespace

Status computeReportDetails(Database& db, ReportFigures& figures, const std::vector<qint64>& councilIds)
{
    for (auto step : {identities, calendarAndMembers, sheets, events})
        if (Status status = step(db, figures, councilIds); !status.ok())
            return status;
    return {};
}

} // namespace maillage
