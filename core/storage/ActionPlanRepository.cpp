// SPDX-License-Identifier: EUPL-1.2
#include "core/storage/ActionPlanRepository.h"

#include "core/storage/ActivitySql.h"
#include "core/storage/Database.h"
#include "core/storage/RecordSql.h"
#include "core/storage/SqlQuery.h"

namespace maillage {

namespace {

const QStringList planColumns = {QStringLiteral("council_id"), QStringLiteral("title"), QStringLiteral("first_year"),
                                 QStringLiteral("last_year")};
const QStringList axisColumns = {QStringLiteral("plan_id"), QStringLiteral("position"), QStringLiteral("code"),
                                 QStringLiteral("title"), QStringLiteral("description")};

void bindPlan(SqlQuery& q, const ActionPlan& p)
{
    q.bind(QStringLiteral(":council_id"), p.councilId);
    q.bind(QStringLiteral(":title"), p.title);
    q.bind(QStringLiteral(":first_year"), p.firstYear);
    q.bind(QStringLiteral(":last_year"), p.lastYear);
}

ActionPlan readPlan(const SqlQuery& q)
{
    ActionPlan p;
    records::readRecord(q, p);
    p.councilId = q.id(QStringLiteral("council_id"));
    p.title = q.text(QStringLiteral("title"));
    p.firstYear = q.integer(QStringLiteral("first_year"));
    p.lastYear = q.integer(QStringLiteral("last_year"));
    return p;
}

void bindAxis(SqlQuery& q, const Axis& a)
{
    q.bind(QStringLiteral(":plan_id"), a.planId);
    q.bind(QStringLiteral(":position"), a.position);
    q.bind(QStringLiteral(":code"), a.code);
    q.bind(QStringLiteral(":title"), a.title);
    q.bind(QStringLiteral(":description"), a.description);
}

Axis readAxis(const SqlQuery& q)
{
    Axis a;
    records::readRecord(q, a);
    a.planId = q.id(QStringLiteral("plan_id"));
    a.position = q.integer(QStringLiteral("position"));
    a.code = q.text(QStringLiteral("code"));
    a.title = q.text(QStringLiteral("title"));
    a.description = q.text(QStringLiteral("description"));
    return a;
}

} // namespace

ActionPlanRepository::ActionPlanRepository(Database& db) : m_db(db) {}

Status ActionPlanRepository::createPlan(ActionPlan& plan)
{
    return activity::insertRow(m_db, QStringLiteral("action_plan"), planColumns, plan, tr("save the action plan"),
                               bindPlan);
}

Result<ActionPlan> ActionPlanRepository::getPlan(qint64 id) const
{
    SqlQuery query(m_db, QStringLiteral("SELECT * FROM action_plan WHERE id = :id"));
    query.bind(QStringLiteral(":id"), id);
    if (Status status = query.exec(tr("read the action plan")); !status.ok())
        return status.error();
    if (!query.next())
        return Error{Error::Kind::NotFound, tr("This action plan does not exist (any more)."),
                     QStringLiteral("action_plan #%1").arg(id)};
    return readPlan(query);
}

Status ActionPlanRepository::updatePlan(ActionPlan& plan)
{
    return activity::updateRow(m_db, QStringLiteral("action_plan"), planColumns, plan, tr("save the action plan"),
                               bindPlan);
}

Status ActionPlanRepository::removePlan(qint64 id)
{
    return records::deleteById(m_db, QStringLiteral("action_plan"), id, tr("delete the action plan"));
}

Result<std::vector<ActionPlan>> ActionPlanRepository::listPlans(qint64 councilId) const
{
    activity::Conditions c;
    if (councilId > 0)
        c.add(QStringLiteral("council_id = ") + c.param(councilId));
    SqlQuery query(m_db,
                   QStringLiteral("SELECT * FROM action_plan%1 ORDER BY first_year DESC, id DESC").arg(c.where()));
    c.bindTo(query);
    if (Status status = query.exec(tr("list the action plans")); !status.ok())
        return status.error();
    std::vector<ActionPlan> plans;
    while (query.next())
        plans.push_back(readPlan(query));
    return plans;
}

Status ActionPlanRepository::createAxis(Axis& axis)
{
    return activity::insertRow(m_db, QStringLiteral("axis"), axisColumns, axis, tr("save the axis"), bindAxis);
}

Result<Axis> ActionPlanRepository::getAxis(qint64 id) const
{
    SqlQuery query(m_db, QStringLiteral("SELECT * FROM axis WHERE id = :id"));
    query.bind(QStringLiteral(":id"), id);
    if (Status status = query.exec(tr("read the axis")); !status.ok())
        return status.error();
    if (!query.next())
        return Error{Error::Kind::NotFound, tr("This axis does not exist (any more)."),
                     QStringLiteral("axis #%1").arg(id)};
    return readAxis(query);
}

Status ActionPlanRepository::updateAxis(Axis& axis)
{
    return activity::updateRow(m_db, QStringLiteral("axis"), axisColumns, axis, tr("save the axis"), bindAxis);
}

Status ActionPlanRepository::removeAxis(qint64 id)
{
    return records::deleteById(m_db, QStringLiteral("axis"), id, tr("delete the axis"));
}

Result<std::vector<Axis>> ActionPlanRepository::listAxes(qint64 planId) const
{
    SqlQuery query(m_db, QStringLiteral("SELECT * FROM axis WHERE plan_id = :plan ORDER BY position, id"));
    query.bind(QStringLiteral(":plan"), planId);
    if (Status status = query.exec(tr("list the axes")); !status.ok())
        return status.error();
    std::vector<Axis> axes;
    while (query.next())
        axes.push_back(readAxis(query));
    return axes;
}

} // namespace maillage
