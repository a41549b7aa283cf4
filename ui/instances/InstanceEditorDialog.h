// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/Instance.h"
#include "ui/instances/MemberDialog.h"

#include <QDialog>

#include <memory>
#include <vector>

class QUndoStack;

namespace Ui {
class InstanceEditorDialog;
}

namespace maillage {
class Database;
}

namespace maillage::ui {

class RecurrenceEditor;

/// Creates or edits an instance with its members and cadence, saved through InstanceRepository.
/// Member edits can be undone (Ctrl+Z) and redone (Ctrl+Shift+Z) until the dialog is saved.
class InstanceEditorDialog : public QDialog
{
    Q_OBJECT

public:
    /// Edits `instance` (a new one when its id is 0). db outlives the dialog.
    InstanceEditorDialog(Database& db, const Instance& instance, QWidget* parent = nullptr);
    ~InstanceEditorDialog() override;

    /// The instance as saved (valid after accept()).
    const Instance& instance() const { return m_instance; }
    const std::vector<InstanceMember>& members() const { return m_members; }
    QUndoStack* undoStack() const { return m_undo; }
    RecurrenceEditor* recurrenceEditor() const { return m_recurrence; }

    /// Member edits, each one undoable.
    void addMember(const InstanceMember& member);
    void replaceMember(int row, const InstanceMember& member);
    void removeMember(int row);
    /// Shows the members (used by the undo commands).
    void setMembers(const std::vector<InstanceMember>& members);

    void accept() override;

private:
    void loadChoices();
    void fillFields();
    void showMembers();
    void editCurrentMember();
    void pushMembers(const std::vector<InstanceMember>& after, const QString& text);
    QString partyName(const InstanceMember& member) const;
    void showError(const QString& message, const QString& detail);

    std::unique_ptr<Ui::InstanceEditorDialog> m_ui;
    Database& m_db;
    Instance m_instance;
    std::vector<InstanceMember> m_members;
    std::vector<Party> m_parties;
    QUndoStack* m_undo = nullptr;
    RecurrenceEditor* m_recurrence = nullptr;
};

} // namespace maillage::ui
