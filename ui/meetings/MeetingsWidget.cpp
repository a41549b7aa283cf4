// SPDX-License-Identifier: EUPL-1.2
#include "ui/meetings/MeetingsWidget.h"

#include "core/domain/Meeting.h"
#include "core/models/MeetingListModel.h"
#include "core/storage/Database.h"
#include "ui/main/TableSetup.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace maillage::ui {

MeetingsWidget::MeetingsWidget(QWidget* parent) : Section(parent)
{
    setObjectName(QStringLiteral("meetingsSection"));
    m_model = new MeetingListModel(this);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(makeTitle(tr("Meetings"), this));

    auto* filters = new QHBoxLayout;
    m_year = new QComboBox(this);
    m_year->setObjectName(QStringLiteral("meetingYear"));
    m_instance = new QComboBox(this);
    m_instance->setObjectName(QStringLiteral("meetingInstance"));
    m_instance->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("meetingStatus"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("meetingSearch"));
    m_search->setPlaceholderText(tr("Search a title, an instance, a place…"));
    m_search->setClearButtonEnabled(true);
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
    layout->addWidget(m_table, 1);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("meetingCount"));
    layout->addWidget(m_count);

    for (QComboBox* box : {m_year, m_instance, m_status})
        connect(box, &QComboBox::currentIndexChanged, this, &MeetingsWidget::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, &MeetingsWidget::applyFilter);
    // Columns are sized once the first page is there; later pages keep the widths.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_model->canFetchMore({}))
            m_model->fetchMore({});
        m_table->resizeColumnsToContents();
    });
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
    m_model->setFilter(filter);
    m_count->clear();
    if (database())
        if (auto count = MeetingListQueries(*database()).count(filter))
            m_count->setText(tr("%n meeting(s)", nullptr, count.value()));
}

} // namespace maillage::ui
