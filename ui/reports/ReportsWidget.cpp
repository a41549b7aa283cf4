// SPDX-License-Identifier: EUPL-1.2
#include "ui/reports/ReportsWidget.h"

#include "core/storage/ActivityListQueries.h"
#include "core/storage/Database.h"
#include "ui/main/TableSetup.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace maillage::ui {

ReportsWidget::ReportsWidget(QWidget* parent) : Section(parent)
{
    setObjectName(QStringLiteral("reportsSection"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(makeTitle(tr("Reports"), this));
    layout->addWidget(makeHeading(tr("Activity by year"), this));

    m_table = new QTableWidget(0, 7, this);
    m_table->setObjectName(QStringLiteral("reportsTable"));
    m_table->setHorizontalHeaderLabels({tr("Year"), tr("Meetings held"), tr("Meetings cancelled"),
                                        tr("Attendance rate"), tr("Events"), tr("Participants"), tr("People trained")});
    setUpReadOnlyTable(m_table);
    layout->addWidget(m_table, 1);

    m_note = new QLabel(tr("Attendance rate: members present or represented at the meetings held, "
                           "out of the members expected (guests are not counted)."),
                        this);
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_note);
}

void ReportsWidget::refresh()
{
    m_table->setRowCount(0);
    if (!database())
        return;
    auto years = ActivityListQueries(*database()).yearSummaries();
    if (!years) {
        m_note->setText(years.error().fullText());
        return;
    }
    const QLocale locale;
    m_table->setRowCount(int(years->size()));
    for (int row = 0; row < int(years->size()); ++row) {
        const YearSummary& year = years.value()[size_t(row)];
        const auto rate = year.attendanceRate();
        const QStringList cells{QString::number(year.year),
                                locale.toString(year.meetingsHeld),
                                locale.toString(year.meetingsCancelled),
                                rate ? locale.toString(*rate * 100, 'f', 0) + QStringLiteral(" %")
                                     : QStringLiteral("–"),
                                locale.toString(year.events),
                                locale.toString(year.participants),
                                locale.toString(year.peopleTrained)};
        for (int column = 0; column < cells.size(); ++column) {
            auto* cell = new QTableWidgetItem(cells.at(column));
            cell->setTextAlignment((column == 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter);
            m_table->setItem(row, column, cell);
        }
    }
    m_table->resizeColumnsToContents();
    // Numbers read better under their heading than pushed to the far right.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
}

} // namespace maillage::ui
