// SPDX-License-Identifier: EUPL-1.2
#include "core/storage/ActionSheetSql.h"

#include "core/storage/ActivitySql.h"
#include "core/storage/Database.h"

#include <QCoreApplication>

namespace maillage::sheetsql {

namespace {

const QString sheetColumn = QStringLiteral("action_sheet_id");

Result<QSet<qint64>> valueIds(const Database& db, qint64 sheetId)
{
    SqlQuery query(db, QStringLiteral("SELECT v.id FROM indicator_value v JOIN indicator i ON i.id = v.indicator_id "
                                      "WHERE i.action_sheet_id = :sheet"));
    query.bind(QStringLiteral(":sheet"), sheetId);
    if (Status status =
            query.exec(QCoreApplication::translate("maillage::ActionPlanRepository", "save the action sheet"));
        !status.ok())
        return status.error();
    QSet<qint64> ids;
    while (query.next())
        ids.insert(query.value(0).toLongLong());
    return ids;
}

Status saveIndicators(const Database& db, ActionSheet& sheet, const QSet<qint64>& existing,
                      const QSet<qint64>& existingValues, const QString& now)
{
    const QString what = QCoreApplication::translate("maillage::ActionPlanRepository", "save the action sheet");
    const QStringList indicatorColumns = {sheetColumn,
                                          QStringLiteral("name"),
                                          QStringLiteral("kind"),
                                          QStringLiteral("unit"),
                                          QStringLiteral("data_source"),
                                          QStringLiteral("baseline"),
                                          QStringLiteral("target"),
                                          QStringLiteral("computed_source"),
                                          QStringLiteral("computed_scope"),
                                          QStringLiteral("cumulative")};
    const QStringList valueColumns = {QStringLiteral("indicator_id"), QStringLiteral("period"), QStringLiteral("value"),
                                      QStringLiteral("target"), QStringLiteral("breakdown")};
    for (Indicator& indicator : sheet.indicators) {
        indicator.actionSheetId = sheet.id;
        Status status = activity::insertChild(
            db, QStringLiteral("indicator"), indicatorColumns, indicator, existing, now, what, [&](SqlQuery& q) {
                q.bind(QStringLiteral(":action_sheet_id"), sheet.id);
                q.bind(QStringLiteral(":name"), indicator.name);
                q.bind(QStringLiteral(":kind"), codeOf(indicator.kind));
                q.bind(QStringLiteral(":unit"), indicator.unit);
                q.bind(QStringLiteral(":data_source"), indicator.dataSource);
                q.bind(QStringLiteral(":baseline"), indicator.baseline);
                q.bind(QStringLiteral(":target"), indicator.target);
                q.bind(QStringLiteral(":computed_source"), codeOf(indicator.computedSource));
                q.bind(QStringLiteral(":computed_scope"), indicator.computedScope);
                q.bind(QStringLiteral(":cumulative"), indicator.cumulative ? 1 : 0);
            });
        if (!status.ok())
            return status;
        for (IndicatorValue& value : indicator.values) {
            value.indicatorId = indicator.id;
            status = activity::insertChild(db, QStringLiteral("indicator_value"), valueColumns, value, existingValues,
                                           now, what, [&](SqlQuery& q) {
                                               q.bind(QStringLiteral(":indicator_id"), indicator.id);
                                               q.bind(QStringLiteral(":period"), value.period.trimmed());
                                               q.bind(QStringLiteral(":value"), value.value);
                                               q.bind(QStringLiteral(":target"), value.target);
                                               q.bind(QStringLiteral(":breakdown"), value.breakdown.trimmed());
                                           });
            if (!status.ok())
                return status;
        }
    }
    return {};
}

} // namespace

const QStringList& columns()
{
    static const QStringList names = {QStringLiteral("axis_id"),
                                      QStringLiteral("code"),
                                      QStringLiteral("title"),
                                      QStringLiteral("context"),
                                      QStringLiteral("general_objective"),
                                      QStringLiteral("specific_objectives"),
                                      QStringLiteral("lead_organisation_id"),
                                      QStringLiteral("target_public"),
                                      QStringLiteral("expected_reach"),
                                      QStringLiteral("territory"),
                                      QStringLiteral("starts_on"),
                                      QStringLiteral("ends_on"),
                                      QStringLiteral("status"),
                                      QStringLiteral("carried_from_id")};
    return names;
}

void bind(SqlQuery& q, const ActionSheet& s)
{
    q.bind(QStringLiteral(":axis_id"), s.axisId);
    q.bind(QStringLiteral(":code"), s.code);
    q.bind(QStringLiteral(":title"), s.title);
    q.bind(QStringLiteral(":context"), s.context);
    q.bind(QStringLiteral(":general_objective"), s.generalObjective);
    q.bind(QStringLiteral(":specific_objectives"), s.specificObjectives);
    q.bindId(QStringLiteral(":lead_organisation_id"), s.leadOrganisationId);
    q.bind(QStringLiteral(":target_public"), s.targetPublic);
    q.bind(QStringLiteral(":expected_reach"), s.expectedReach);
    q.bind(QStringLiteral(":territory"), s.territory);
    q.bind(QStringLiteral(":starts_on"), s.startsOn);
    q.bind(QStringLiteral(":ends_on"), s.endsOn);
    q.bind(QStringLiteral(":status"), codeOf(s.status));
    q.bindId(QStringLiteral(":carried_from_id"), s.carriedFromId);
}

ActionSheet read(const SqlQuery& q)
{
    ActionSheet s;
    records::readRecord(q, s);
    s.axisId = q.id(QStringLiteral("axis_id"));
    s.code = q.text(QStringLiteral("code"));
    s.title = q.text(QStringLiteral("title"));
    s.context = q.text(QStringLiteral("context"));
    s.generalObjective = q.text(QStringLiteral("general_objective"));
    s.specificObjectives = q.text(QStringLiteral("specific_objectives"));
    s.leadOrganisationId = q.id(QStringLiteral("lead_organisation_id"));
    s.targetPublic = q.text(QStringLiteral("target_public"));
    s.expectedReach = q.integer(QStringLiteral("expected_reach"));
    s.territory = q.text(QStringLiteral("territory"));
    s.startsOn = q.date(QStringLiteral("starts_on"));
    s.endsOn = q.date(QStringLiteral("ends_on"));
    s.status = fromCode(q.text(QStringLiteral("status")), SheetStatus::Planned);
    s.carriedFromId = q.id(QStringLiteral("carried_from_id"));
    return s;
}

Status saveChildren(const Database& db, ActionSheet& sheet, const QString& now)
{
    const QString what = QCoreApplication::translate("maillage::ActionPlanRepository", "save the action sheet");
    const QStringList tables = {QStringLiteral("indicator"), QStringLiteral("action_partner"),
                                QStringLiteral("action_status_change"), QStringLiteral("milestone"),
                                QStringLiteral("budget_line")};
    QHash<QString, QSet<qint64>> existing;
    for (const QString& table : tables) {
        auto ids = activity::childIds(db, table, sheetColumn, sheet.id);
        if (!ids.ok())
            return ids.error();
        existing.insert(table, ids.value());
    }
    auto values = valueIds(db, sheet.id);
    if (!values.ok())
        return values.error();
    for (const QString& table : tables) // indicator values go with their indicator (cascade)
        if (Status status = activity::deleteChildren(db, table, sheetColumn, sheet.id, what); !status.ok())
            return status;

    for (ActionPartner& partner : sheet.partners) {
        partner.actionSheetId = sheet.id;
        Status status =
            activity::insertChild(db, QStringLiteral("action_partner"),
                                  {sheetColumn, QStringLiteral("organisation_id"), QStringLiteral("role")}, partner,
                                  existing.value(QStringLiteral("action_partner")), now, what, [&](SqlQuery& q) {
                                      q.bind(QStringLiteral(":action_sheet_id"), sheet.id);
                                      q.bind(QStringLiteral(":organisation_id"), partner.organisationId);
                                      q.bind(QStringLiteral(":role"), codeOf(partner.role));
                                  });
        if (!status.ok())
            return status;
    }
    for (StatusChange& change : sheet.history) {
        change.actionSheetId = sheet.id;
        Status status = activity::insertChild(
            db, QStringLiteral("action_status_change"),
            {sheetColumn, QStringLiteral("status"), QStringLiteral("changed_on"), QStringLiteral("comment")}, change,
            existing.value(QStringLiteral("action_status_change")), now, what, [&](SqlQuery& q) {
                q.bind(QStringLiteral(":action_sheet_id"), sheet.id);
                q.bind(QStringLiteral(":status"), codeOf(change.status));
                q.bind(QStringLiteral(":changed_on"),
                       change.changedOn.isValid() ? change.changedOn : QDate::currentDate());
                q.bind(QStringLiteral(":comment"), change.comment);
            });
        if (!status.ok())
            return status;
        if (!change.changedOn.isValid())
            change.changedOn = QDate::currentDate();
    }
    for (Milestone& milestone : sheet.milestones) {
        milestone.actionSheetId = sheet.id;
        Status status = activity::insertChild(
            db, QStringLiteral("milestone"),
            {sheetColumn, QStringLiteral("title"), QStringLiteral("due_on"), QStringLiteral("done_on")}, milestone,
            existing.value(QStringLiteral("milestone")), now, what, [&](SqlQuery& q) {
                q.bind(QStringLiteral(":action_sheet_id"), sheet.id);
                q.bind(QStringLiteral(":title"), milestone.title);
                q.bind(QStringLiteral(":due_on"), milestone.dueOn);
                q.bind(QStringLiteral(":done_on"), milestone.doneOn);
            });
        if (!status.ok())
            return status;
    }
    for (BudgetLine& line : sheet.budget) {
        line.actionSheetId = sheet.id;
        Status status = activity::insertChild(
            db, QStringLiteral("budget_line"),
            {sheetColumn, QStringLiteral("funder"), QStringLiteral("year"), QStringLiteral("planned_cents"),
             QStringLiteral("obtained_cents"), QStringLiteral("spent_cents")},
            line, existing.value(QStringLiteral("budget_line")), now, what, [&](SqlQuery& q) {
                q.bind(QStringLiteral(":action_sheet_id"), sheet.id);
                q.bind(QStringLiteral(":funder"), line.funder);
                q.bind(QStringLiteral(":year"), line.year);
                q.bind(QStringLiteral(":planned_cents"), line.plannedCents);
                q.bind(QStringLiteral(":obtained_cents"), line.obtainedCents);
                q.bind(QStringLiteral(":spent_cents"), line.spentCents);
            });
        if (!status.ok())
            return status;
    }
    return saveIndicators(db, sheet, existing.value(QStringLiteral("indicator")), values.value(), now);
}

Status loadChildren(const Database& db, ActionSheet& sheet)
{
    const QString what = QCoreApplication::translate("maillage::ActionPlanRepository", "read the action sheet");
    auto run = [&](const QString& statement, auto readRow) -> Status {
        SqlQuery q(db, statement);
        q.bind(QStringLiteral(":sheet"), sheet.id);
        if (Status status = q.exec(what); !status.ok())
            return status;
        while (q.next())
            readRow(q);
        return {};
    };
    sheet.partners.clear();
    sheet.history.clear();
    sheet.milestones.clear();
    sheet.budget.clear();
    sheet.indicators.clear();
    Status status = run(QStringLiteral("SELECT * FROM action_partner WHERE action_sheet_id = :sheet ORDER BY id"),
                        [&](const SqlQuery& q) {
                            ActionPartner p;
                            records::readRecord(q, p);
                            p.actionSheetId = sheet.id;
                            p.organisationId = q.id(QStringLiteral("organisation_id"));
                            p.role = fromCode(q.text(QStringLiteral("role")), PartnerRole::CoLead);
                            sheet.partners.push_back(p);
                        });
    if (status.ok())
        status = run(QStringLiteral("SELECT * FROM action_status_change WHERE action_sheet_id = :sheet "
                                    "ORDER BY changed_on, id"),
                     [&](const SqlQuery& q) {
                         StatusChange c;
                         records::readRecord(q, c);
                         c.actionSheetId = sheet.id;
                         c.status = fromCode(q.text(QStringLiteral("status")), SheetStatus::Planned);
                         c.changedOn = q.date(QStringLiteral("changed_on"));
                         c.comment = q.text(QStringLiteral("comment"));
                         sheet.history.push_back(c);
                     });
    if (status.ok())
        status = run(QStringLiteral("SELECT * FROM milestone WHERE action_sheet_id = :sheet "
                                    "ORDER BY CASE WHEN due_on IS NULL THEN 1 ELSE 0 END, due_on, id"),
                     [&](const SqlQuery& q) {
                         Milestone m;
                         records::readRecord(q, m);
                         m.actionSheetId = sheet.id;
                         m.title = q.text(QStringLiteral("title"));
                         m.dueOn = q.date(QStringLiteral("due_on"));
                         m.doneOn = q.date(QStringLiteral("done_on"));
                         sheet.milestones.push_back(m);
                     });
    if (status.ok())
        status =
            run(QStringLiteral("SELECT * FROM budget_line WHERE action_sheet_id = :sheet ORDER BY year, funder, id"),
                [&](const SqlQuery& q) {
                    BudgetLine b;
                    records::readRecord(q, b);
                    b.actionSheetId = sheet.id;
                    b.funder = q.text(QStringLiteral("funder"));
                    b.year = q.integer(QStringLiteral("year"));
                    b.plannedCents = q.value(QStringLiteral("planned_cents")).toLongLong();
                    b.obtainedCents = q.value(QStringLiteral("obtained_cents")).toLongLong();
                    b.spentCents = q.value(QStringLiteral("spent_cents")).toLongLong();
                    sheet.budget.push_back(b);
                });
    if (status.ok())
        status = run(QStringLiteral("SELECT * FROM indicator WHERE action_sheet_id = :sheet ORDER BY id"),
                     [&](const SqlQuery& q) {
                         Indicator i;
                         records::readRecord(q, i);
                         i.actionSheetId = sheet.id;
                         i.name = q.text(QStringLiteral("name"));
                         i.kind = fromCode(q.text(QStringLiteral("kind")), IndicatorKind::Process);
                         i.unit = q.text(QStringLiteral("unit"));
                         i.dataSource = q.text(QStringLiteral("data_source"));
                         i.baseline = q.optionalReal(QStringLiteral("baseline"));
                         i.target = q.optionalReal(QStringLiteral("target"));
                         i.computedSource = fromCode(q.text(QStringLiteral("computed_source")), ComputedSource::None);
                         i.computedScope = q.text(QStringLiteral("computed_scope"));
                         i.cumulative = q.integer(QStringLiteral("cumulative")) != 0;
                         sheet.indicators.push_back(i);
                     });
    if (status.ok())
        status = run(QStringLiteral("SELECT v.* FROM indicator_value v JOIN indicator i ON i.id = v.indicator_id "
                                    "WHERE i.action_sheet_id = :sheet ORDER BY v.period, v.id"),
                     [&](const SqlQuery& q) {
                         IndicatorValue v;
                         records::readRecord(q, v);
                         v.indicatorId = q.id(QStringLiteral("indicator_id"));
                         v.period = q.text(QStringLiteral("period"));
                         v.value = q.value(QStringLiteral("value")).toDouble();
                         v.target = q.optionalReal(QStringLiteral("target"));
                         v.breakdown = q.text(QStringLiteral("breakdown"));
                         for (Indicator& indicator : sheet.indicators)
                             if (indicator.id == v.indicatorId)
                                 indicator.values.push_back(v);
                     });
    return status;
}

} // namespace maillage::sheetsql
