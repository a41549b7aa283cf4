// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/Instance.h"
#include "core/util/Result.h"
#include "ui/instances/InstanceCommands.h"
#include "ui/main/Section.h"

#include <vector>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QToolButton;
class QUndoStack;

namespace maillage::ui {

/// The instances of the council (plénière, COPIL, groupes, cellules) with their cadence and
/// members; creates and edits them, plans their meetings, archives them. Creations, edits, archiving and
/// deletions can be undone (Ctrl+Z) and redone (Ctrl+Shift+Z).
class InstancesWidget : public Section
{
    Q_OBJECT

public:
    explicit InstancesWidget(QWidget* parent = nullptr);

    void refresh() override;
    /// The instance of the selected row, or 0.
    qint64 currentInstanceId() const;
    void selectInstance(qint64 id);

    void newInstance();
    void editInstance();
    void planSeries();
    /// Deletes the selected instance; one that has meetings is offered archiving instead.
    void deleteInstance();
    QUndoStack* undoStack() const { return m_undo; }

private:
    void updateButtons();
    void showError(const QString& title, const Error& error);
    /// Pushes a change already made, and shows it.
    void push(StepCommand* command, qint64 select);
    /// How an undo or redo went: the list follows, a failure is shown.
    void reportStep(const Status& status);

    std::vector<Instance> m_instances;
    qint64 m_councilId = 0;
    QTableWidget* m_table = nullptr;
    QCheckBox* m_showArchived = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_plan = nullptr;
    QPushButton* m_delete = nullptr;
    QLabel* m_count = nullptr;
    QToolButton* m_undoButton = nullptr;
    QToolButton* m_redoButton = nullptr;
    QUndoStack* m_undo = nullptr;
    instance_commands::IdMap m_ids;
    Database* m_stackDatabase = nullptr; ///< the database the commands of m_undo change
};

} // namespace maillage::ui
