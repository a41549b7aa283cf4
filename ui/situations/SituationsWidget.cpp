// SPDX-License-Identifier: EUPL-1.2
#include "ui/situations/SituationsWidget.h"

#include "core/situations/SituationPurge.h"
#include "core/situations/SituationStatistics.h"
#include "core/storage/CouncilRepository.h"
#include "core/storage/SituationRepository.h"
#include "ui/situations/SituationDialog.h"
#include "ui/events/UndoActions.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <set>

namespace maillage::ui {

namespace {

QTableWidget* makeTable(const QString& name, const QStringList& headers, QWidget* parent)
{
    auto* table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->setAlternatingRowColors(true);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QString shortDate(const QDate& date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

} // namespace

SituationsWidget::SituationsWidget(QWidget* parent) : Section(parent)
{
    setObjectName(QStringLiteral("situationsSection"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(makeTitle(tr("Cellule de situations"), this));
    m_pages = new QStackedWidget(this);
    layout->addWidget(m_pages, 1);

    // Page 0: what enabling implies.
    auto* off = new QWidget(m_pages);
    auto* offLayout = new QVBoxLayout(off);
    auto* explanation = new QLabel(
        tr("<p>The register of the <b>cellule de situations</b> is off for this council.</p>"
           "<p>Once enabled, it keeps the situations the cellule examines under a pseudonym "
           "(SIT-2026-014): who referred them, the problem categories, the review dates, the outcome and how "
           "consent was given. It has <b>no field for a name</b> and must not contain one.</p>"
           "<p>Situations are <b>deleted automatically</b> two years after the last contact (the period can be "
           "changed), and only the number deleted is kept. Statistics hide counts under 5.</p>"
           "<p>Enable it only if the cellule has agreed how the data is shared and who may read this database.</p>"),
        off);
    explanation->setObjectName(QStringLiteral("situationsExplanation"));
    explanation->setWordWrap(true);
    explanation->setMaximumWidth(720);
    auto* enable = new QPushButton(tr("&Enable the register…"), off);
    enable->setObjectName(QStringLiteral("enableSituations"));
    connect(enable, &QPushButton::clicked, this, &SituationsWidget::askToEnable);
    offLayout->addWidget(explanation);
    offLayout->addWidget(enable, 0, Qt::AlignLeft);
    offLayout->addStretch(1);
    m_pages->addWidget(off);

    // Page 1: the register.
    auto* on = new QWidget(m_pages);
    auto* onLayout = new QVBoxLayout(on);
    onLayout->setContentsMargins(0, 0, 0, 0);
    onLayout->addWidget(makeConfidentialBanner(on));
    auto* bar = new QHBoxLayout;
    // New, undo and redo work wherever the focus is while the register shows; Return and Delete only in
    // the register's table (the window's Ctrl+N steps aside, see MainWindow::updateShortcuts).
    m_undo = new QUndoStack(this);
    auto addAction = [&](QAction* action, const QString& name, const QList<QKeySequence>& keys, bool inTable) {
        action->setObjectName(name);
        action->setShortcuts(keys);
        action->setShortcutContext(inTable ? Qt::WidgetWithChildrenShortcut : Qt::WindowShortcut);
        if (!inTable) // the table takes the others once it exists
            on->addAction(action);
        auto* button = new QToolButton(on);
        button->setObjectName(name + QStringLiteral("Button"));
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        bar->addWidget(button);
        return action;
    };
    auto slotAction = [this](const QString& text, auto slot) {
        auto* action = new QAction(text, this);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_new = addAction(slotAction(tr("&New situation"), &SituationsWidget::newSituation),
                      QStringLiteral("newSituation"), {QKeySequence::New}, false);
    m_edit = addAction(slotAction(tr("&Edit…"), &SituationsWidget::editSelected), QStringLiteral("editSituation"),
                       {QKeySequence(Qt::Key_Return)}, true);
    m_delete = addAction(slotAction(tr("&Delete"), &SituationsWidget::deleteSelected),
                         QStringLiteral("deleteSituation"), {QKeySequence::Delete}, true);
    addAction(makeUndoAction(m_undo, tr("&Undo"), false, this), QStringLiteral("undoSituation"), {QKeySequence::Undo},
              false);
    addAction(makeUndoAction(m_undo, tr("&Redo"), true, this), QStringLiteral("redoSituation"),
              {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)}, false);
    bar->addStretch(1);
    bar->addWidget(new QLabel(tr("Keep for"), on));
    m_retention = new QSpinBox(on);
    m_retention->setObjectName(QStringLiteral("retentionYears"));
    m_retention->setRange(1, 10);
    m_retention->setSuffix(tr(" year(s) after the last contact"));
    m_retention->setAccessibleName(tr("Retention period"));
    bar->addWidget(m_retention);
    auto* purge = new QPushButton(tr("&Purge now"), on);
    purge->setObjectName(QStringLiteral("purgeSituations"));
    connect(purge, &QPushButton::clicked, this, &SituationsWidget::purgeNow);
    bar->addWidget(purge);
    onLayout->addLayout(bar);
    connect(m_retention, &QSpinBox::editingFinished, this, [this] {
        if (database() && m_enabled)
            if (Status s = SituationRepository(*database()).setRetentionYears(councilId(), m_retention->value()); !s)
                showError(s.error().message);
    });

    auto* tabs = new QTabWidget(on);
    tabs->setObjectName(QStringLiteral("situationTabs"));
    m_table = makeTable(QStringLiteral("situationsTable"),
                        {tr("Identifier"), tr("Referred by"), tr("Opened"), tr("Last contact"), tr("Reviews"),
                         tr("Categories"), tr("Closed"), tr("Deleted after")},
                        tabs);
    connect(m_table, &QTableWidget::itemDoubleClicked, this, [this] { editSelected(); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &SituationsWidget::updateActions);
    m_table->addAction(m_edit);
    m_table->addAction(m_delete);
    tabs->addTab(m_table, tr("Register"));
    auto* statsPage = new QWidget(tabs);
    auto* statsLayout = new QVBoxLayout(statsPage);
    m_statsYear = new QComboBox(statsPage);
    m_statsYear->setObjectName(QStringLiteral("statisticsYear"));
    m_statsYear->setAccessibleName(tr("Year of the statistics"));
    statsLayout->addWidget(m_statsYear, 0, Qt::AlignLeft);
    m_stats = makeTable(QStringLiteral("situationStatistics"),
                        {tr("Figure"), tr("Q1"), tr("Q2"), tr("Q3"), tr("Q4"), tr("Year")}, statsPage);
    statsLayout->addWidget(m_stats, 1);
    auto* note = new QLabel(tr("Counts from 1 to 4 are shown as “< 5” so that no one can be recognised."), statsPage);
    note->setWordWrap(true);
    statsLayout->addWidget(note);
    tabs->addTab(statsPage, tr("Statistics by quarter"));
    connect(m_statsYear, &QComboBox::currentIndexChanged, this, [this] { fillStatistics(m_situations); });
    m_purges = makeTable(QStringLiteral("purgeLog"), {tr("Date"), tr("Situations deleted"), tr("Rule")}, tabs);
    tabs->addTab(m_purges, tr("Purge log"));
    onLayout->addWidget(tabs, 1);
    m_summary = new QLabel(on);
    m_summary->setObjectName(QStringLiteral("situationSummary"));
    onLayout->addWidget(m_summary);
    m_pages->addWidget(on);
    updateActions();
}

qint64 SituationsWidget::councilId() const
{
    if (!database())
        return 0;
    auto council = CouncilRepository(*database()).first();
    return council.ok() ? council->id : 0;
}

void SituationsWidget::refresh()
{
    m_enabled = false;
    if (database())
        if (auto council = CouncilRepository(*database()).first(); council.ok())
            m_enabled = council->situationsEnabled;
    m_pages->setCurrentIndex(m_enabled ? 1 : 0);
    if (!m_enabled)
        m_undo->clear();
    const qint64 keep = selectedId();
    m_situations.clear();
    m_table->setRowCount(0);
    if (m_enabled)
        fill();
    if (keep > 0)
        selectSituation(keep);
    updateActions();
}

void SituationsWidget::fill()
{
    SituationRepository repository(*database());
    SituationFilter filter;
    filter.councilId = councilId();
    auto list = repository.list(filter);
    if (!list.ok()) {
        m_summary->setText(list.error().message);
        return;
    }
    m_situations = list.value();
    auto retention = repository.retentionYears(filter.councilId);
    const int years = retention.ok() ? retention.value() : 2;
    m_retention->blockSignals(true);
    m_retention->setValue(years);
    m_retention->blockSignals(false);
    m_table->setRowCount(int(m_situations.size()));
    int open = 0;
    for (int row = 0; row < int(m_situations.size()); ++row) {
        const Situation& s = m_situations[size_t(row)];
        const QDate last = s.lastContactOn.isValid() ? s.lastContactOn : s.openedOn;
        const QStringList cells = {s.pseudonym, s.referralSector, shortDate(s.openedOn), shortDate(s.lastContactOn),
                                   QString::number(s.reviewDates.size()), s.categories.join(QStringLiteral(", ")),
                                   shortDate(s.closedOn), shortDate(last.addYears(years))};
        for (int column = 0; column < int(cells.size()); ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            item->setData(Qt::UserRole, s.id);
            m_table->setItem(row, column, item);
        }
        if (!s.closedOn.isValid())
            ++open;
    }
    m_table->resizeColumnsToContents();
    // The categories take the room left, so that every column stays in view.
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(5, QHeaderView::Stretch);
    m_summary->setText(tr("%n situation(s) in the register, %1 open.", "", int(m_situations.size())).arg(open));
    const int keep = m_statsYear->currentData().toInt();
    std::set<int> yearsSeen{QDate::currentDate().year()};
    for (const Situation& s : m_situations)
        yearsSeen.insert(s.openedOn.year());
    m_statsYear->blockSignals(true);
    m_statsYear->clear();
    for (auto it = yearsSeen.rbegin(); it != yearsSeen.rend(); ++it)
        m_statsYear->addItem(QString::number(*it), *it);
    m_statsYear->setCurrentIndex(std::max(0, m_statsYear->findData(keep)));
    m_statsYear->blockSignals(false);
    fillStatistics(m_situations);
    fillPurgeLog();
}

void SituationsWidget::fillStatistics(const std::vector<Situation>& situations)
{
    const SituationStatistics stats = SituationStatistics::compute(situations, m_statsYear->currentData().toInt());
    std::vector<std::pair<QString, std::array<int, 4>>> rows = {
        {tr("Situations opened"), stats.opened}, {tr("Situations reviewed"), stats.reviewed},
        {tr("Situations closed"), stats.closed}};
    for (auto it = stats.byCategory.begin(); it != stats.byCategory.end(); ++it)
        rows.push_back({tr("Category: %1").arg(it.key()), it.value()});
    for (auto it = stats.bySector.begin(); it != stats.bySector.end(); ++it)
        rows.push_back({tr("Referred by: %1").arg(it.key()), it.value()});
    m_stats->setRowCount(int(rows.size()));
    for (int row = 0; row < int(rows.size()); ++row) {
        m_stats->setItem(row, 0, new QTableWidgetItem(rows[size_t(row)].first));
        int total = 0;
        for (int q = 0; q < 4; ++q) {
            const int count = rows[size_t(row)].second[size_t(q)];
            total += count;
            auto* item = new QTableWidgetItem(SituationStatistics::shown(count));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_stats->setItem(row, q + 1, item);
        }
        auto* item = new QTableWidgetItem(SituationStatistics::shown(total));
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_stats->setItem(row, 5, item);
    }
    m_stats->resizeColumnsToContents();
}

void SituationsWidget::fillPurgeLog()
{
    auto log = SituationRepository(*database()).purgeLog(councilId());
    m_purges->setRowCount(0);
    if (!log.ok())
        return;
    m_purges->setRowCount(int(log->size()));
    for (int row = 0; row < int(log->size()); ++row) {
        const SituationPurgeRecord& record = log.value()[size_t(row)];
        m_purges->setItem(row, 0, new QTableWidgetItem(shortDate(record.purgedOn)));
        m_purges->setItem(row, 1, new QTableWidgetItem(QString::number(record.count)));
        m_purges->setItem(row, 2, new QTableWidgetItem(record.rule));
    }
}

void SituationsWidget::askToEnable()
{
    if (!database())
        return;
    auto* box = new QMessageBox(QMessageBox::Question, tr("Enable the register"),
                                tr("Enable the cellule de situations register for this council?\n\n"
                                   "You commit to record no name or identifying detail, to note how each person "
                                   "consented, and to let Maillage delete situations two years after the last "
                                   "contact."),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("enableSituationsBox"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this](int result) {
        if (result == QMessageBox::Yes)
            setRegisterEnabled(true);
    });
    box->open();
}

bool SituationsWidget::setRegisterEnabled(bool enabled)
{
    if (!database())
        return false;
    CouncilRepository councils(*database());
    auto council = councils.first();
    if (!council.ok()) {
        showError(council.error().message);
        return false;
    }
    Council changed = council.value();
    changed.situationsEnabled = enabled;
    if (Status status = councils.update(changed); !status) {
        showError(status.error().message);
        return false;
    }
    refresh();
    emit enabledChanged(enabled);
    return true;
}

qint64 SituationsWidget::selectedId() const
{
    const QList<QTableWidgetItem*> items = m_table->selectedItems();
    return items.isEmpty() ? 0 : items.first()->data(Qt::UserRole).toLongLong();
}

} // namespace maillage::ui
