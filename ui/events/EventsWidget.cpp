// SPDX-License-Identifier: EUPL-1.2
#include "ui/events/EventsWidget.h"

#include "core/domain/Event.h"
#include "core/storage/ActivityListQueries.h"
#include "core/storage/Database.h"
#include "ui/main/TableSetup.h"

#include <QComboBox>
#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace maillage::ui {

EventsWidget::EventsWidget(QWidget* parent) : Section(parent)
{
    setObjectName(QStringLiteral("eventsSection"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(makeTitle(tr("Events"), this));

    auto* filters = new QHBoxLayout;
    m_year = new QComboBox(this);
    m_year->setObjectName(QStringLiteral("eventYear"));
    filters->addWidget(new QLabel(tr("Year:"), this));
    filters->addWidget(m_year);
    filters->addStretch(1);
    layout->addLayout(filters);

    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("eventsTable"));
    m_table->setHorizontalHeaderLabels({tr("Date"), tr("Kind"), tr("Title"), tr("Place"), tr("Participants")});
    setUpReadOnlyTable(m_table);
    layout->addWidget(m_table, 1);

    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("eventTotal"));
    layout->addWidget(m_total);

    connect(m_year, &QComboBox::currentIndexChanged, this, &EventsWidget::showYear);
}

void EventsWidget::refresh()
{
    m_filling = true;
    const QVariant previous = m_year->currentData();
    m_year->clear();
    m_year->addItem(tr("All years"), 0);
    if (database())
        if (auto years = ActivityListQueries(*database()).eventYears())
            for (int year : years.value())
                m_year->addItem(QString::number(year), year);
    // The current year when it has events, else the latest one.
    const int wanted = previous.toInt() > 0 ? previous.toInt() : QDate::currentDate().year();
    int index = m_year->findData(wanted);
    if (index < 0)
        index = m_year->count() > 1 ? 1 : 0;
    m_year->setCurrentIndex(index);
    m_filling = false;
    showYear();
}

void EventsWidget::showYear()
{
    if (m_filling)
        return;
    m_table->setRowCount(0);
    m_total->clear();
    if (!database())
        return;
    auto events = ActivityListQueries(*database()).events(m_year->currentData().toInt());
    if (!events) {
        m_total->setText(events.error().fullText());
        return;
    }
    const QLocale locale;
    int participants = 0;
    m_table->setRowCount(int(events->size()));
    for (int row = 0; row < int(events->size()); ++row) {
        const EventListRow& event = events.value()[size_t(row)];
        const QStringList cells{locale.toString(event.startsOn, QLocale::ShortFormat),
                                labelOf(fromCode(event.kind, EventKind::Other)), event.title, event.place,
                                locale.toString(event.participants)};
        for (int column = 0; column < cells.size(); ++column) {
            auto* cell = new QTableWidgetItem(cells.at(column));
            cell->setData(Qt::UserRole, event.id);
            cell->setToolTip(cells.at(column));
            if (column == 4)
                cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, cell);
        }
        participants += event.participants;
    }
    // The title takes what is left, so the participants stay in view.
    QHeaderView* header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    for (int column = 0; column < m_table->columnCount(); ++column)
        header->setSectionResizeMode(column, column == 2 ? QHeaderView::Stretch : QHeaderView::ResizeToContents);
    m_total->setText(tr("%n event(s), %1 participants in all", nullptr, int(events->size()))
                         .arg(locale.toString(participants)));
}

} // namespace maillage::ui
