// SPDX-License-Identifier: EUPL-1.2
// ActionPlanWidget: creating plans, editing and deleting axes and fiches, through the undo stack.
#include "ui/plan/ActionPlanWidget.h"

#include "core/documents/plan/PlanDocumentWriter.h"

#include "core/plan/PlanCreation.h"
#include "core/storage/ActionPlanRepository.h"
#include "core/storage/CouncilRepository.h"
#include "ui/plan/AxisDialog.h"
#include "ui/plan/NewPlanDialog.h"
#include "ui/plan/PlanCommands.h"
#include "ui/plan/PlanTreeModel.h"
#include "ui/plan/SheetEditorDialog.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QUrl>
#include <QTreeView>
#include <QUndoStack>

namespace maillage::ui {

bool ActionPlanWidget::confirm(const QString& question)
{
    if (m_confirm)
        return m_confirm(question);
    return QMessageBox::question(this, tr("Action plan"), question) == QMessageBox::Yes;
}

void ActionPlanWidget::newPlan()
{
    if (!database())
        return;
    NewPlanDialog dialog(m_plans, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    plan::NewPlan request = dialog.request();
    request.councilId = councilId();
    if (request.councilId <= 0)
        if (auto councils = CouncilRepository(*database()).list(); councils.ok() && !councils->empty())
            request.councilId = councils->front().id;
    Result<qint64> created = plan::PlanCreation(*database()).create(request);
    if (!created.ok()) {
        showError(created.error().message);
        return;
    }
    showError({});
    refresh();
    selectPlan(created.value());
}

void ActionPlanWidget::newAxis()
{
    if (!database() || currentPlanId() <= 0)
        return;
    Axis axis;
    axis.planId = currentPlanId();
    const std::vector<Axis> axes = currentAxes();
    axis.position = axes.empty() ? 1 : axes.back().position + 1;
    axis.code = QString::number(axes.size() + 1);
    editAxis(axis);
}

void ActionPlanWidget::newSheet()
{
    if (!database() || currentPlanId() <= 0)
        return;
    const std::vector<Axis> axes = currentAxes();
    if (axes.empty()) {
        showError(tr("Add an axis to the plan first."));
        return;
    }
    ActionSheet sheet;
    const Axis* axis = m_model->axisAt(m_tree->currentIndex());
    sheet.axisId = axis ? axis->id : axes.front().id;
    // The next code of the axis: "2.3" after "2.2".
    for (const PlanTreeModel::AxisNode& node : m_model->axes())
        if (node.axis.id == sheet.axisId && !node.axis.code.isEmpty())
            sheet.code = QStringLiteral("%1.%2").arg(node.axis.code).arg(node.sheets.size() + 1);
    editSheet(sheet);
}

void ActionPlanWidget::editSelected()
{
    const QModelIndex index = m_tree->currentIndex();
    if (const ActionSheet* sheet = m_model->sheetAt(index)) {
        editSheet(*sheet);
    } else if (const Axis* axis = m_model->axisAt(index)) {
        editAxis(*axis);
    }
}

void ActionPlanWidget::editAxis(const Axis& axis)
{
    AxisDialog dialog(axis, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Axis edited = dialog.axis();
    ActionPlanRepository repo(*database());
    const bool isNew = edited.isNew();
    const Status status = isNew ? repo.createAxis(edited) : repo.updateAxis(edited);
    if (!status.ok()) {
        showError(status.error().message);
        return;
    }
    showError({});
    PlanCommandHooks hooks{[this](qint64 s, qint64 a) {
                               loadPlan();
                               select(s, a);
                           },
                           [this](const Error& e) { showError(e.message); }};
    m_undo->push(
        new AxisCommand(*database(), hooks, m_ids, isNew ? std::nullopt : std::optional<Axis>(axis), edited, edited.id,
                        isNew ? tr("Add the axis %1").arg(edited.title) : tr("Edit the axis %1").arg(edited.title)));
    loadPlan();
    select(0, edited.id);
}

void ActionPlanWidget::editSheet(const ActionSheet& sheet)
{
    ActionPlan plan;
    for (const ActionPlan& p : m_plans)
        if (p.id == currentPlanId())
            plan = p;
    Database& db = *database();
    std::optional<ActionSheet> before;
    if (!sheet.isNew()) {
        Result<ActionSheet> stored = ActionPlanRepository(db).getSheet(sheet.id);
        if (!stored.ok()) {
            showError(stored.error().message);
            return;
        }
        before = stored.value();
    }
    SheetEditorDialog dialog(
        db, plan, currentAxes(), before ? *before : sheet,
        [&db](ActionSheet& s) {
            ActionPlanRepository repo(db);
            return s.isNew() ? repo.createSheet(s) : repo.updateSheet(s);
        },
        this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ActionSheet& saved = dialog.saved();
    showError({});
    PlanCommandHooks hooks{[this](qint64 s, qint64 a) {
                               loadPlan();
                               select(s, a);
                           },
                           [this](const Error& e) { showError(e.message); }};
    m_undo->push(
        new SheetCommand(db, hooks, m_ids, before, saved, saved.id,
                         before ? tr("Edit the fiche %1").arg(saved.code) : tr("Add the fiche %1").arg(saved.code)));
    loadPlan();
    select(saved.id, saved.axisId);
}

void ActionPlanWidget::deleteSelected()
{
    if (!database())
        return;
    const QModelIndex index = m_tree->currentIndex();
    ActionPlanRepository repo(*database());
    PlanCommandHooks hooks{[this](qint64 s, qint64 a) {
                               loadPlan();
                               select(s, a);
                           },
                           [this](const Error& e) { showError(e.message); }};
    if (const ActionSheet* selected = m_model->sheetAt(index)) {
        Result<ActionSheet> stored = repo.getSheet(selected->id);
        Result<SheetLinks> links = repo.linksOf(selected->id);
        if (!stored.ok() || !links.ok()) {
            showError(!stored.ok() ? stored.error().message : links.error().message);
            return;
        }
        const int meetings = int(links->meetings.size());
        const QString question =
            meetings > 0 ? tr("%n meeting(s) worked on the fiche %1 « %2 ». Delete the fiche anyway? Those meetings "
                              "keep a line naming it in their notes.",
                              nullptr, meetings)
                               .arg(stored->code, stored->title)
                         : tr("Delete the fiche %1 « %2 »?").arg(stored->code, stored->title);
        if (!confirm(question))
            return;
        if (Status status = repo.removeSheet(stored->id); !status.ok()) {
            showError(status.error().message);
            return;
        }
        showError({});
        m_undo->push(new SheetCommand(*database(), hooks, m_ids, stored.value(), std::nullopt, stored->id,
                                      tr("Delete the fiche %1").arg(stored->code)));
        loadPlan();
        select(0, stored->axisId);
    } else if (const Axis* axis = m_model->axisAt(index)) {
        const Axis copy = *axis;
        if (m_model->rowCount(index) > 0) {
            showError(tr("The axis “%1” still has fiches actions: delete or move them first.").arg(copy.title));
            return;
        }
        if (!confirm(tr("Delete the axis “%1”?").arg(copy.title)))
            return;
        if (Status status = repo.removeAxis(copy.id); !status.ok()) {
            showError(status.error().message);
            return;
        }
        showError({});
        m_undo->push(new AxisCommand(*database(), hooks, m_ids, copy, std::nullopt, copy.id,
                                     tr("Delete the axis %1").arg(copy.title)));
        loadPlan();
    }
}

bool ActionPlanWidget::exportDocument(bool ficheOnly, const QString& path)
{
    if (!database() || currentPlanId() <= 0)
        return false;
    const ActionSheet* sheet = ficheOnly ? m_model->sheetAt(m_tree->currentIndex()) : nullptr;
    if (ficheOnly && !sheet)
        return false;
    QString target = path;
    if (target.isEmpty()) {
        const QString name = sheet ? tr("Fiche %1.pdf").arg(sheet->code) : m_planChooser->currentText() + QStringLiteral(".pdf");
        target = QFileDialog::getSaveFileName(this, sheet ? tr("Fiche document") : tr("Plan booklet"),
                                              QDir::home().filePath(QString(name).replace(u'/', u'-')),
                                              tr("PDF (*.pdf);;OpenDocument text (*.odt)"));
        if (target.isEmpty())
            return false;
    }
    const Status written =
        PlanDocumentWriter::write(*database(), currentPlanId(), sheet ? sheet->code : QString(), target);
    showError(written.ok() ? QString() : written.error().message);
    if (written.ok() && path.isEmpty()) // chosen in the dialog: show it
        QDesktopServices::openUrl(QUrl::fromLocalFile(target));
    return written.ok();
}

} // namespace maillage::ui
