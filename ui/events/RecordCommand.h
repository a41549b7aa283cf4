// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/util/Result.h"

#include <QHash>
#include <QUndoCommand>

#include <optional>

namespace maillage {
class Database;
}

namespace maillage::ui {

/// The ids under which records live now: an undone delete re-creates a record under a new id,
/// and every later command (and the view) must follow it.
class RecordIds
{
public:
    qint64 current(qint64 id) const { return m_renamed.value(id, id); }
    void renamed(qint64 from, qint64 to)
    {
        for (auto it = m_renamed.begin(); it != m_renamed.end(); ++it)
            if (it.value() == from)
                it.value() = to;
        m_renamed.insert(from, to);
    }

private:
    QHash<qint64, qint64> m_renamed;
};

/// Record `id` as stored, read through Repository; none when there is no database or id, or when it cannot
/// be read (the error then goes to view.reportError).
template <typename T, typename Repository, typename View>
std::optional<T> storedRecord(Database* db, qint64 id, View& view)
{
    if (!db || id <= 0)
        return std::nullopt;
    auto stored = Repository(*db).get(id);
    if (!stored.ok()) {
        view.reportError(stored.error().message);
        return std::nullopt;
    }
    return stored.value();
}

/// Saves a record (new when `before` is empty) or deletes one (when `after` is empty), undoably.
/// Each step writes through Repository (create/get/update/remove); a failure leaves the data as it
/// was, is reported and makes the command obsolete. View provides recordIds(), reportError(message),
/// refresh() and selectRecord(id).
template <typename T, typename Repository, typename View>
class RecordCommand : public QUndoCommand
{
public:
    RecordCommand(Database& db, View& view, std::optional<T> before, std::optional<T> after, const QString& text)
        : QUndoCommand(text), m_db(db), m_view(view), m_before(std::move(before)), m_after(std::move(after))
    {
    }

    void redo() override { apply(m_before, m_after); }
    void undo() override { apply(m_after, m_before); }

private:
    /// Makes the stored record match target (nullopt: absent).
    void apply(const std::optional<T>& from, const std::optional<T>& target)
    {
        Repository repository(m_db);
        RecordIds& ids = m_view.recordIds();
        const qint64 id = ids.current(from ? from->id : (target ? target->id : 0));
        Status status;
        qint64 shown = 0;
        if (!target) {
            status = repository.remove(id);
        } else if (!from || id <= 0) {
            // (Re)created: a new row, under a new id that later steps must follow.
            T created = *target;
            const qint64 oldId = created.id;
            created.id = 0;
            created.version = 0;
            status = repository.create(created);
            if (status.ok() && oldId > 0)
                ids.renamed(oldId, created.id);
            if (status.ok() && oldId <= 0) {
                m_after->id = created.id; // the first redo of a creation names the record
                if (m_before)
                    m_before->id = created.id;
            }
            shown = created.id;
        } else {
            // Written over the stored version: undo must not trip on the version check.
            auto current = repository.get(id);
            status = current.ok() ? Status{} : Status{current.error()};
            if (status.ok()) {
                T updated = *target;
                updated.id = id;
                updated.version = current->version;
                status = repository.update(updated);
            }
            shown = id;
        }
        if (!status.ok()) {
            m_view.reportError(status.error().message);
            setObsolete(true);
        }
        m_view.refresh();
        if (shown > 0 && status.ok())
            m_view.selectRecord(shown);
    }

    Database& m_db;
    View& m_view;
    std::optional<T> m_before;
    std::optional<T> m_after;
};

} // namespace maillage::ui
