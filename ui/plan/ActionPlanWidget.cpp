// SPDX-License-Identifier: EUPL-1.2
#include "ui/plan/ActionPlanWidget.h"

#include "ui/events/UndoActions.h"

#include "core/plan/PlanFigures.h"
#include "core/storage/ActionPlanRepository.h"
#include "core/storage/OrganisationRepository.h"
#include "ui/plan/PlanCommands.h"
#include "ui/plan/PlanTreeModel.h"
#include "ui/plan/ProgressDelegate.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace maillage::ui {

namespace {

const QString headerKey = QStringLiteral("plan/treeHeader");

QToolButton* toolButton(QAction* action, QWidget* parent)
{
    auto* button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setObjectName(action->objectName() + QStringLiteral("Button"));
    return button;
}

} // namespace

ActionPlanWidget::ActionPlanWidget(QWidget* parent) : Section(parent)
{
    setObjectName(QStringLiteral("planSection"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(10);
    layout->addWidget(makeTitle(tr("Action plan"), this));

    m_undo = new QUndoStack(this);
    m_ids = std::make_shared<PlanIdMap>();
    auto action = [this](const QString& text, const QString& name, const QKeySequence& key, auto slot) {
        auto* a = new QAction(text, this);
        a->setObjectName(name);
        if (!key.isEmpty()) {
            a->setShortcut(key);
            a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
            a->setToolTip(QStringLiteral("%1 (%2)").arg(text, key.toString(QKeySequence::NativeText)));
        }
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        return a;
    };
    QAction* newPlanAction = action(tr("New plan…"), QStringLiteral("planNewPlan"), {}, &ActionPlanWidget::newPlan);
    m_newAxis = action(tr("New axis"), QStringLiteral("planNewAxis"), {}, &ActionPlanWidget::newAxis);
    m_newSheet =
        action(tr("New fiche"), QStringLiteral("planNewSheet"), QKeySequence::New, &ActionPlanWidget::newSheet);
    m_edit =
        action(tr("Open"), QStringLiteral("planEdit"), QKeySequence(Qt::Key_Return), &ActionPlanWidget::editSelected);
    m_delete =
        action(tr("Delete"), QStringLiteral("planDelete"), QKeySequence::Delete, &ActionPlanWidget::deleteSelected);
    QAction* undo = makeUndoAction(m_undo, tr("Undo"), false, this);
    undo->setObjectName(QStringLiteral("planUndo"));
    undo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(undo);
    QAction* redo = makeUndoAction(m_undo, tr("Redo"), true, this);
    redo->setObjectName(QStringLiteral("planRedo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(redo);

    QAction* exportBooklet = action(tr("Booklet…"), QStringLiteral("planExportBooklet"), {},
                                    [this] { exportDocument(false); });
    exportBooklet->setToolTip(tr("Write the whole plan as a booklet (PDF or ODT)"));
    m_exportFiche = action(tr("Fiche document…"), QStringLiteral("planExportFiche"), {}, [this] { exportDocument(true); });
    m_exportFiche->setToolTip(tr("Write the selected fiche action as a document (PDF or ODT)"));

    auto* bar = new QHBoxLayout;
    m_planChooser = new QComboBox(this);
    m_planChooser->setObjectName(QStringLiteral("planChooser"));
    m_planChooser->setAccessibleName(tr("Action plan"));
    m_planChooser->setMinimumContentsLength(28);
    m_planChooser->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    bar->addWidget(m_planChooser);
    m_period = new QLabel(this);
    m_period->setObjectName(QStringLiteral("planPeriod"));
    bar->addWidget(m_period);
    bar->addSpacing(12);
    for (QAction* a : {newPlanAction, m_newAxis, m_newSheet, m_edit, m_delete, undo, redo, exportBooklet, m_exportFiche})
        bar->addWidget(toolButton(a, this));
    bar->addStretch();
    layout->addLayout(bar);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("planSummary"));
    m_summary->setTextFormat(Qt::RichText);
    layout->addWidget(m_summary);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("planMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->hide();
    layout->addWidget(m_message);

    m_model = new PlanTreeModel(this);
    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("planTree"));
    m_tree->setModel(m_model);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setItemDelegateForColumn(PlanTreeModel::ProgressColumn,
                                     new ProgressDelegate(PlanTreeModel::ProgressRole, m_tree));
    m_tree->header()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_tree->header()->setStretchLastSection(false);
    m_tree->setIndentation(14);
    // The title takes the room left; the progress bars stay in view.
    const int widths[] = {96, 300, 100, 180, 84, 84, 120};
    for (int column = 0; column < PlanTreeModel::ColumnCount; ++column)
        m_tree->setColumnWidth(column, widths[column]);
    m_tree->header()->setSectionResizeMode(PlanTreeModel::TitleColumn, QHeaderView::Stretch);
    if (const QByteArray saved = QSettings().value(headerKey).toByteArray(); !saved.isEmpty())
        m_tree->header()->restoreState(saved);
    connect(m_tree->header(), &QHeaderView::sectionResized, this,
            [this] { QSettings().setValue(headerKey, m_tree->header()->saveState()); });
    connect(m_tree, &QTreeView::doubleClicked, this, &ActionPlanWidget::editSelected);
    layout->addWidget(m_tree, 1);

    connect(m_planChooser, &QComboBox::currentIndexChanged, this, [this] {
        m_undo->clear(); // commands belong to the plan they were made in
        m_ids = std::make_shared<PlanIdMap>();
        loadPlan();
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &ActionPlanWidget::updateActions);
    updateActions();
}

qint64 ActionPlanWidget::currentPlanId() const
{
    return m_planChooser->currentData().toLongLong();
}

void ActionPlanWidget::selectPlan(qint64 planId)
{
    const int index = m_planChooser->findData(planId);
    if (index >= 0)
        m_planChooser->setCurrentIndex(index);
}

void ActionPlanWidget::refresh()
{
    const qint64 keep = currentPlanId();
    m_plans.clear();
    {
        const QSignalBlocker blocker(m_planChooser);
        m_planChooser->clear();
        if (database()) {
            Result<std::vector<ActionPlan>> plans = ActionPlanRepository(*database()).listPlans();
            if (plans.ok())
                m_plans = plans.value();
            else
                showError(plans.error().message);
        }
        for (const ActionPlan& plan : m_plans)
            m_planChooser->addItem(plan.title, plan.id);
        const int index = m_planChooser->findData(keep);
        m_planChooser->setCurrentIndex(index >= 0 ? index : (m_plans.empty() ? -1 : 0));
    }
    loadPlan();
}

void ActionPlanWidget::loadPlan()
{
    const qint64 planId = currentPlanId();
    std::vector<PlanTreeModel::AxisNode> nodes;
    QHash<qint64, QString> organisations;
    m_period->clear();
    m_summary->clear();
    if (database() && planId > 0) {
        ActionPlanRepository repo(*database());
        for (const ActionPlan& plan : m_plans)
            if (plan.id == planId)
                m_period->setText(tr("%1–%2").arg(plan.firstYear).arg(plan.lastYear));
        Result<std::vector<Axis>> axes = repo.listAxes(planId);
        ActionSheetFilter filter;
        filter.planId = planId;
        filter.withDetails = true;
        Result<std::vector<ActionSheet>> sheets = repo.listSheets(filter);
        if (!axes.ok() || !sheets.ok()) {
            showError(!axes.ok() ? axes.error().message : sheets.error().message);
        } else {
            for (const Axis& axis : axes.value()) {
                PlanTreeModel::AxisNode node{axis, {}};
                for (const ActionSheet& sheet : sheets.value())
                    if (sheet.axisId == axis.id)
                        node.sheets.push_back(sheet);
                nodes.push_back(std::move(node));
            }
            OrganisationFilter all;
            if (auto list = OrganisationRepository(*database()).list(all); list.ok())
                for (const Organisation& organisation : list.value())
                    organisations.insert(organisation.id, organisation.displayName());
            const plan::BudgetTotals totals = plan::budgetTotals(sheets.value());
            const std::optional<double> progress = plan::meanProgress(sheets.value());
            m_summary->setText(tr("%n fiche(s) · progress <b>%1</b> · budget planned %2, obtained %3, spent %4",
                                  nullptr, int(sheets->size()))
                                   .arg(progress ? QStringLiteral("%1 %").arg(qRound(*progress * 100)) : tr("—"),
                                        plan::formatAmount(totals.total.planned),
                                        plan::formatAmount(totals.total.obtained),
                                        plan::formatAmount(totals.total.spent)));
        }
    } else if (database()) {
        m_summary->setText(tr("No action plan yet: create one with “New plan…”, from the CLSM objectives, the PTSM "
                              "priorities or blank."));
    }
    m_model->setContent(std::move(nodes), std::move(organisations));
    m_tree->expandAll();
    updateActions();
}

void ActionPlanWidget::select(qint64 sheetId, qint64 axisId)
{
    QModelIndex index = sheetId > 0 ? m_model->indexOfSheet(sheetId) : QModelIndex();
    if (!index.isValid() && axisId > 0)
        index = m_model->indexOfAxis(axisId);
    if (index.isValid()) {
        m_tree->setCurrentIndex(index);
        m_tree->scrollTo(index);
    }
    updateActions();
}

void ActionPlanWidget::showError(const QString& text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void ActionPlanWidget::updateActions()
{
    const bool hasPlan = currentPlanId() > 0;
    const bool hasAxis = m_model->rowCount() > 0;
    const QModelIndex current = m_tree->currentIndex();
    m_newAxis->setEnabled(hasPlan);
    m_newSheet->setEnabled(hasPlan && hasAxis);
    m_edit->setEnabled(current.isValid());
    m_delete->setEnabled(current.isValid());
    m_exportFiche->setEnabled(m_model->sheetAt(current) != nullptr);
}

qint64 ActionPlanWidget::councilId() const
{
    for (const ActionPlan& plan : m_plans)
        if (plan.id == currentPlanId())
            return plan.councilId;
    return m_plans.empty() ? 0 : m_plans.front().councilId;
}

std::vector<Axis> ActionPlanWidget::currentAxes() const
{
    std::vector<Axis> axes;
    for (const PlanTreeModel::AxisNode& node : m_model->axes())
        axes.push_back(node.axis);
    return axes;
}

} // namespace maillage::ui
