// SPDX-License-Identifier: EUPL-1.2
#include "ui/network/NetworkMapPage.h"

#include "core/storage/NetworkQueries.h"
#include "ui/network/NetworkMapView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QSettings>
#include <QSpinBox>
#include <QToolButton>
#include <QWidgetAction>
#include <QPushButton>
#include <QShortcut>
#include <QSlider>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace maillage::ui {

namespace {

QString folded(const QString& text)
{
    QString result;
    for (const QChar c : text.normalized(QString::NormalizationForm_D))
        if (c.category() != QChar::Mark_NonSpacing)
            result += c.toLower();
    return result;
}

QPushButton* button(const QString& text, const QString& name, QWidget* parent)
{
    auto* result = new QPushButton(text, parent);
    result->setObjectName(name);
    return result;
}

} // namespace

NetworkMapPage::NetworkMapPage(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("networkMapPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);

    auto* filters = new QHBoxLayout;
    const QDate today = QDate::currentDate();
    m_from = new QDateEdit(QDate(today.year(), 1, 1), this);
    m_from->setObjectName(QStringLiteral("networkFrom"));
    m_to = new QDateEdit(QDate(today.year(), 12, 31), this);
    m_to->setObjectName(QStringLiteral("networkTo"));
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    }
    m_from->setAccessibleName(tr("Period start"));
    m_to->setAccessibleName(tr("Period end"));
    filters->addWidget(new QLabel(tr("From"), this));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to"), this));
    filters->addWidget(m_to);
    m_year = new QSlider(Qt::Horizontal, this);
    m_year->setObjectName(QStringLiteral("networkYearSlider"));
    m_year->setAccessibleName(tr("Year"));
    m_year->setPageStep(1);
    m_year->setMinimumWidth(110);
    m_year->setMaximumWidth(180);
    m_yearLabel = new QLabel(this);
    filters->addWidget(m_year);
    filters->addWidget(m_yearLabel);
    // Several sectors at once: a checkable list that stays open while the user ticks.
    m_sector = new QToolButton(this);
    m_sector->setObjectName(QStringLiteral("networkSector"));
    m_sector->setAccessibleName(tr("Sectors shown"));
    m_sector->setPopupMode(QToolButton::InstantPopup);
    m_sector->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* sectorMenu = new QMenu(m_sector);
    m_sectorList = new QListWidget(sectorMenu);
    m_sectorList->setObjectName(QStringLiteral("networkSectorList"));
    m_sectorList->setAccessibleName(tr("Sectors shown"));
    m_sectorList->setMinimumWidth(260);
    // A click anywhere on the row ticks it (not only on the small box); Space does the same from the keyboard.
    auto toggle = [](QListWidgetItem* item) {
        if (item)
            item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
    };
    connect(m_sectorList, &QListWidget::itemClicked, this, toggle);
    auto* space = new QShortcut(QKeySequence(Qt::Key_Space), m_sectorList);
    space->setContext(Qt::WidgetShortcut);
    connect(space, &QShortcut::activated, this, [this, toggle] { toggle(m_sectorList->currentItem()); });
    auto* sectorAction = new QWidgetAction(sectorMenu);
    sectorAction->setDefaultWidget(m_sectorList);
    sectorMenu->addAction(sectorAction);
    auto* allSectors = sectorMenu->addAction(tr("Show all sectors"));
    allSectors->setObjectName(QStringLiteral("networkAllSectors"));
    connect(allSectors, &QAction::triggered, this, [this] { setSectors({}); });
    m_sector->setMenu(sectorMenu);
    m_instance = new QComboBox(this);
    m_instance->setObjectName(QStringLiteral("networkInstance"));
    m_instance->setAccessibleName(tr("Instance"));
    m_instance->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_instance->setMaximumWidth(220);
    filters->addWidget(m_sector);
    filters->addWidget(m_instance);
    filters->addStretch(1);
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("networkCounts"));
    filters->addWidget(m_counts);
    auto* exportButton = new QToolButton(this);
    exportButton->setObjectName(QStringLiteral("networkExport"));
    exportButton->setText(tr("Export", "menu button"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto* exportMenu = new QMenu(exportButton);
    auto* image = exportMenu->addAction(tr("Map as image (PDF, SVG, PNG)…"));
    image->setObjectName(QStringLiteral("networkExportImage"));
    auto* graphMl = exportMenu->addAction(tr("Network as GraphML (Gephi)…"));
    graphMl->setObjectName(QStringLiteral("networkExportGraphMl"));
    auto* csv = exportMenu->addAction(tr("Elements and connections as CSV (Kumu, Gephi)…"));
    csv->setObjectName(QStringLiteral("networkExportCsv"));
    exportButton->setMenu(exportMenu);
    filters->addWidget(exportButton);
    layout->addLayout(filters);

    // Which links, and how strong: the demo council is a hairball with every link of weight 1.
    auto* tools = new QHBoxLayout;
    tools->addWidget(new QLabel(tr("Links:"), this));
    m_membership = new QCheckBox(tr("Shared instances"), this);
    m_membership->setObjectName(QStringLiteral("networkLinkMembership"));
    m_actions = new QCheckBox(tr("Action sheets"), this);
    m_actions->setObjectName(QStringLiteral("networkLinkActions"));
    m_coAttendance = new QCheckBox(tr("Meetings together"), this);
    m_coAttendance->setObjectName(QStringLiteral("networkLinkCoAttendance"));
    const QSettings settings;
    const unsigned kinds = settings.value(QStringLiteral("network/linkKinds"), kAllLinkKinds).toUInt();
    for (auto [box, kind] : {std::pair{m_membership, LinkKind::Membership}, std::pair{m_actions, LinkKind::Action},
                             std::pair{m_coAttendance, LinkKind::CoAttendance}}) {
        box->setChecked(kinds & unsigned(kind));
        tools->addWidget(box);
        connect(box, &QCheckBox::toggled, this, &NetworkMapPage::rebuild);
    }
    auto* weightLabel = new QLabel(tr("Minimum &weight"), this);
    m_minimumWeight = new QSpinBox(this);
    m_minimumWeight->setObjectName(QStringLiteral("networkMinimumWeight"));
    m_minimumWeight->setAccessibleName(tr("Minimum link weight"));
    m_minimumWeight->setToolTip(tr("Hide links lighter than this: the weight of a link counts its shared "
                                   "instances, action sheets and meetings attended together."));
    m_minimumWeight->setRange(1, 999);
    m_minimumWeight->setValue(settings.value(QStringLiteral("network/minimumWeight"), 1).toInt());
    weightLabel->setBuddy(m_minimumWeight);
    tools->addWidget(weightLabel);
    tools->addWidget(m_minimumWeight);
    tools->addSpacing(12);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("networkSearch"));
    m_search->setAccessibleName(tr("Find an organisation on the map"));
    m_search->setPlaceholderText(tr("Find an organisation on the map…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(180);
    tools->addWidget(m_search, 1);
    auto* zoomIn = button(QStringLiteral("+"), QStringLiteral("networkZoomIn"), this);
    auto* zoomOut = button(QStringLiteral("\u2212"), QStringLiteral("networkZoomOut"), this);
    zoomIn->setAccessibleName(tr("Zoom in"));
    zoomIn->setToolTip(tr("Zoom in (Ctrl++)"));
    zoomOut->setAccessibleName(tr("Zoom out"));
    zoomOut->setToolTip(tr("Zoom out (Ctrl+-)"));
    auto* fit = button(tr("Fit"), QStringLiteral("networkFit"), this);
    fit->setToolTip(tr("Show the whole map (Ctrl+0)"));
    for (QPushButton* b : {zoomIn, zoomOut, fit}) {
        if (b != fit)
            b->setFixedWidth(b->sizeHint().height() + 6);
        tools->addWidget(b);
    }
    layout->addLayout(tools);

    auto* splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("networkSplitter"));
    m_view = new NetworkMapView(splitter);
    auto* side = new QWidget(splitter);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    m_summary = new QTextBrowser(side);
    m_summary->setObjectName(QStringLiteral("networkCarriers"));
    m_summary->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the table wraps to the panel
    m_details = new QTextBrowser(side);
    m_details->setObjectName(QStringLiteral("networkDetails"));
    sideLayout->addWidget(m_summary, 1);
    sideLayout->addWidget(m_details, 1);
    splitter->addWidget(m_view);
    splitter->addWidget(side);
    side->setMaximumWidth(380);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    splitter->setSizes({900, 340});
    layout->addWidget(splitter, 1);

    connect(m_from, &QDateEdit::dateChanged, this, &NetworkMapPage::reload);
    connect(m_to, &QDateEdit::dateChanged, this, &NetworkMapPage::reload);
    connect(m_year, &QSlider::valueChanged, this, [this](int year) {
        m_yearLabel->setText(QString::number(year));
        if (!m_filling)
            setPeriod(QDate(year, 1, 1), QDate(year, 12, 31));
    });
    connect(m_sectorList, &QListWidget::itemChanged, this, [this] {
        updateSectorButton();
        rebuild();
    });
    connect(m_minimumWeight, &QSpinBox::valueChanged, this, &NetworkMapPage::rebuild);
    connect(m_instance, &QComboBox::currentIndexChanged, this, &NetworkMapPage::rebuild);
    connect(m_search, &QLineEdit::returnPressed, this, [this] { findNode(m_search->text()); });
    connect(m_search, &QLineEdit::textEdited, this, [this](const QString& text) {
        if (text.size() >= 2)
            findNode(text);
    });
    connect(m_view, &NetworkMapView::nodeActivated, this, &NetworkMapPage::showNode);
    connect(zoomIn, &QPushButton::clicked, this, [this] { m_view->zoomBy(1.25); });
    connect(zoomOut, &QPushButton::clicked, this, [this] { m_view->zoomBy(0.8); });
    connect(fit, &QPushButton::clicked, m_view, &NetworkMapView::fitAll);
    connect(image, &QAction::triggered, this, &NetworkMapPage::chooseImageExport);
    connect(graphMl, &QAction::triggered, this, &NetworkMapPage::chooseGraphExport);
    connect(csv, &QAction::triggered, this, &NetworkMapPage::chooseCsvExport);
    auto shortcut = [this](const QKeySequence& keys, auto slot) {
        auto* s = new QShortcut(keys, this, slot);
        s->setContext(Qt::WidgetWithChildrenShortcut);
    };
    shortcut(QKeySequence::ZoomIn, [this] { m_view->zoomBy(1.25); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Equal), [this] { m_view->zoomBy(1.25); });
    shortcut(QKeySequence::ZoomOut, [this] { m_view->zoomBy(0.8); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_0), [this] { m_view->fitAll(); });
}

void NetworkMapPage::setDatabase(Database* db)
{
    m_db = db;
    refresh();
}

void NetworkMapPage::refresh()
{
    if (!m_db) {
        m_data = {};
        m_graph = {};
        m_layout = {};
        m_view->setNetwork(m_graph, m_layout);
        return;
    }
    m_filling = true;
    if (auto years = NetworkQueries(*m_db).activityYears(); years && years.value().first > 0) {
        m_year->setRange(years.value().first, years.value().second);
        m_year->setValue(std::clamp(m_to->date().year(), years.value().first, years.value().second));
        m_yearLabel->setText(QString::number(m_year->value()));
    }
    m_filling = false;
    reload();
}

void NetworkMapPage::setPeriod(const QDate& from, const QDate& to)
{
    m_filling = true;
    m_from->setDate(from);
    m_to->setDate(to);
    m_year->setValue(to.year()); // the slider follows the period's last year
    m_yearLabel->setText(QString::number(m_year->value()));
    m_filling = false;
    reload();
}

void NetworkMapPage::reload()
{
    if (m_filling || !m_db)
        return;
    auto data = NetworkQueries(*m_db).load(m_from->date(), m_to->date());
    if (!data) {
        m_lastError = data.error().message;
        m_counts->setText(m_lastError);
        return;
    }
    m_data = std::move(data.value());
    fillFilters();
    rebuild();
}

void NetworkMapPage::rebuild()
{
    if (m_filling)
        return;
    saveFilters();
    NetworkFilter filter;
    filter.sectors = selectedSectors();
    filter.minimumWeight = m_minimumWeight->value();
    filter.instanceId = m_instance->currentData().toLongLong();
    filter.linkKinds = (m_membership->isChecked() ? unsigned(LinkKind::Membership) : 0u) |
                       (m_actions->isChecked() ? unsigned(LinkKind::Action) : 0u) |
                       (m_coAttendance->isChecked() ? unsigned(LinkKind::CoAttendance) : 0u);
    filter.keepIsolated = filter.linkKinds == 0 || !filter.sectors.empty();
    m_graph = buildNetworkGraph(m_data, filter);
    m_layout = computeLayout(m_graph);
    m_view->setNetwork(m_graph, m_layout);
    m_counts->setText(tr("%n organisation(s)", nullptr, int(m_graph.nodes.size())) + QStringLiteral(", ") +
                      tr("%n link(s)", nullptr, int(m_graph.edges.size())));
    m_details->setHtml(tr("<p>Click an organisation to see its instances, action sheets and metrics.</p>"));
    updateSummary();
    if (!m_search->text().isEmpty())
        findNode(m_search->text());
}

int NetworkMapPage::findNode(const QString& text)
{
    const QString needle = folded(text.trimmed());
    if (needle.isEmpty()) {
        m_view->highlight(-1);
        return -1;
    }
    for (size_t i = 0; i < m_graph.nodes.size(); ++i)
        if (folded(m_graph.nodes[i].name).contains(needle) || folded(m_graph.nodes[i].label).contains(needle)) {
            showNode(int(i));
            return int(i);
        }
    m_view->highlight(-1);
    return -1;
}

} // namespace maillage::ui
