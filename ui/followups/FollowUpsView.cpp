// SPDX-License-Identifier: EUPL-1.2
#include "ui/followups/FollowUpsView.h"

#include "core/settings/UserPreferences.h"
#include "core/storage/FollowUpRepository.h"
#include "core/storage/MeetingListQueries.h"
#include "ui/followups/FollowUpDelegate.h"
#include "ui/followups/FollowUpTableModel.h"
#include "ui/main/TableSetup.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QTableView>
#include <QVBoxLayout>

namespace maillage::ui {

FollowUpsView::FollowUpsView(QWidget* parent) : Section(parent)
{
    setObjectName(QStringLiteral("followUpsSection"));
    m_model = new FollowUpTableModel(this);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(makeTitle(tr("Follow-ups"), this));

    auto* filters = new QHBoxLayout;
    m_show = new QComboBox(this);
    m_show->setObjectName(QStringLiteral("followUpShow"));
    m_show->setAccessibleName(tr("Follow-ups shown"));
    m_show->addItem(tr("Open"), ShowOpen);
    m_show->addItem(tr("Overdue"), ShowOverdue);
    m_show->addItem(QString(), ShowDueSoon);
    updateDueSoonLabel();
    m_show->addItem(tr("Done or dropped"), ShowDone);
    m_show->addItem(tr("All"), ShowAll);
    m_owner = new QComboBox(this);
    m_owner->setObjectName(QStringLiteral("followUpOwner"));
    m_owner->setAccessibleName(tr("Owner"));
    m_owner->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_owner->setMinimumContentsLength(12);
    m_instance = new QComboBox(this);
    m_instance->setObjectName(QStringLiteral("followUpInstance"));
    m_instance->setAccessibleName(tr("Instance"));
    // Long instance names must not squeeze the search box to nothing.
    m_instance->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_instance->setMinimumContentsLength(16);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("followUpSearch"));
    m_search->setAccessibleName(tr("Search the follow-ups"));
    m_search->setPlaceholderText(tr("Search a follow-up…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(140);
    filters->addWidget(new QLabel(tr("Show:"), this));
    filters->addWidget(m_show);
    filters->addSpacing(8);
    filters->addWidget(new QLabel(tr("Owner:"), this));
    filters->addWidget(m_owner);
    filters->addSpacing(8);
    filters->addWidget(new QLabel(tr("Instance:"), this));
    filters->addWidget(m_instance);
    filters->addSpacing(8);
    filters->addWidget(m_search, 1);
    layout->addLayout(filters);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("followUpsTable"));
    m_table->setModel(m_model);
    setUpReadOnlyTable(m_table);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked
                             | QAbstractItemView::EditKeyPressed);
    m_table->setItemDelegate(new FollowUpDelegate(m_table));
    layout->addWidget(m_table, 1);

    auto* bottom = new QHBoxLayout;
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("followUpCount"));
    m_hint = new QLabel(tr("Double-click a status or a due date to change it."), this);
    m_hint->setObjectName(QStringLiteral("followUpHint"));
    m_hint->setEnabled(false);
    bottom->addWidget(m_count);
    bottom->addStretch(1);
    bottom->addWidget(m_hint);
    layout->addLayout(bottom);

    for (QComboBox* box : {m_show, m_owner, m_instance})
        connect(box, &QComboBox::currentIndexChanged, this, &FollowUpsView::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, &FollowUpsView::applyFilter);
    connect(m_model, &FollowUpTableModel::saveFailed, this, &FollowUpsView::showError);
    connect(m_model, &FollowUpTableModel::saved, this, &FollowUpsView::updateCount);
}

void FollowUpsView::setToday(const QDate& today)
{
    m_model->setToday(today);
    applyFilter();
}

void FollowUpsView::setShow(Show show)
{
    m_show->setCurrentIndex(std::max(0, m_show->findData(int(show))));
}

void FollowUpsView::clearFilters()
{
    m_filling = true;
    m_owner->setCurrentIndex(0);
    m_instance->setCurrentIndex(0);
    m_search->clear();
    m_filling = false;
}

void FollowUpsView::showOverdue()
{
    clearFilters();
    if (m_show->currentData().toInt() == ShowOverdue)
        applyFilter();
    else
        setShow(ShowOverdue);
}

void FollowUpsView::showDueSoon()
{
    clearFilters();
    if (m_show->currentData().toInt() == ShowDueSoon)
        applyFilter();
    else
        setShow(ShowDueSoon);
}

void FollowUpsView::updateDueSoonLabel()
{
    const int index = m_show->findData(int(ShowDueSoon));
    m_show->setItemText(index, tr("Due within %n day(s)", nullptr, preferences::reminderDays()));
}

void FollowUpsView::fillChoices()
{
    m_filling = true;
    const QVariant owner = m_owner->currentData();
    const QVariant instance = m_instance->currentData();
    m_owner->clear();
    m_instance->clear();
    m_owner->addItem(tr("Everybody"), qint64(0));
    m_instance->addItem(tr("All instances"), qint64(0));
    if (database()) {
        if (auto owners = FollowUpRepository(*database()).owners())
            for (const NamedRef& ref : owners.value())
                m_owner->addItem(ref.name, ref.id);
        if (auto instances = MeetingListQueries(*database()).instances())
            for (const NamedRef& ref : instances.value())
                m_instance->addItem(ref.name, ref.id);
    }
    m_owner->setCurrentIndex(std::max(0, m_owner->findData(owner)));
    m_instance->setCurrentIndex(std::max(0, m_instance->findData(instance)));
    m_filling = false;
}

void FollowUpsView::refresh()
{
    updateDueSoonLabel();
    fillChoices();
    applyFilter();
}

void FollowUpsView::applyFilter()
{
    if (m_filling)
        return;
    FollowUpFilter filter;
    const int show = m_show->currentData().toInt();
    // Due soon: the open ones, cut at the reminder horizon by the model.
    filter.show = show == ShowDueSoon ? FollowUpFilter::Show::Open : FollowUpFilter::Show(show);
    filter.ownerContactId = m_owner->currentData().toLongLong();
    filter.instanceId = m_instance->currentData().toLongLong();
    filter.text = m_search->text();
    filter.today = m_model->today();
    const QDate dueBy = show == ShowDueSoon ? filter.today.addDays(preferences::reminderDays()) : QDate();
    if (Status status = m_model->load(database(), filter, dueBy); !status)
        showError(status.error());
    if (!m_sized && m_model->rowCount() > 0) {
        // Sized once on real rows; the text column takes what is left and wraps in its tooltip.
        m_sized = true;
        m_table->resizeColumnsToContents();
        const auto cap = [this](int column, int width) {
            m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), width));
        };
        cap(FollowUpTableModel::TextColumn, 320);
        cap(FollowUpTableModel::OwnerColumn, 160);
        cap(FollowUpTableModel::MeetingColumn, 240);
        m_table->setColumnWidth(FollowUpTableModel::StatusColumn,
                                std::max(m_table->columnWidth(FollowUpTableModel::StatusColumn), 120));
    }
    updateCount();
}

void FollowUpsView::updateCount()
{
    int overdue = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        overdue += m_model->index(row, 0).data(FollowUpTableModel::OverdueRole).toBool() ? 1 : 0;
    QString text = tr("%n follow-up(s)", nullptr, m_model->rowCount());
    if (overdue > 0)
        text += QStringLiteral(" · ") + tr("%n overdue", nullptr, overdue);
    m_count->setText(text);
}

void FollowUpsView::showError(const Error& error)
{
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Follow-ups"), error.message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("followUpsError"));
    box->setDetailedText(error.detail);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace maillage::ui
