// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/ActionPlan.h"
#include "ui/main/Section.h"

#include <functional>
#include <memory>
#include <vector>

class QAction;
class QComboBox;
class QLabel;
class QTreeView;
class QUndoStack;

namespace maillage::ui {

class PlanTreeModel;
struct PlanIdMap;

/// The action plan section: a plan chooser with its period, the tree of axes and fiches actions
/// with progress bars, plan creation from presets, editing of axes and fiches with undo/redo.
class ActionPlanWidget : public Section
{
    Q_OBJECT

public:
    explicit ActionPlanWidget(QWidget* parent = nullptr);

    void refresh() override;

    qint64 currentPlanId() const;
    void selectPlan(qint64 planId);
    QUndoStack* undoStack() const { return m_undo; }
    PlanTreeModel* model() const { return m_model; }
    QTreeView* tree() const { return m_tree; }
    /// Asks a yes/no question (a message box unless replaced, e.g. by tests).
    void setConfirmation(std::function<bool(const QString& question)> confirm) { m_confirm = std::move(confirm); }

public slots:
    void newPlan();
    void newAxis();
    void newSheet();
    void editSelected();
    void deleteSelected();
    /// Writes the plan booklet, or the selected fiche (ficheOnly), to a PDF or ODT file chosen by the user
    /// (path given: no dialog, e.g. in tests). Returns whether it was written.
    bool exportDocument(bool ficheOnly, const QString& path = {});

private:
    void loadPlan();
    void select(qint64 sheetId, qint64 axisId);
    void showError(const QString& text);
    void updateActions();
    qint64 councilId() const;
    std::vector<Axis> currentAxes() const;
    void editAxis(const Axis& axis);
    void editSheet(const ActionSheet& sheet);

    bool confirm(const QString& question);

    std::function<bool(const QString&)> m_confirm;
    std::vector<ActionPlan> m_plans;
    QComboBox* m_planChooser = nullptr;
    QLabel* m_period = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_message = nullptr;
    QTreeView* m_tree = nullptr;
    PlanTreeModel* m_model = nullptr;
    QUndoStack* m_undo = nullptr;
    std::shared_ptr<PlanIdMap> m_ids;
    QAction* m_newSheet = nullptr;
    QAction* m_newAxis = nullptr;
    QAction* m_edit = nullptr;
    QAction* m_delete = nullptr;
    QAction* m_exportFiche = nullptr;
};

} // namespace maillage::ui
