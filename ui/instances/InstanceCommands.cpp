// SPDX-License-Identifier: EUPL-1.2
#include "ui/instances/InstanceCommands.h"

#include "core/storage/Database.h"
#include "core/storage/InstanceRepository.h"

#include <QCoreApplication>

namespace maillage::ui {

namespace instance_commands {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("maillage::ui::instance_commands", text);
}

// Saves value over the stored instance whatever its version: undo and redo replay a known state.
Status overwrite(Database& db, const IdMap& ids, qint64 original, Instance value)
{
    const qint64 id = resolve(ids, original);
    InstanceRepository repository(db);
    auto current = repository.get(id);
    if (!current.ok())
        return current.error();
    value.id = id;
    value.version = current->version;
    return repository.update(value);
}

// Inserts a copy of value (and its members) as a new instance, which stands for `original` from now on.
Status recreate(Database& db, const IdMap& ids, qint64 original, Instance value)
{
    const qint64 before = resolve(ids, original);
    static_cast<Record&>(value) = Record{};
    for (InstanceMember& member : value.members) {
        static_cast<Record&>(member) = Record{};
        member.instanceId = 0;
    }
    if (Status status = InstanceRepository(db).create(value); !status.ok())
        return status;
    if (value.id != before)
        ids->insert(before, value.id);
    return {};
}

} // namespace

qint64 resolve(const IdMap& ids, qint64 id)
{
    for (int step = 0; ids && ids->contains(id) && step < 1000; ++step)
        id = ids->value(id);
    return id;
}

StepCommand* created(Database& db, const IdMap& ids, const Instance& saved, StepCommand::Report report)
{
    const qint64 id = saved.id;
    return new StepCommand(
        tr("New instance %1").arg(saved.name), [&db, ids, id, saved] { return recreate(db, ids, id, saved); },
        [&db, ids, id] { return InstanceRepository(db).remove(resolve(ids, id)); }, std::move(report));
}

StepCommand* edited(Database& db, const IdMap& ids, const Instance& before, const Instance& after,
                    StepCommand::Report report)
{
    const qint64 id = after.id;
    return new StepCommand(
        tr("Edit instance %1").arg(after.name), [&db, ids, id, after] { return overwrite(db, ids, id, after); },
        [&db, ids, id, before] { return overwrite(db, ids, id, before); }, std::move(report));
}

Result<StepCommand*> archive(Database& db, const IdMap& ids, qint64 id, StepCommand::Report report)
{
    auto before = InstanceRepository(db).get(id);
    if (!before.ok())
        return before.error();
    Instance after = before.value();
    after.active = false;
    if (Status status = overwrite(db, ids, id, after); !status.ok())
        return status.error();
    auto* command = edited(db, ids, before.value(), after, std::move(report));
    command->setText(tr("Archive instance %1").arg(after.name));
    return command;
}

Result<StepCommand*> remove(Database& db, const IdMap& ids, qint64 id, StepCommand::Report report)
{
    auto kept = InstanceRepository(db).get(id);
    if (!kept.ok())
        return kept.error();
    if (Status status = InstanceRepository(db).remove(id); !status.ok())
        return status.error();
    return new StepCommand(
        tr("Delete instance %1").arg(kept->name),
        [&db, ids, id] { return InstanceRepository(db).remove(resolve(ids, id)); },
        [&db, ids, id, instance = kept.value()] { return recreate(db, ids, id, instance); }, std::move(report));
}

} // namespace instance_commands

} // namespace maillage::ui
