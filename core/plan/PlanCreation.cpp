// SPDX-License-Identifier: EUPL-1.2
#include "core/plan/PlanCreation.h"

#include "core/storage/ActionPlanRepository.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

namespace maillage::plan {

bool isUnfinished(SheetStatus status)
{
    return status == SheetStatus::Planned || status == SheetStatus::InProgress || status == SheetStatus::Suspended;
}

PlanCreation::PlanCreation(Database& db) : m_db(db) {}

Result<qint64> PlanCreation::create(const NewPlan& request)
{
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.error();
    ActionPlanRepository repo(m_db);
    ActionPlan plan;
    plan.councilId = request.councilId;
    plan.title = request.title.trimmed();
    plan.firstYear = request.firstYear;
    plan.lastYear = request.lastYear;
    if (Status status = repo.createPlan(plan); !status.ok())
        return status.error();
    for (Axis axis : presetAxes(request.preset)) {
        axis.planId = plan.id;
        if (Status status = repo.createAxis(axis); !status.ok())
            return status.error();
    }
    if (request.carryFromPlanId > 0)
        if (Result<int> carried = carryOver(request.carryFromPlanId, plan.id); !carried.ok())
            return carried.error();
    if (Status status = transaction.commit(); !status.ok())
        return status.error();
    return plan.id;
}

Result<int> PlanCreation::carryOver(qint64 fromPlanId, qint64 toPlanId)
{
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.error();
    ActionPlanRepository repo(m_db);
    Result<ActionPlan> from = repo.getPlan(fromPlanId);
    if (!from.ok())
        return from.error();
    Result<ActionPlan> to = repo.getPlan(toPlanId);
    if (!to.ok())
        return to.error();
    Result<std::vector<Axis>> oldAxes = repo.listAxes(fromPlanId);
    if (!oldAxes.ok())
        return oldAxes.error();
    Result<std::vector<Axis>> newAxes = repo.listAxes(toPlanId);
    if (!newAxes.ok())
        return newAxes.error();
    std::vector<Axis> targets = newAxes.value();

    auto targetFor = [&](const Axis& old) -> Result<qint64> {
        for (const Axis& axis : targets)
            if (axis.title.trimmed().compare(old.title.trimmed(), Qt::CaseInsensitive) == 0)
                return axis.id;
        for (const Axis& axis : targets)
            if (!old.code.isEmpty() && axis.code == old.code && axis.title.isEmpty())
                return axis.id;
        Axis copy = old;
        copy.id = 0;
        copy.planId = toPlanId;
        copy.position = targets.empty() ? 1 : targets.back().position + 1;
        if (Status status = repo.createAxis(copy); !status.ok())
            return status.error();
        targets.push_back(copy);
        return copy.id;
    };

    int carried = 0;
    const QDate today = QDate::currentDate();
    for (const Axis& oldAxis : oldAxes.value()) {
        ActionSheetFilter filter;
        filter.axisId = oldAxis.id;
        filter.withDetails = true;
        Result<std::vector<ActionSheet>> sheets = repo.listSheets(filter);
        if (!sheets.ok())
            return sheets.error();
        for (ActionSheet old : sheets.value()) {
            if (!isUnfinished(old.status))
                continue;
            Result<qint64> axisId = targetFor(oldAxis);
            if (!axisId.ok())
                return axisId.error();
            ActionSheet next = old;
            next.id = 0;
            next.version = 0;
            next.axisId = axisId.value();
            next.carriedFromId = old.id;
            next.history.clear();
            StatusChange arrival;
            arrival.status = old.status;
            arrival.changedOn = today;
            arrival.comment = tr("Carried over from “%1” (fiche %2)").arg(from->title, old.code);
            next.history.push_back(arrival);
            std::erase_if(next.milestones, [](const Milestone& m) { return m.doneOn.isValid(); });
            std::erase_if(next.budget, [&](const BudgetLine& line) { return !to->covers(line.year); });
            for (Indicator& indicator : next.indicators)
                indicator.values.clear();
            if (next.startsOn.isValid() && next.startsOn.year() < to->firstYear)
                next.startsOn = QDate(to->firstYear, 1, 1);
            if (next.endsOn.isValid() && (next.endsOn < next.startsOn || !to->covers(next.endsOn.year())))
                next.endsOn = QDate(to->lastYear, 12, 31);
            if (Status status = repo.createSheet(next); !status.ok())
                return status.error();

            StatusChange departure;
            departure.status = old.status;
            departure.changedOn = today;
            departure.comment = tr("Carried over to “%1”").arg(to->title);
            old.history.push_back(departure);
            if (Status status = repo.updateSheet(old); !status.ok())
                return status.error();
            ++carried;
        }
    }
    if (Status status = transaction.commit(); !status.ok())
        return status.error();
    return carried;
}

} // namespace maillage::plan
