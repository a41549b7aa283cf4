// SPDX-License-Identifier: EUPL-1.2
#include "ui/partners/PartnersWidget.h"

#include "core/models/ContactListModel.h"
#include "core/models/OrganisationListModel.h"
#include "core/storage/Database.h"
#include "core/storage/PartnerListQueries.h"
#include "ui/main/TableSetup.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace maillage::ui {

namespace {

QTableView* makeView(QAbstractItemModel* model, const QString& objectName, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setModel(model);
    setUpReadOnlyTable(view);
    return view;
}

} // namespace

PartnersWidget::PartnersWidget(QWidget* parent) : Section(parent)
{
    setObjectName(QStringLiteral("partnersSection"));
    m_organisations = new OrganisationListModel(this);
    m_contacts = new ContactListModel(this);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(makeTitle(tr("Partners"), this));

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("partnerSearch"));
    m_search->setPlaceholderText(tr("Search a name, a commune, an e-mail…"));
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search);

    m_organisationTable = makeView(m_organisations, QStringLiteral("organisationsTable"), this);
    m_contactTable = makeView(m_contacts, QStringLiteral("contactsTable"), this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("partnerTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_organisationTable, tr("Organisations"));
    m_tabs->addTab(m_contactTable, tr("Contacts"));
    layout->addWidget(m_tabs, 1);

    connect(m_search, &QLineEdit::textChanged, this, &PartnersWidget::applySearch);
    for (auto [model, view] : {std::pair<LazyTableModel*, QTableView*>{m_organisations, m_organisationTable},
                               {m_contacts, m_contactTable}}) {
        connect(model, &QAbstractItemModel::modelReset, this, [model, view] {
            if (model->canFetchMore({}))
                model->fetchMore({});
            view->resizeColumnsToContents();
        });
    }
}

void PartnersWidget::refresh()
{
    m_organisations->setDatabase(database());
    m_contacts->setDatabase(database());
    applySearch();
}

void PartnersWidget::applySearch()
{
    const QString text = m_search->text();
    m_organisations->setSearchText(text);
    m_contacts->setSearchText(text);
    if (!database())
        return;
    // Tab titles carry the counts, so a search that finds nothing in one tab shows it.
    PartnerListQueries queries(*database());
    const auto organisations = queries.countOrganisations(text);
    const auto contacts = queries.countContacts(text);
    m_tabs->setTabText(0, tr("Organisations (%1)").arg(organisations ? organisations.value() : 0));
    m_tabs->setTabText(1, tr("Contacts (%1)").arg(contacts ? contacts.value() : 0));
}

} // namespace maillage::ui
