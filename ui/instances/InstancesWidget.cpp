// SPDX-License-Identifier: EUPL-1.2
#include "ui/instances/InstancesWidget.h"

#include "core/calendar/RecurrenceRule.h"
#include "core/storage/CouncilRepository.h"
#include "core/storage/InstanceRepository.h"
#include "core/storage/MeetingRepository.h"
#include "ui/instances/InstanceEditorDialog.h"
#include "ui/instances/SeriesDialog.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace maillage::ui {

namespace {

enum Column { KindColumn, NameColumn, ThemeColumn, CadenceColumn, MembersColumn, StateColumn, ColumnCount };

QString cadenceText(const QString& rule)
{
    if (rule.trimmed().isEmpty())
        return InstancesWidget::tr("When needed");
    auto parsed = calendar::RecurrenceRule::parse(rule);
    return parsed.ok() ? parsed->describe() : rule;
}

} // namespace

InstancesWidget::InstancesWidget(QWidget* parent) : Section(parent)
{
    setObjectName(QStringLiteral("instancesSection"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(makeTitle(tr("Instances"), this));

    auto* actions = new QHBoxLayout;
    m_new = new QPushButton(tr("&New instance…"), this);
    m_new->setObjectName(QStringLiteral("newInstanceButton"));
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_edit->setObjectName(QStringLiteral("editInstanceButton"));
    m_plan = new QPushButton(tr("&Plan meetings…"), this);
    m_plan->setObjectName(QStringLiteral("planSeriesButton"));
    m_plan->setToolTip(tr("Create the meetings of a year from the instance's cadence."));
    m_delete = new QPushButton(tr("&Delete…"), this);
    m_delete->setObjectName(QStringLiteral("deleteInstanceButton"));
    m_showArchived = new QCheckBox(tr("Show archived instances"), this);
    m_showArchived->setObjectName(QStringLiteral("showArchivedCheck"));
    for (QPushButton* button : {m_new, m_edit, m_plan, m_delete})
        actions->addWidget(button);
    m_ids = std::make_shared<QHash<qint64, qint64>>();
    m_undo = new QUndoStack(this);
    m_undo->setObjectName(QStringLiteral("instancesUndoStack"));
    QAction* undo = m_undo->createUndoAction(this, tr("Undo"));
    undo->setObjectName(QStringLiteral("instancesUndoAction"));
    undo->setShortcut(QKeySequence::Undo); // window-wide, active only while the section is shown
    QAction* redo = m_undo->createRedoAction(this, tr("Redo"));
    redo->setObjectName(QStringLiteral("instancesRedoAction"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    addAction(undo);
    addAction(redo);
    m_undoButton = new QToolButton(this);
    m_undoButton->setObjectName(QStringLiteral("instancesUndoButton"));
    m_undoButton->setDefaultAction(undo);
    m_redoButton = new QToolButton(this);
    m_redoButton->setObjectName(QStringLiteral("instancesRedoButton"));
    m_redoButton->setDefaultAction(redo);
    actions->addSpacing(8);
    actions->addWidget(m_undoButton);
    actions->addWidget(m_redoButton);
    actions->addStretch(1);
    actions->addWidget(m_showArchived);
    layout->addLayout(actions);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("instancesTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Kind"), tr("Name"), tr("Theme"), tr("Cadence"), tr("Members"), tr("Status")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(ThemeColumn, QHeaderView::Stretch);
    m_table->setWordWrap(false);
    layout->addWidget(m_table, 1);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("instanceCount"));
    layout->addWidget(m_count);

    connect(m_new, &QPushButton::clicked, this, &InstancesWidget::newInstance);
    connect(m_edit, &QPushButton::clicked, this, &InstancesWidget::editInstance);
    connect(m_plan, &QPushButton::clicked, this, &InstancesWidget::planSeries);
    connect(m_delete, &QPushButton::clicked, this, &InstancesWidget::deleteInstance);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &InstancesWidget::editInstance);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &InstancesWidget::updateButtons);
    connect(m_showArchived, &QCheckBox::toggled, this, &InstancesWidget::refresh);
    updateButtons();
}

void InstancesWidget::refresh()
{
    if (database() != m_stackDatabase) {
        m_undo->clear(); // the commands change the previous database
        m_ids->clear();
        m_stackDatabase = database();
    }
    const qint64 selected = currentInstanceId();
    m_instances.clear();
    m_councilId = 0;
    std::vector<int> memberCounts;
    if (database()) {
        if (auto council = CouncilRepository(*database()).first(); council.ok())
            m_councilId = council->id;
        InstanceFilter filter;
        filter.councilId = m_councilId;
        if (!m_showArchived->isChecked())
            filter.active = true;
        InstanceRepository repository(*database());
        if (auto list = repository.list(filter); list.ok())
            m_instances = std::move(list.value());
        for (const Instance& instance : m_instances) {
            auto current = repository.membersOn(instance.id, QDate::currentDate());
            memberCounts.push_back(current.ok() ? int(current->size()) : 0);
        }
    }
    m_table->setRowCount(int(m_instances.size()));
    for (int row = 0; row < int(m_instances.size()); ++row) {
        const Instance& instance = m_instances[std::size_t(row)];
        const int members = memberCounts[std::size_t(row)];
        const QString texts[ColumnCount] = {labelOf(instance.kind),   instance.name,
                                            instance.theme,           cadenceText(instance.cadence),
                                            QString::number(members), instance.active ? tr("Active") : tr("Archived")};
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem(texts[column]);
            if (!instance.active)
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            if (column == MembersColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            item->setData(Qt::UserRole, instance.id);
            if (column == NameColumn || column == ThemeColumn || column == CadenceColumn)
                item->setToolTip(texts[column]);
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    // Long themes and names must not push the cadence and the member count out of sight.
    m_table->setColumnWidth(NameColumn, std::min(m_table->columnWidth(NameColumn), 240));
    m_table->setColumnWidth(CadenceColumn, std::min(m_table->columnWidth(CadenceColumn), 360));
    m_table->horizontalHeader()->setSectionResizeMode(ThemeColumn, QHeaderView::Stretch);
    m_count->setText(tr("%n instance(s)", nullptr, int(m_instances.size())));
    selectInstance(selected);
    if (currentInstanceId() == 0 && !m_instances.empty())
        m_table->selectRow(0);
    updateButtons();
}

qint64 InstancesWidget::currentInstanceId() const
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= int(m_instances.size()) || m_table->selectedItems().isEmpty())
        return 0;
    return m_instances[std::size_t(row)].id;
}

void InstancesWidget::selectInstance(qint64 id)
{
    for (int row = 0; row < int(m_instances.size()); ++row)
        if (m_instances[std::size_t(row)].id == id)
            m_table->selectRow(row);
}

void InstancesWidget::updateButtons()
{
    const bool open = database() && m_councilId > 0;
    const bool selected = currentInstanceId() > 0;
    m_new->setEnabled(open);
    m_edit->setEnabled(selected);
    m_plan->setEnabled(selected);
    m_delete->setEnabled(selected);
}

void InstancesWidget::showError(const QString& title, const Error& error)
{
    auto* box = new QMessageBox(QMessageBox::Warning, title, error.message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("instanceError"));
    box->setDetailedText(error.detail);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void InstancesWidget::newInstance()
{
    if (!database() || m_councilId <= 0)
        return;
    Instance instance;
    instance.councilId = m_councilId;
    InstanceEditorDialog dialog(*database(), instance, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    push(instance_commands::created(*database(), m_ids, dialog.instance(), [this](const Status& s) { reportStep(s); }),
         dialog.instance().id);
}

void InstancesWidget::editInstance()
{
    const qint64 id = currentInstanceId();
    if (!database() || id <= 0)
        return;
    auto instance = InstanceRepository(*database()).get(id);
    if (!instance.ok()) {
        showError(tr("The instance cannot be opened"), instance.error());
        return;
    }
    InstanceEditorDialog dialog(*database(), instance.value(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    push(instance_commands::edited(*database(), m_ids, instance.value(), dialog.instance(),
                                   [this](const Status& s) { reportStep(s); }),
         id);
}

void InstancesWidget::planSeries()
{
    const qint64 id = currentInstanceId();
    if (!database() || id <= 0)
        return;
    auto instance = InstanceRepository(*database()).get(id);
    if (!instance.ok()) {
        showError(tr("The instance cannot be opened"), instance.error());
        return;
    }
    SeriesDialog dialog(*database(), instance.value(), this);
    dialog.exec();
}

void InstancesWidget::deleteInstance()
{
    const qint64 id = currentInstanceId();
    if (!database() || id <= 0)
        return;
    InstanceRepository repository(*database());
    auto instance = repository.get(id);
    if (!instance.ok()) {
        showError(tr("The instance cannot be deleted"), instance.error());
        return;
    }
    MeetingFilter filter;
    filter.instanceId = id;
    const int meetings = MeetingRepository(*database()).count(filter);
    QMessageBox box(QMessageBox::Question, tr("Delete the instance"), QString(), QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("deleteInstanceQuestion"));
    QPushButton* confirm = nullptr;
    if (meetings > 0) {
        box.setText(
            tr("“%1” has %n meeting(s). Meetings are the council’s memory and are never deleted.", nullptr, meetings)
                .arg(instance->name));
        box.setInformativeText(tr("Archive the instance instead? It leaves the lists and keeps its meetings."));
        confirm = box.addButton(tr("Archive"), QMessageBox::AcceptRole);
        confirm->setObjectName(QStringLiteral("archiveInstanceButton"));
        confirm->setEnabled(instance->active);
    } else {
        box.setText(tr("Delete “%1” and its list of members?").arg(instance->name));
        confirm = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
        confirm->setObjectName(QStringLiteral("confirmDeleteButton"));
    }
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != confirm)
        return;
    const auto report = [this](const Status& s) { reportStep(s); };
    auto command = meetings > 0 ? instance_commands::archive(*database(), m_ids, id, report)
                                : instance_commands::remove(*database(), m_ids, id, report);
    if (!command.ok()) {
        showError(meetings > 0 ? tr("The instance was not archived") : tr("The instance was not deleted"),
                  command.error());
        refresh();
        return;
    }
    push(command.value(), 0);
}

void InstancesWidget::push(StepCommand* command, qint64 select)
{
    m_undo->push(command); // its first redo() does nothing: the change is made
    refresh();
    if (select > 0)
        selectInstance(select);
}

void InstancesWidget::reportStep(const Status& status)
{
    if (!status.ok())
        showError(tr("The change could not be undone or redone"), status.error());
    refresh();
}

} // namespace maillage::ui
