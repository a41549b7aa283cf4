// SPDX-License-Identifier: EUPL-1.2
#include "ui/dashboard/DashboardWidget.h"

#include "core/settings/UserPreferences.h"
#include "core/storage/CouncilRepository.h"
#include "core/storage/DashboardQueries.h"
#include "core/storage/Database.h"
#include "core/storage/FollowUpRepository.h"
#include "ui/main/TableSetup.h"

#include <QFrame>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace maillage::ui {

namespace {

QTableWidgetItem* item(const QString& text, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto* cell = new QTableWidgetItem(text);
    cell->setTextAlignment(alignment);
    return cell;
}

void fillEmpty(QTableWidget* table, const QString& text)
{
    table->setRowCount(1);
    table->setSpan(0, 0, 1, table->columnCount());
    auto* cell = item(text);
    cell->setForeground(table->palette().brush(QPalette::PlaceholderText));
    table->setItem(0, 0, cell);
}

} // namespace

DashboardWidget::DashboardWidget(QWidget* parent) : Section(parent)
{
    setObjectName(QStringLiteral("dashboard"));
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(14);
    layout->addWidget(makeTitle(tr("Dashboard"), content));
    m_councilLabel = new QLabel(content);
    m_councilLabel->setObjectName(QStringLiteral("councilName"));
    layout->addWidget(m_councilLabel);

    auto* cards = new QHBoxLayout;
    cards->setSpacing(12);
    cards->addWidget(makeCard(tr("meetings held this year"), QStringLiteral("countMeetingsHeld"), &m_meetingsHeld));
    cards->addWidget(
        makeCard(tr("active partner organisations"), QStringLiteral("countActivePartners"), &m_activePartners));
    cards->addWidget(makeCard(tr("active contacts"), QStringLiteral("countContacts"), &m_contacts));
    cards->addWidget(makeCard(tr("events this year"), QStringLiteral("countEvents"), &m_events));
    layout->addLayout(cards);

    m_error = new QLabel(content);
    m_error->setObjectName(QStringLiteral("dashboardError"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);

    m_upcoming = makeTable({tr("Date"), tr("Instance"), tr("Place")}, QStringLiteral("upcomingTable"), content);
    m_overdue =
        makeTable({tr("Follow-up"), tr("Owner"), tr("Due"), tr("Meeting")}, QStringLiteral("overdueTable"), content);
    m_overdue->setCursor(Qt::PointingHandCursor);
    m_overdue->setToolTip(tr("Click to see every follow-up, filtered on the overdue ones"));
    connect(m_overdue, &QTableWidget::cellClicked, this, &DashboardWidget::overdueFollowUpsRequested);
    m_dueSoon =
        makeTable({tr("Follow-up"), tr("Owner"), tr("Due"), tr("Meeting")}, QStringLiteral("dueSoonTable"), content);
    m_dueSoon->setCursor(Qt::PointingHandCursor);
    m_dueSoon->setToolTip(tr("Click to see every follow-up falling due"));
    connect(m_dueSoon, &QTableWidget::cellClicked, this, &DashboardWidget::dueSoonFollowUpsRequested);
    // Overdue and falling due share one place: the grid keeps two rows and fits a small screen.
    m_followUpTabs = new QTabWidget(content);
    m_followUpTabs->setObjectName(QStringLiteral("followUpTabs"));
    m_followUpTabs->setDocumentMode(true);
    m_followUpTabs->addTab(m_overdue, QString());
    m_followUpTabs->addTab(m_dueSoon, QString());
    m_sectors = makeTable({tr("Sector"), tr("Organisations")}, QStringLiteral("sectorTable"), content);
    m_sheets = makeTable({tr("Status"), tr("Fiches actions")}, QStringLiteral("sheetStatusTable"), content);

    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(20);
    grid->setVerticalSpacing(6);
    grid->addWidget(makeHeading(tr("Next meetings"), content), 0, 0);
    grid->addWidget(m_upcoming, 1, 0);
    grid->addWidget(makeHeading(tr("Follow-ups to watch"), content), 0, 1);
    grid->addWidget(m_followUpTabs, 1, 1);
    grid->addWidget(makeHeading(tr("Partner organisations by sector"), content), 2, 0);
    grid->addWidget(m_sectors, 3, 0);
    grid->addWidget(makeHeading(tr("Fiches actions by status"), content), 2, 1);
    grid->addWidget(m_sheets, 3, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(1, 1);
    grid->setRowStretch(3, 1);
    layout->addLayout(grid, 1);

    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
}

QWidget* DashboardWidget::makeCard(const QString& caption, const QString& objectName, QLabel** value)
{
    auto* card = new QFrame(this);
    card->setObjectName(objectName + QStringLiteral("Card"));
    card->setFrameShape(QFrame::StyledPanel);
    card->setAutoFillBackground(true);
    card->setBackgroundRole(QPalette::Base);
    auto* layout = new QVBoxLayout(card);
    layout->setContentsMargins(16, 12, 16, 12);
    *value = new QLabel(QStringLiteral("–"), card);
    (*value)->setObjectName(objectName);
    QFont big = (*value)->font();
    big.setPointSizeF(big.pointSizeF() * 2.4);
    big.setBold(true);
    (*value)->setFont(big);
    (*value)->setForegroundRole(QPalette::Highlight);
    auto* text = new QLabel(caption, card);
    text->setWordWrap(true);
    layout->addWidget(*value);
    layout->addWidget(text);
    return card;
}

QTableWidget* DashboardWidget::makeTable(const QStringList& headers, const QString& objectName, QWidget* parent)
{
    auto* table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    setUpReadOnlyTable(table);
    table->setMinimumHeight(160);
    table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // columns stretch instead
    table->setTextElideMode(Qt::ElideRight);
    return table;
}

void DashboardWidget::refresh()
{
    for (QTableWidget* table : {m_upcoming, m_overdue, m_dueSoon, m_sectors, m_sheets}) {
        table->clearSpans();
        table->setRowCount(0);
    }
    for (QLabel* label : {m_meetingsHeld, m_activePartners, m_contacts, m_events})
        label->setText(QStringLiteral("–"));
    m_error->hide();
    m_councilLabel->clear();
    if (!database())
        return;

    CouncilRepository councils(*database());
    if (auto council = councils.first(); council.ok()) {
        const int others = councils.count() - 1;
        m_councilLabel->setText(others > 0 ? tr("%1 and %n other council(s)", nullptr, others).arg(council->name)
                                           : council->name);
    }

    const QLocale locale;
    auto data = DashboardQueries(*database()).load(today());
    if (!data) {
        m_error->setText(data.error().message);
        m_error->show();
        return;
    }
    const KeyCounts& counts = data->counts;
    m_meetingsHeld->setText(locale.toString(counts.meetingsHeldThisYear));
    m_activePartners->setText(locale.toString(counts.activePartners));
    m_contacts->setText(locale.toString(counts.activeContacts));
    m_events->setText(locale.toString(counts.eventsThisYear));

    m_upcoming->setRowCount(int(data->upcoming.size()));
    for (int row = 0; row < int(data->upcoming.size()); ++row) {
        const UpcomingMeeting& meeting = data->upcoming[size_t(row)];
        m_upcoming->setItem(row, 0, item(locale.toString(meeting.startsAt, QStringLiteral("ddd d MMM yyyy, HH:mm"))));
        // Titles often repeat the instance ("RESAD – décembre 2026"): show the instance once.
        const bool titleNamesInstance = meeting.title.startsWith(meeting.instanceName);
        m_upcoming->setItem(row, 1,
                            item(meeting.title.isEmpty() ? meeting.instanceName
                                 : titleNamesInstance    ? meeting.title
                                                      : meeting.instanceName + QStringLiteral(" — ") + meeting.title));
        m_upcoming->setItem(row, 2, item(meeting.place));
    }
    if (data->upcoming.empty())
        fillEmpty(m_upcoming, tr("No meeting planned."));

    m_overdue->setRowCount(int(data->overdue.size()));
    for (int row = 0; row < int(data->overdue.size()); ++row) {
        const OverdueFollowUp& followUp = data->overdue[size_t(row)];
        m_overdue->setItem(row, 0, item(followUp.text));
        m_overdue->item(row, 0)->setToolTip(followUp.text);
        m_overdue->setItem(row, 1, item(followUp.owner));
        m_overdue->setItem(row, 2, item(locale.toString(followUp.dueOn, QLocale::ShortFormat)));
        m_overdue->setItem(row, 3,
                           item(followUp.instanceName + QStringLiteral(", ") +
                                locale.toString(followUp.meetingDate, QLocale::ShortFormat)));
    }
    if (data->overdue.empty())
        fillEmpty(m_overdue, tr("Nothing overdue."));
    m_followUpTabs->setTabText(0, tr("Overdue (%1)").arg(locale.toString(qint64(data->overdue.size()))));
    fillDueSoon();

    const auto fillCounts = [&](QTableWidget* table, const std::vector<LabelCount>& rows, const QString& none) {
        table->setRowCount(int(rows.size()));
        for (int row = 0; row < int(rows.size()); ++row) {
            table->setItem(row, 0, item(rows[size_t(row)].label));
            table->setItem(row, 1, item(locale.toString(rows[size_t(row)].count), Qt::AlignRight | Qt::AlignVCenter));
        }
        if (rows.empty())
            fillEmpty(table, none);
    };
    fillCounts(m_sectors, data->organisationsBySector, tr("No partner organisation yet."));
    fillCounts(m_sheets, data->sheetsByStatus, tr("No fiche action yet."));

    // Long text columns share what is left; dates, owners and counts fit their content.
    const auto size = [](QTableWidget* table, std::initializer_list<int> stretched) {
        QHeaderView* header = table->horizontalHeader();
        header->setStretchLastSection(false);
        for (int column = 0; column < table->columnCount(); ++column)
            header->setSectionResizeMode(column,
                                         std::find(stretched.begin(), stretched.end(), column) != stretched.end()
                                             ? QHeaderView::Stretch
                                             : QHeaderView::ResizeToContents);
    };
    size(m_upcoming, {1, 2});
    size(m_overdue, {0, 3});
    size(m_dueSoon, {0, 3});
    size(m_sectors, {0});
    size(m_sheets, {0});
}

void DashboardWidget::fillDueSoon()
{
    // Open follow-ups due from today to the horizon; the overdue ones have their own table above.
    const QDate until = today().addDays(preferences::reminderDays());
    FollowUpFilter filter;
    filter.show = FollowUpFilter::Show::Open;
    filter.today = today();
    auto rows = FollowUpRepository(*database()).list(filter);
    const QLocale locale;
    if (!rows) {
        fillEmpty(m_dueSoon, rows.error().message);
        return;
    }
    int row = 0;
    for (const FollowUpRow& followUp : rows.value()) {
        const QDate due = followUp.followUp.dueOn;
        if (!due.isValid() || due < today() || due > until)
            continue;
        m_dueSoon->setRowCount(row + 1);
        m_dueSoon->setItem(row, 0, item(followUp.followUp.text));
        m_dueSoon->item(row, 0)->setToolTip(followUp.followUp.text);
        m_dueSoon->setItem(row, 1, item(followUp.owner));
        m_dueSoon->setItem(row, 2, item(locale.toString(due, QLocale::ShortFormat)));
        m_dueSoon->setItem(row, 3,
                           item(followUp.instanceName + QStringLiteral(", ") +
                                locale.toString(followUp.meetingStart.date(), QLocale::ShortFormat)));
        ++row;
    }
    m_followUpTabs->setTabText(
        1, tr("Due within %n day(s) (%1)", nullptr, preferences::reminderDays()).arg(locale.toString(row)));
    if (row == 0)
        fillEmpty(m_dueSoon, tr("Nothing falls due within %n day(s).", nullptr, preferences::reminderDays()));
}

} // namespace maillage::ui
