// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/models/LazyTableModel.h"
#include "core/storage/PartnerListQueries.h"

namespace maillage {

/// Partner organisations by name: name, acronym, sector, commune, active. Sorts in the database (sort()).
class OrganisationListModel : public LazyTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, AcronymColumn, SectorColumn, CommuneColumn, ActiveColumn };

    explicit OrganisationListModel(QObject* parent = nullptr) : LazyTableModel(parent) {}

    /// Keeps the organisations in which every word of text appears (name, acronym, commune…; accents ignored).
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
