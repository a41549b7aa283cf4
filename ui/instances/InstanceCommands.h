// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/Instance.h"
#include "core/util/Result.h"
#include "ui/partners/PartnerCommands.h"

#include <QHash>

#include <memory>

namespace maillage {
class Database;
}

namespace maillage::ui {

/// An undoable change made in the database: the first redo() is the change the caller already made; later
/// redo()/undo() run the steps and report how they went. The partners' command is that, whatever the record.
using StepCommand = PartnerCommand;

/// The commands of the instances view. `created` and `edited` follow a save made by the editor dialog;
/// `archive` and `remove` make their change first and return the command, or the error.
namespace instance_commands {

/// Undo and redo of a deletion or a creation give the instance a new id: the commands of one stack share
/// this map (old id → new id) so that the others still find it.
using IdMap = std::shared_ptr<QHash<qint64, qint64>>;
/// The instance's id now.
qint64 resolve(const IdMap& ids, qint64 id);

/// Undo deletes the new instance (and its members); redo creates it again (with a new id).
StepCommand* created(Database& db, const IdMap& ids, const Instance& saved, StepCommand::Report report);
/// Undo puts back `before` (fields and members), redo `after`, whatever was saved in between.
StepCommand* edited(Database& db, const IdMap& ids, const Instance& before, const Instance& after, StepCommand::Report report);
/// Takes the instance out of the lists; its meetings stay.
Result<StepCommand*> archive(Database& db, const IdMap& ids, qint64 id, StepCommand::Report report);
/// Deletes an instance without meetings; undo brings it back with its members (with a new id).
Result<StepCommand*> remove(Database& db, const IdMap& ids, qint64 id, StepCommand::Report report);

} // namespace instance_commands

} // namespace maillage::ui
