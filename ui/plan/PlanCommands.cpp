// SPDX-License-Identifier: EUPL-1.2
#include "ui/plan/PlanCommands.h"

#include "core/storage/ActionPlanRepository.h"

namespace maillage::ui {

namespace {

void resetChildIds(ActionSheet& sheet)
{
    for (auto& p : sheet.partners)
        p.id = 0;
    for (auto& c : sheet.history)
        c.id = 0;
    for (auto& m : sheet.milestones)
        m.id = 0;
    for (auto& b : sheet.budget)
        b.id = 0;
    for (auto& i : sheet.indicators) {
        i.id = 0;
        for (auto& v : i.values)
            v.id = 0;
    }
}

} // namespace

qint64 PlanIdMap::resolve(const QHash<qint64, qint64>& map, qint64 id)
{
    for (int guard = 0; guard < 1000 && map.contains(id) && map.value(id) != id; ++guard)
        id = map.value(id);
    return id;
}

SheetCommand::SheetCommand(Database& db, PlanCommandHooks hooks, std::shared_ptr<PlanIdMap> ids,
                           std::optional<ActionSheet> before, std::optional<ActionSheet> after, qint64 key,
                           const QString& text)
    : QUndoCommand(text), m_db(db), m_hooks(std::move(hooks)), m_before(std::move(before)), m_after(std::move(after)),
      m_ids(std::move(ids)), m_key(key)
{
    if (!m_after)
        m_deleted = key; // made after the deletion
}

void SheetCommand::undo()
{
    apply(m_before);
}

void SheetCommand::redo()
{
    if (m_skipRedo) {
        m_skipRedo = false;
        return;
    }
    apply(m_after);
}

void SheetCommand::apply(const std::optional<ActionSheet>& target)
{
    ActionPlanRepository repo(m_db);
    Status status;
    qint64 axisId = 0;
    qint64 current = PlanIdMap::resolve(m_ids->sheets, m_key);
    const bool exists = repo.getSheet(current).ok();
    if (!target) {
        if (Result<ActionSheet> stored = repo.getSheet(current); stored.ok())
            axisId = stored->axisId;
        status = repo.removeSheet(current);
        if (status.ok()) {
            m_deleted = current;
            current = 0;
        }
    } else if (!exists) {
        ActionSheet sheet = *target;
        sheet.id = 0;
        sheet.axisId = PlanIdMap::resolve(m_ids->axes, sheet.axisId);
        resetChildIds(sheet);
        status = repo.createSheet(sheet);
        if (status.ok()) {
            current = sheet.id;
            m_ids->sheets.insert(m_key, current);
            if (m_deleted > 0 && m_deleted != m_key)
                m_ids->sheets.insert(m_deleted, current);
        }
        axisId = sheet.axisId;
    } else {
        Result<ActionSheet> stored = repo.getSheet(current);
        ActionSheet sheet = *target;
        sheet.id = current;
        sheet.version = stored->version;
        sheet.axisId = PlanIdMap::resolve(m_ids->axes, sheet.axisId);
        status = repo.updateSheet(sheet);
        axisId = sheet.axisId;
    }
    if (!status.ok()) {
        setObsolete(true);
        if (m_hooks.failed)
            m_hooks.failed(status.error());
    }
    if (m_hooks.changed)
        m_hooks.changed(current, axisId);
}

AxisCommand::AxisCommand(Database& db, PlanCommandHooks hooks, std::shared_ptr<PlanIdMap> ids,
                         std::optional<Axis> before, std::optional<Axis> after, qint64 key, const QString& text)
    : QUndoCommand(text), m_db(db), m_hooks(std::move(hooks)), m_before(std::move(before)), m_after(std::move(after)),
      m_ids(std::move(ids)), m_key(key)
{
    if (!m_after)
        m_deleted = key;
}

void AxisCommand::undo()
{
    apply(m_before);
}

void AxisCommand::redo()
{
    if (m_skipRedo) {
        m_skipRedo = false;
        return;
    }
    apply(m_after);
}

void AxisCommand::apply(const std::optional<Axis>& target)
{
    ActionPlanRepository repo(m_db);
    Status status;
    qint64 current = PlanIdMap::resolve(m_ids->axes, m_key);
    Result<Axis> stored = repo.getAxis(current);
    if (!target) {
        status = repo.removeAxis(current);
        if (status.ok()) {
            m_deleted = current;
            current = 0;
        }
    } else if (!stored.ok()) {
        Axis axis = *target;
        axis.id = 0;
        status = repo.createAxis(axis);
        if (status.ok()) {
            current = axis.id;
            m_ids->axes.insert(m_key, current);
            if (m_deleted > 0 && m_deleted != m_key)
                m_ids->axes.insert(m_deleted, current);
        }
    } else {
        Axis axis = *target;
        axis.id = current;
        axis.version = stored->version;
        status = repo.updateAxis(axis);
    }
    if (!status.ok()) {
        setObsolete(true);
        if (m_hooks.failed)
            m_hooks.failed(status.error());
    }
    if (m_hooks.changed)
        m_hooks.changed(0, current);
}

} // namespace maillage::ui
