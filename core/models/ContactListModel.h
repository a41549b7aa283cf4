// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/models/LazyTableModel.h"
#include "core/storage/PartnerListQueries.h"

namespace maillage {

/// Contacts by last name: name, organisation, function, pillar, e-mail, phone, active. Sorts on any column
/// in the database (sort()), so the lazy paging stays right.
class ContactListModel : public LazyTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        OrganisationColumn,
        JobTitleColumn,
        PillarColumn,
        EmailColumn,
        PhoneColumn,
        ActiveColumn
    };

    explicit ContactListModel(QObject* parent = nullptr) : LazyTableModel(parent) {}

    /// Keeps the contacts in which every word of text appears (name, e-mail, function, organisation; accents ignored).
    void setSearchText(const QString& text);
    QString searchText() const { return m_filter.text; }
    /// Filters and search together; the sort is kept.
    void setFilter(const PartnerFilter& filter);
    const PartnerFilter& filter() const { return m_filter; }
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    QStringList headers() const override;
    Result<std::vector<Row>> loadPage(const Database& db, int offset, int limit) const override;

private:
    PartnerFilter m_filter;
};

} // namespace maillage
