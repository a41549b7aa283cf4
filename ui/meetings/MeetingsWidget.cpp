// SPDX-License-Identifier: EUPL-1.2
#include "ui/meetings/MeetingsWidget.h"

#include "core/domain/Meeting.h"
#include "core/models/MeetingListModel.h"
#include "core/storage/Database.h"
#include "ui/main/TableSetup.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSignalBlocker>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace maillage::ui {

MeetingsWidget::MeetingsWidget(QWidget* parent) : Section(parent)
{
    setObjectName(QStringLiteral("meetingsSection"));
    m_model = new MeetingListModel(this);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    auto* top = new QHBoxLayout;
    top->addWidget(makeTitle(tr("Meetings"), this));
    top->addStretch(1);
    m_toolBar = new QToolBar(this);
    m_toolBar->setObjectName(QStringLiteral("meetingsToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    top->addWidget(m_toolBar);
    layout->addLayout(top);

    auto* filters = new QHBoxLayout;
    m_year = new QComboBox(this);
    m_year->setObjectName(QStringLiteral("meetingYear"));
    m_year->setAccessibleName(tr("Year"));
    m_instance = new QComboBox(this);
    m_instance->setObjectName(QStringLiteral("meetingInstance"));
    m_instance->setAccessibleName(tr("Instance"));
    m_instance->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_instance->setMinimumContentsLength(22);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("meetingStatus"));
    m_status->setAccessibleName(tr("Status"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("meetingSearch"));
    m_search->setAccessibleName(tr("Search the meetings"));
    m_search->setPlaceholderText(tr("Search a title, an instance, a place…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(200);
    filters->addWidget(new QLabel(tr("Year:"), this));
    filters->addWidget(m_year);
    filters->addSpacing(8);
    filters->addWidget(new QLabel(tr("Instance:"), this));
    filters->addWidget(m_instance);
    filters->addSpacing(8);
    filters->addWidget(new QLabel(tr("Status:"), this));
    filters->addWidget(m_status);
    filters->addSpacing(8);
    filters->addWidget(m_search, 1);
    layout->addLayout(filters);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("meetingsTable"));
    m_table->setModel(m_model);
    setUpReadOnlyTable(m_table);
    // Sorting goes to the model, which orders in the query: no proxy reading every row.
    m_table->horizontalHeader()->setSortIndicator(MeetingListModel::DateColumn, Qt::DescendingOrder);
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    m_table->setSortingEnabled(true);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    layout->addWidget(m_table, 1);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("meetingCount"));
    layout->addWidget(m_count);

    createActions();

    for (QComboBox* box : {m_year, m_instance, m_status})
        connect(box, &QComboBox::currentIndexChanged, this, &MeetingsWidget::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, &MeetingsWidget::applyFilter);
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, &MeetingsWidget::keepSortIndicator);
    connect(m_table, &QTableView::doubleClicked, this, &MeetingsWidget::openMeeting);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        const QModelIndex index = m_table->indexAt(pos);
        if (index.isValid())
            m_table->selectRow(index.row());
        QMenu menu(this);
        menu.setObjectName(QStringLiteral("meetingsContextMenu"));
        menu.addActions({m_open, m_openReplacement, m_documents});
        menu.addSeparator();
        menu.addActions({m_new, m_duplicate});
        menu.addSeparator();
        if (m_editOccurrence->isEnabled())
            menu.addActions({m_editOccurrence, m_editSeries});
        menu.addActions({m_postpone, m_cancel});
        menu.addSeparator();
        menu.addActions(m_undoActions);
        menu.exec(m_table->viewport()->mapToGlobal(pos));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MeetingsWidget::updateActions);
    // Columns are sized once the first page is there; later pages keep the widths.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_model->canFetchMore({}))
            m_model->fetchMore({});
        m_table->resizeColumnsToContents();
        // Long titles would push the status and place out of sight.
        for (int column : {int(MeetingListModel::InstanceColumn), int(MeetingListModel::TitleColumn)})
            m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), 300));
        updateActions();
    });
}

void MeetingsWidget::createActions()
{
    const auto make = [this](const QString& text, const char* name, void (MeetingsWidget::*slot)()) {
        auto* action = new QAction(text, this);
        action->setObjectName(QString::fromLatin1(name));
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_new = make(tr("New meeting…"), "newMeetingAction", &MeetingsWidget::newMeeting);
    m_new->setToolTip(tr("Plan a meeting of an instance (Ctrl+N)"));
    m_open = make(tr("Open"), "openMeetingAction", &MeetingsWidget::openMeeting);
    m_duplicate = make(tr("Duplicate…"), "duplicateMeetingAction", &MeetingsWidget::duplicateMeeting);
    m_duplicate->setToolTip(tr("A new meeting at another date with the same agenda and expected attendance"));
    m_postpone = make(tr("Postpone…"), "postponeMeetingAction", &MeetingsWidget::postponeMeeting);
    m_postpone->setToolTip(tr("Move a planned meeting to a new date; the old one stays in the history"));
    m_cancel = make(tr("Cancel…"), "cancelMeetingAction", &MeetingsWidget::cancelMeeting);
    m_openReplacement = make(tr("Open the new meeting"), "openReplacementAction", &MeetingsWidget::openReplacement);
    m_openReplacement->setToolTip(tr("The meeting this postponed one was moved to"));
    m_documents = make(tr("Documents…"), "meetingDocumentsAction", &MeetingsWidget::meetingDocuments);
    m_documents->setToolTip(tr("Convocation, sign-in sheet, minutes: print, PDF or ODT (Ctrl+P)"));
    m_toolBar->addActions({m_new, m_open, m_duplicate, m_postpone, m_cancel, m_documents});
    createSeriesActions();
    updateActions();
}

void MeetingsWidget::updateActions()
{
    const int row = m_table->currentIndex().row();
    const bool selected = row >= 0 && currentMeetingId() > 0;
    const QString status =
        selected ? m_model->index(row, MeetingListModel::StatusColumn).data(MeetingListModel::RawRole).toString()
                 : QString();
    const bool planned = status == codeOf(MeetingStatus::Planned);
    m_new->setEnabled(database() != nullptr);
    m_open->setEnabled(selected);
    m_duplicate->setEnabled(selected);
    m_documents->setEnabled(selected);
    m_postpone->setEnabled(planned);
    m_cancel->setEnabled(planned);
    const bool postponed = selected && m_model->postponedToAt(row) > 0;
    m_openReplacement->setVisible(postponed); // a hidden action reads as disabled: show it first
    m_openReplacement->setEnabled(postponed);
    const bool inSeries = selected && currentSeriesId() > 0;
    m_editOccurrence->setEnabled(inSeries);
    m_editSeries->setEnabled(inSeries);
}

void MeetingsWidget::keepSortIndicator(int column, Qt::SortOrder order)
{
    QHeaderView* header = m_table->horizontalHeader();
    if (!MeetingListModel::isSortable(column)) {
        // Title and place are not ordered: put the arrow back where the order really is.
        const QSignalBlocker blocker(header);
        header->setSortIndicator(m_sortColumn, m_sortOrder);
        return;
    }
    m_sortColumn = column;
    m_sortOrder = order;
}

qint64 MeetingsWidget::currentMeetingId() const
{
    return m_model->idAt(m_table->currentIndex().row());
}

bool MeetingsWidget::selectMeeting(qint64 meetingId)
{
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_model->idAt(row) == meetingId) {
            m_table->selectRow(row);
            m_table->scrollTo(m_model->index(row, 0));
            updateActions();
            return true;
        }
    return false;
}

void MeetingsWidget::fillChoices()
{
    m_filling = true;
    const QVariant year = m_year->currentData();
    const QVariant instance = m_instance->currentData();
    const QVariant status = m_status->currentData();
    m_year->clear();
    m_instance->clear();
    m_status->clear();
    m_year->addItem(tr("All years"), 0);
    m_instance->addItem(tr("All instances"), qint64(0));
    m_status->addItem(tr("All statuses"), QString());
    if (database()) {
        MeetingListQueries queries(*database());
        if (auto years = queries.years())
            for (int value : years.value())
                m_year->addItem(QString::number(value), value);
        if (auto instances = queries.instances())
            for (const NamedRef& ref : instances.value())
                m_instance->addItem(ref.name, ref.id);
    }
    for (MeetingStatus value : allValues<MeetingStatus>())
        m_status->addItem(labelOf(value), codeOf(value));
    m_year->setCurrentIndex(std::max(0, m_year->findData(year)));
    m_instance->setCurrentIndex(std::max(0, m_instance->findData(instance)));
    m_status->setCurrentIndex(std::max(0, m_status->findData(status)));
    m_filling = false;
}

void MeetingsWidget::refresh()
{
    if (database() != m_stackDatabase) {
        m_undo->clear(); // the commands change the previous database
        m_stackDatabase = database();
    }
    fillChoices();
    m_model->setDatabase(database());
    applyFilter();
}

void MeetingsWidget::applyFilter()
{
    if (m_filling)
        return;
    MeetingListFilter filter;
    filter.year = m_year->currentData().toInt();
    filter.instanceId = m_instance->currentData().toLongLong();
    filter.status = m_status->currentData().toString();
    filter.text = m_search->text();
    filter.sort = m_model->filter().sort;
    filter.ascending = m_model->filter().ascending;
    m_seriesOf.clear();
    m_model->setFilter(filter);
    m_count->clear();
    if (database())
        if (auto count = MeetingListQueries(*database()).count(filter))
            m_count->setText(tr("%n meeting(s)", nullptr, count.value()));
}

} // namespace maillage::ui
