// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "ui/main/Section.h"

class QLabel;
class QLineEdit;
class QTabWidget;
class QTableView;

namespace maillage {
class ContactListModel;
class OrganisationListModel;
}

namespace maillage::ui {

/// Partner organisations and contacts in two tabs, with one search box filtering both as you type.
class PartnersWidget : public Section
{
    Q_OBJECT

public:
    explicit PartnersWidget(QWidget* parent = nullptr);

    void refresh() override;
    QLineEdit* searchBox() const override { return m_search; }
    OrganisationListModel* organisations() const { return m_organisations; }
    ContactListModel* contacts() const { return m_contacts; }

private:
    void applySearch();

    OrganisationListModel* m_organisations = nullptr;
    ContactListModel* m_contacts = nullptr;
    QLineEdit* m_search = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTableView* m_organisationTable = nullptr;
    QTableView* m_contactTable = nullptr;
};

} // namespace maillage::ui
