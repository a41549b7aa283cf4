// SPDX-License-Identifier: EUPL-1.2
// The SQL behind core/report/ReportFigures.h: every figure of the activity report.
#include "core/report/ReportFigures.h"

#include "core/storage/Database.h"
#include "core/storage/ReportSql.h"
#include "core/storage/SqlQuery.h"

#include <QCoreApplication>

#include <algorithm>
#include <map>

namespace maillage {

namespace {

using reportsql::what;

class Runner
{
public:
    Runner(Database& db, const ReportPeriod& period) : m_db(db), m_period(period) {}

    // Runs a statement with :from/:to (and :from_ts/:to_ts for date-times) bound; calls row() per row.
    template <typename RowFn> Status each(const QString& statement, RowFn row)
    {
        SqlQuery query(m_db, statement);
        if (statement.contains(QLatin1String(":from_ts"))) {
            query.bind(QStringLiteral(":from_ts"), m_period.from.toString(Qt::ISODate));
            query.bind(QStringLiteral(":to_ts"), m_period.to.addDays(1).toString(Qt::ISODate));
        }
        if (statement.contains(QLatin1String(":from")))
            query.bind(QStringLiteral(":from"), m_period.from);
        if (statement.contains(QLatin1String(":to")))
            query.bind(QStringLiteral(":to"), m_period.to);
        if (statement.contains(QLatin1String(":seen_since")))
            query.bind(QStringLiteral(":seen_since"), m_period.to.addMonths(-12).toString(Qt::ISODate));
        if (Status status = query.exec(what()); !status.ok())
            return status;
        while (query.next())
            row(query);
        return {};
    }

private:
    Database& m_db;
    ReportPeriod m_period;
};

void addTurnout(Turnout& turnout, const QString& status, int count)
{
    if (status == QLatin1String("present") || status == QLatin1String("represented"))
        turnout.present += count;
    else if (status == QLatin1String("excused") || status == QLatin1String("proxy_given"))
        turnout.excused += count;
    else if (status == QLatin1String("absent"))
        turnout.absent += count;
}

int pillarIndex(const QString& code)
{
    const Pillar pillar = fromCode(code, Pillar::Professional);
    switch (pillar) {
    case Pillar::Elected:
        return 0;
    case Pillar::Psychiatry:
        return 1;
    case Pillar::User:
        return 2;
    case Pillar::Carer:
        return 3;
    default:
        return -1;
    }
}

} // namespace

Result<ReportFigures> computeReportFigures(Database& db, const ReportPeriod& period,
                                           const std::vector<qint64>& councilIds, bool details)
{
    if (!period.isValid())
        return Error{Error::Kind::Invalid,
                     QCoreApplication::translate("maillage::ReportQueries",
                                                 "The period of the report must end after it starts."),
                     {}};
    ReportFigures f;
    f.period = period;
    Runner run(db, period);
    const QString inCouncils = reportsql::councilClause(QStringLiteral("c.id"), councilIds);
    const QString instanceCouncils = reportsql::councilClause(QStringLiteral("i.council_id"), councilIds);
    // Meetings of the period: starts_at is local ISO text, compared as text.
    const QString meetingInPeriod = QStringLiteral(" m.starts_at >= :from_ts AND m.starts_at < :to_ts ");

    std::vector<Status> statuses;
    statuses.push_back(run.each(
        QStringLiteral("SELECT c.name, c.coordinator_fte_percent, c.coordinator_funding FROM council c "
                       "WHERE 1 = 1") +
            inCouncils + QStringLiteral(" ORDER BY c.name, c.id"),
        [&](SqlQuery& q) {
            f.councils << q.text(QStringLiteral("name"));
            f.coordinatorFtePercent += q.integer(QStringLiteral("coordinator_fte_percent"));
            for (const QString& line : q.text(QStringLiteral("coordinator_funding")).split(u'\n', Qt::SkipEmptyParts))
                if (!f.funders.contains(line.trimmed()))
                    f.funders << line.trimmed();
        }));
    // Territory as it stood during the period.
    statuses.push_back(run.each(
        QStringLiteral(
            "SELECT COUNT(*) AS n, COALESCE(SUM(population), 0) AS people, "
            "COALESCE(SUM(qpv_count), 0) AS qpv FROM commune t JOIN council c ON c.id = t.council_id "
            "WHERE (t.valid_from IS NULL OR t.valid_from <= :to) AND (t.valid_to IS NULL OR t.valid_to >= :from)") +
            inCouncils,
        [&](SqlQuery& q) {
            f.communes = q.integer(QStringLiteral("n"));
            f.population = q.value(QStringLiteral("people")).toLongLong();
            f.priorityNeighbourhoods = q.integer(QStringLiteral("qpv"));
        }));
    statuses.push_back(run.each(
        QStringLiteral(
            "SELECT COUNT(*) AS n FROM psychiatric_sector t JOIN council c ON c.id = t.council_id "
            "WHERE (t.valid_from IS NULL OR t.valid_from <= :to) AND (t.valid_to IS NULL OR t.valid_to >= :from)") +
            inCouncils,
        [&](SqlQuery& q) { f.psychiatricSectors = q.integer(QStringLiteral("n")); }));

    // Instances and their meetings.
    std::map<qint64, size_t> instanceIndex;
    statuses.push_back(run.each(QStringLiteral("SELECT i.id, i.name, i.kind FROM instance i WHERE 1 = 1") +
                                    instanceCouncils + QStringLiteral(" ORDER BY i.id"),
                                [&](SqlQuery& q) {
                                    InstanceFigures instance;
                                    instance.id = q.id(QStringLiteral("id"));
                                    instance.name = q.text(QStringLiteral("name"));
                                    instance.kind = fromCode(q.text(QStringLiteral("kind")), InstanceKind::Other);
                                    instanceIndex[instance.id] = f.instances.size();
                                    f.instances.push_back(instance);
                                }));
    statuses.push_back(
        run.each(QStringLiteral("SELECT m.instance_id, m.status, m.starts_at, "
                                "(SELECT COUNT(*) FROM decision d WHERE d.meeting_id = m.id) AS decisions "
                                "FROM meeting m JOIN instance i ON i.id = m.instance_id WHERE") +
                     meetingInPeriod + instanceCouncils + QStringLiteral(" ORDER BY m.starts_at, m.id"),
                 [&](SqlQuery& q) {
                     auto found = instanceIndex.find(q.id(QStringLiteral("instance_id")));
                     if (found == instanceIndex.end())
                         return;
                     InstanceFigures& instance = f.instances[found->second];
                     const QString status = q.text(QStringLiteral("status"));
                     if (status == QLatin1String("held")) {
                         ++instance.held;
                         instance.decisions += q.integer(QStringLiteral("decisions"));
                         instance.meetingDates << q.text(QStringLiteral("starts_at")).left(10);
                     } else if (status == QLatin1String("cancelled")) {
                         ++instance.cancelled;
                     } else if (status == QLatin1String("planned")) {
                         ++instance.planned;
                     }
                 }));
    // Attendance at held meetings, by instance, sector and pillar (guests are not expected).
    std::map<QString, Turnout> bySector;
    std::map<QString, Turnout> byPillar;
    statuses.push_back(run.each(
        QStringLiteral("SELECT m.instance_id, a.status, COALESCE(s.code, '') AS sector, "
                       "COALESCE(ct.pillar, '') AS pillar, COUNT(*) AS n FROM attendance a "
                       "JOIN meeting m ON m.id = a.meeting_id JOIN instance i ON i.id = m.instance_id "
                       "LEFT JOIN organisation o ON o.id = a.organisation_id "
                       "LEFT JOIN sector s ON s.id = o.sector_id "
                       "LEFT JOIN contact ct ON ct.id = a.contact_id "
                       "WHERE a.is_guest = 0 AND m.status = 'held' AND") +
            meetingInPeriod + instanceCouncils + QStringLiteral(" GROUP BY m.instance_id, a.status, s.code, ct.pillar"),
        [&](SqlQuery& q) {
            const QString status = q.text(QStringLiteral("status"));
            const int n = q.integer(QStringLiteral("n"));
            auto found = instanceIndex.find(q.id(QStringLiteral("instance_id")));
            if (found != instanceIndex.end()) {
                InstanceFigures& instance = f.instances[found->second];
                addTurnout(instance.turnout, status, n);
                addTurnout(instance.sectorTurnout[q.text(QStringLiteral("sector"))], status, n);
                addTurnout(instance.pillarTurnout[q.text(QStringLiteral("pillar"))], status, n);
                const int pillar = pillarIndex(q.text(QStringLiteral("pillar")));
                if (pillar >= 0 && (status == QLatin1String("present") || status == QLatin1String("represented")))
                    instance.pillarPresent[pillar] = true;
            }
            addTurnout(f.turnout, status, n);
            addTurnout(bySector[q.text(QStringLiteral("sector"))], status, n);
            addTurnout(byPillar[q.text(QStringLiteral("pillar"))], status, n);
        }));
    for (const InstanceFigures& instance : f.instances) {
        f.meetingsHeld += instance.held;
        f.meetingsCancelled += instance.cancelled;
        f.decisions += instance.decisions;
    }

    // Follow-ups decided in the period.
    statuses.push_back(run.each(
        QStringLiteral(
            "SELECT "
            "SUM(CASE WHEN fu.status = 'done' THEN 1 ELSE 0 END) AS done, "
            "SUM(CASE WHEN fu.status IN ('open', 'in_progress') AND fu.due_on < :to THEN 1 ELSE 0 END) AS overdue, "
            "COUNT(*) AS n FROM follow_up fu JOIN meeting m ON m.id = fu.meeting_id "
            "JOIN instance i ON i.id = m.instance_id WHERE") +
            meetingInPeriod + instanceCouncils,
        [&](SqlQuery& q) {
            f.followUpsCreated = q.integer(QStringLiteral("n"));
            f.followUpsDone = q.integer(QStringLiteral("done"));
            f.followUpsOverdue = q.integer(QStringLiteral("overdue"));
        }));

    // Network: partner organisations (of the councils, through council_partner) by sector.
    const QString partnerOf =
        councilIds.empty() ? QString()
                           : QStringLiteral(" AND o.id IN (SELECT organisation_id FROM council_partner WHERE 1 = 1%1)")
                                 .arg(reportsql::councilClause(QStringLiteral("council_id"), councilIds));
    std::map<QString, size_t> sectorIndex;
    statuses.push_back(
        run.each(QStringLiteral("SELECT s.code, s.label, "
                                "(SELECT COUNT(*) FROM organisation o WHERE o.sector_id = s.id AND o.active = 1") +
                     partnerOf + QStringLiteral(") AS n FROM sector s ORDER BY s.position, s.id"),
                 [&](SqlQuery& q) {
                     SectorFigures sector;
                     sector.code = q.text(QStringLiteral("code"));
                     sector.label = q.text(QStringLiteral("label"));
                     sector.organisations = q.integer(QStringLiteral("n"));
                     f.activeOrganisations += sector.organisations;
                     sectorIndex[sector.code] = f.sectors.size();
                     f.sectors.push_back(sector);
                 }));
    // Newcomers: organisations whose first attendance at a held meeting falls in the period.
    statuses.push_back(run.each(
        QStringLiteral(
            "SELECT COALESCE(s.code, '') AS sector, COUNT(*) AS n FROM ("
            "SELECT a.organisation_id, MIN(m.starts_at) AS first_seen FROM attendance a "
            "JOIN meeting m ON m.id = a.meeting_id JOIN instance i ON i.id = m.instance_id "
            "WHERE m.status = 'held' AND a.organisation_id IS NOT NULL AND a.status IN ('present', 'represented')") +
            instanceCouncils +
            QStringLiteral(" GROUP BY a.organisation_id) firsts JOIN organisation o ON o.id = firsts.organisation_id "
                           "LEFT JOIN sector s ON s.id = o.sector_id "
                           "WHERE firsts.first_seen >= :from_ts AND firsts.first_seen < :to_ts GROUP BY s.code"),
        [&](SqlQuery& q) {
            const int n = q.integer(QStringLiteral("n"));
            f.newOrganisations += n;
            auto found = sectorIndex.find(q.text(QStringLiteral("sector")));
            if (found != sectorIndex.end())
                f.sectors[found->second].newcomers += n;
        }));
    statuses.push_back(run.each(
        QStringLiteral("SELECT COUNT(*) AS n FROM organisation o WHERE o.active = 1") + partnerOf +
            QStringLiteral(
                " AND EXISTS (SELECT 1 FROM attendance a JOIN meeting m ON m.id = a.meeting_id "
                "WHERE a.organisation_id = o.id AND m.status = 'held' AND m.starts_at < :to_ts) "
                "AND NOT EXISTS (SELECT 1 FROM attendance a JOIN meeting m ON m.id = a.meeting_id "
                "WHERE a.organisation_id = o.id AND m.status = 'held' AND a.status IN ('present', 'represented') "
                "AND m.starts_at >= :seen_since AND m.starts_at < :to_ts)"),
        [&](SqlQuery& q) { f.organisationsNotSeen = q.integer(QStringLiteral("n")); }));
    for (auto& [code, turnout] : bySector) {
        auto found = sectorIndex.find(code);
        if (found != sectorIndex.end())
            f.sectors[found->second].turnout = turnout;
    }
    for (Pillar pillar : allValues<Pillar>()) {
        PillarFigures figures;
        figures.pillar = pillar;
        figures.turnout = byPillar[codeOf(pillar)];
        f.pillars.push_back(figures);
    }
    statuses.push_back(run.each(
        QStringLiteral("SELECT pillar, COUNT(*) AS n FROM contact WHERE active = 1 GROUP BY pillar"), [&](SqlQuery& q) {
            const int n = q.integer(QStringLiteral("n"));
            f.activeContacts += n;
            for (PillarFigures& p : f.pillars)
                if (codeOf(p.pillar) == q.text(QStringLiteral("pillar")))
                    p.contacts = n;
        }));

    // Action plan of the councils, budget of the period's years.
    const QString planCouncils = reportsql::councilClause(QStringLiteral("p.council_id"), councilIds);
    statuses.push_back(
        run.each(QStringLiteral("SELECT s.status, COUNT(*) AS n FROM action_sheet s JOIN axis x ON x.id = s.axis_id "
                                "JOIN action_plan p ON p.id = x.plan_id WHERE 1 = 1") +
                     planCouncils + QStringLiteral(" GROUP BY s.status ORDER BY s.status"),
                 [&](SqlQuery& q) {
                     f.sheets += q.integer(QStringLiteral("n"));
                     f.sheetsByStatus.emplace_back(q.text(QStringLiteral("status")), q.integer(QStringLiteral("n")));
                 }));
    SqlQuery budget(
        db,
        QStringLiteral("SELECT b.funder, SUM(b.planned_cents) AS planned, SUM(b.obtained_cents) AS obtained, "
                       "SUM(b.spent_cents) AS spent FROM budget_line b JOIN action_sheet s ON s.id = b.action_sheet_id "
                       "JOIN axis x ON x.id = s.axis_id JOIN action_plan p ON p.id = x.plan_id "
                       "WHERE b.year >= :first AND b.year <= :last") +
            planCouncils + QStringLiteral(" GROUP BY b.funder ORDER BY b.funder"));
    budget.bind(QStringLiteral(":first"), period.from.year()).bind(QStringLiteral(":last"), period.to.year());
    if (Status status = budget.exec(what()); !status.ok())
        return status.error();
    while (budget.next())
        f.budget.push_back({budget.text(QStringLiteral("funder")), budget.value(QStringLiteral("planned")).toLongLong(),
                            budget.value(QStringLiteral("obtained")).toLongLong(),
                            budget.value(QStringLiteral("spent")).toLongLong()});

    // Events of the period.
    statuses.push_back(
        run.each(QStringLiteral("SELECT e.kind, COUNT(*) AS n, SUM(e.participant_count) AS participants, "
                                "SUM(e.people_trained) AS trained FROM event e JOIN council c ON c.id = e.council_id "
                                "WHERE e.starts_on >= :from AND e.starts_on <= :to") +
                     inCouncils + QStringLiteral(" GROUP BY e.kind"),
                 [&](SqlQuery& q) {
                     EventKindFigures kind;
                     kind.kind = fromCode(q.text(QStringLiteral("kind")), EventKind::Other);
                     kind.events = q.integer(QStringLiteral("n"));
                     kind.participants = q.integer(QStringLiteral("participants"));
                     kind.peopleTrained = q.integer(QStringLiteral("trained"));
                     f.events.push_back(kind);
                 }));
    std::sort(f.events.begin(), f.events.end(),
              [](const EventKindFigures& a, const EventKindFigures& b) { return a.kind < b.kind; });

    // Situations: aggregates only.
    statuses.push_back(run.each(
        QStringLiteral("SELECT "
                       "SUM(CASE WHEN t.opened_on <= :to AND (t.closed_on IS NULL OR t.closed_on >= :from) THEN 1 ELSE "
                       "0 END) AS examined, "
                       "SUM(CASE WHEN t.opened_on >= :from AND t.opened_on <= :to THEN 1 ELSE 0 END) AS opened, "
                       "SUM(CASE WHEN t.closed_on >= :from AND t.closed_on <= :to THEN 1 ELSE 0 END) AS closed "
                       "FROM situation t JOIN council c ON c.id = t.council_id WHERE 1 = 1") +
            inCouncils,
        [&](SqlQuery& q) {
            f.situationsExamined = ReportFigures::masked(q.integer(QStringLiteral("examined")));
            f.situationsOpened = ReportFigures::masked(q.integer(QStringLiteral("opened")));
            f.situationsClosed = ReportFigures::masked(q.integer(QStringLiteral("closed")));
        }));
    for (const Status& status : statuses)
        if (!status.ok())
            return status.error();
    if (!details)
        return f;
    if (Status status = computeReportDetails(db, f, councilIds); !status.ok())
        return status.error();
    return f;
}

} // namespace maillage
