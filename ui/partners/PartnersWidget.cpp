// SPDX-License-Identifier: EUPL-1.2
#include "ui/partners/PartnersWidget.h"

#include "core/models/ContactListModel.h"
#include "core/models/OrganisationListModel.h"
#include "core/storage/Database.h"
#include "core/storage/PartnerListQueries.h"
#include "ui/main/TableSetup.h"
#include "ui/partners/PartnerFilterBar.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace maillage::ui {

namespace {

QTableView* makeView(QAbstractItemModel* model, const QString& objectName, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setModel(model);
    setUpReadOnlyTable(view);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    view->horizontalHeader()->setSortIndicator(0, Qt::AscendingOrder);
    view->setSortingEnabled(true);
    return view;
}

const QString kOrganisationHeader = QStringLiteral("partners/organisationsHeader");
const QString kContactHeader = QStringLiteral("partners/contactsHeader");

} // namespace

PartnersWidget::PartnersWidget(QWidget* parent) : Section(parent)
{
    setObjectName(QStringLiteral("partnersSection"));
    m_organisations = new OrganisationListModel(this);
    m_contacts = new ContactListModel(this);
    m_undo = new QUndoStack(this);
    m_undo->setObjectName(QStringLiteral("partnersUndoStack"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(10);
    auto* titleRow = new QHBoxLayout;
    titleRow->addWidget(makeTitle(tr("Partners"), this));
    titleRow->addStretch(1);
    m_toolBar = new QToolBar(tr("Partners"), this);
    m_toolBar->setObjectName(QStringLiteral("partnersToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    titleRow->addWidget(m_toolBar);
    layout->addLayout(titleRow);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("partnerSearch"));
    m_search->setPlaceholderText(tr("Search a name, a commune, an e-mail… (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the partners"));
    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 2);
    m_filters = new PartnerFilterBar(this);
    searchRow->addWidget(m_filters, 3);
    layout->addLayout(searchRow);

    m_organisationTable = makeView(m_organisations, QStringLiteral("organisationsTable"), this);
    m_contactTable = makeView(m_contacts, QStringLiteral("contactsTable"), this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("partnerTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_organisationTable, tr("Organisations"));
    m_tabs->addTab(m_contactTable, tr("Contacts"));
    layout->addWidget(m_tabs, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("partnersStatus"));
    layout->addWidget(m_status);

    m_organisationMenu = new QMenu(this);
    m_organisationMenu->setObjectName(QStringLiteral("organisationContextMenu"));
    m_contactMenu = new QMenu(this);
    m_contactMenu->setObjectName(QStringLiteral("contactContextMenu"));
    buildActions();

    connect(m_search, &QLineEdit::textChanged, this, &PartnersWidget::applyFilters);
    connect(m_filters, &PartnerFilterBar::changed, this, &PartnersWidget::applyFilters);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int tab) {
        m_filters->setPillarEnabled(tab == ContactsTab);
        applyFilters();
        updateActions();
    });
    m_filters->setPillarEnabled(false);
    for (auto [model, view] : {std::pair<LazyTableModel*, QTableView*>{m_organisations, m_organisationTable},
                               {m_contacts, m_contactTable}}) {
        connect(model, &QAbstractItemModel::modelReset, this, [this, model, view] {
            if (model->canFetchMore({}))
                model->fetchMore({});
            if (!m_headersRestored)
                view->resizeColumnsToContents();
            updateActions();
        });
        connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &PartnersWidget::updateActions);
        connect(view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this] { saveHeaders(); });
    }
    connect(m_organisationTable, &QTableView::customContextMenuRequested, this,
            [this](const QPoint& at) { m_organisationMenu->popup(m_organisationTable->viewport()->mapToGlobal(at)); });
    connect(m_contactTable, &QTableView::customContextMenuRequested, this,
            [this](const QPoint& at) { m_contactMenu->popup(m_contactTable->viewport()->mapToGlobal(at)); });
    connect(m_organisationTable, &QTableView::activated, this,
            [this](const QModelIndex& index) { editOrganisation(m_organisations->idAt(index.row())); });
    connect(m_contactTable, &QTableView::activated, this,
            [this](const QModelIndex& index) { editContact(m_contacts->idAt(index.row())); });
    restoreHeaders();
}

PartnersWidget::~PartnersWidget()
{
    saveHeaders();
}

void PartnersWidget::refresh()
{
    m_undo->clear(); // the commands hold the previous database
    m_filters->setDatabase(database());
    m_organisations->setDatabase(database());
    m_contacts->setDatabase(database());
    applyFilters();
}

void PartnersWidget::applyFilters()
{
    PartnerFilter filter = m_filters->filter();
    filter.text = m_search->text();
    PartnerFilter organisationFilter = filter;
    organisationFilter.pillar.clear();
    m_organisations->setFilter(organisationFilter);
    m_contacts->setFilter(filter);
    updateCounts();
}

void PartnersWidget::updateCounts()
{
    if (!database())
        return;
    // Tab titles carry the counts, so a search that finds nothing in one tab shows it.
    PartnerListQueries queries(*database());
    const auto organisations = queries.countOrganisations(m_organisations->filter());
    const auto contacts = queries.countContacts(m_contacts->filter());
    m_tabs->setTabText(OrganisationsTab, tr("Organisations (%1)").arg(organisations ? organisations.value() : 0));
    m_tabs->setTabText(ContactsTab, tr("Contacts (%1)").arg(contacts ? contacts.value() : 0));
}

qint64 PartnersWidget::currentOrganisationId() const
{
    const QModelIndex index = m_organisationTable->currentIndex();
    return index.isValid() && m_organisationTable->selectionModel()->isRowSelected(index.row())
               ? m_organisations->idAt(index.row())
               : 0;
}

qint64 PartnersWidget::currentContactId() const
{
    const QModelIndex index = m_contactTable->currentIndex();
    return index.isValid() && m_contactTable->selectionModel()->isRowSelected(index.row())
               ? m_contacts->idAt(index.row())
               : 0;
}

QList<qint64> PartnersWidget::selectedContactIds() const
{
    QList<qint64> ids;
    for (const QModelIndex& index : m_contactTable->selectionModel()->selectedRows())
        ids << m_contacts->idAt(index.row());
    return ids;
}

void PartnersWidget::saveHeaders() const
{
    if (m_restoring)
        return; // restoring one header must not overwrite the other's saved state
    QSettings settings;
    settings.setValue(kOrganisationHeader, m_organisationTable->horizontalHeader()->saveState());
    settings.setValue(kContactHeader, m_contactTable->horizontalHeader()->saveState());
}

void PartnersWidget::restoreHeaders()
{
    m_restoring = true;
    QSettings settings;
    for (auto [key, view] : {std::pair<QString, QTableView*>{kOrganisationHeader, m_organisationTable},
                             {kContactHeader, m_contactTable}}) {
        const QByteArray state = settings.value(key).toByteArray();
        if (state.isEmpty() || !view->horizontalHeader()->restoreState(state))
            continue;
        m_headersRestored = true;
        // The header remembers the sort; the model must apply it.
        view->model()->sort(view->horizontalHeader()->sortIndicatorSection(),
                            view->horizontalHeader()->sortIndicatorOrder());
    }
    m_restoring = false;
}

} // namespace maillage::ui
