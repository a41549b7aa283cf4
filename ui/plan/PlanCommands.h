// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/ActionPlan.h"
#include "core/util/Result.h"

#include <QHash>
#include <QUndoCommand>

#include <memory>

#include <functional>
#include <optional>

namespace maillage {
class Database;
}

namespace maillage::ui {

/// What the commands tell the section: select this id after a change, or show this error.
struct PlanCommandHooks
{
    std::function<void(qint64 sheetId, qint64 axisId)> changed;
    std::function<void(const Error& error)> failed;
};

/// Undoing a deletion writes the row again under a new id: the commands of one stack share
/// what each old id became, so that later commands still find their fiche or axis.
struct PlanIdMap
{
    QHash<qint64, qint64> sheets;
    QHash<qint64, qint64> axes;

    static qint64 resolve(const QHash<qint64, qint64>& map, qint64 id);
};

/// Adds (no before), deletes (no after) or saves a fiche action. The first redo is skipped: the
/// section performs the change itself first, so that a refusal never reaches the undo stack.
class SheetCommand : public QUndoCommand
{
public:
    /// key: the fiche's id when the command is made (before a deletion, after a creation).
    SheetCommand(Database& db, PlanCommandHooks hooks, std::shared_ptr<PlanIdMap> ids,
                 std::optional<ActionSheet> before, std::optional<ActionSheet> after, qint64 key, const QString& text);

    void undo() override;
    void redo() override;

private:
    void apply(const std::optional<ActionSheet>& target);

    Database& m_db;
    PlanCommandHooks m_hooks;
    std::optional<ActionSheet> m_before;
    std::optional<ActionSheet> m_after;
    std::shared_ptr<PlanIdMap> m_ids;
    qint64 m_key = 0;
    qint64 m_deleted = 0; ///< the id this command last deleted
    bool m_skipRedo = true;
};

/// Adds, deletes or edits an axis, like SheetCommand.
class AxisCommand : public QUndoCommand
{
public:
    AxisCommand(Database& db, PlanCommandHooks hooks, std::shared_ptr<PlanIdMap> ids, std::optional<Axis> before,
                std::optional<Axis> after, qint64 key, const QString& text);

    void undo() override;
    void redo() override;

private:
    void apply(const std::optional<Axis>& target);

    Database& m_db;
    PlanCommandHooks m_hooks;
    std::optional<Axis> m_before;
    std::optional<Axis> m_after;
    std::shared_ptr<PlanIdMap> m_ids;
    qint64 m_key = 0;
    qint64 m_deleted = 0;
    bool m_skipRedo = true;
};

} // namespace maillage::ui
