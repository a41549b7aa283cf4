// SPDX-License-Identifier: EUPL-1.2
#include "core/models/OrganisationListModel.h"

namespace maillage {

void OrganisationListModel::sort(int column, Qt::SortOrder order)
{
    static const PartnerSort sorts[] = {PartnerSort::Name, PartnerSort::Acronym, PartnerSort::Sector,
                                        PartnerSort::Commune, PartnerSort::Active};
    m_filter.sort = column >= 0 && column < int(std::size(sorts)) ? sorts[column] : PartnerSort::Name;
    m_filter.descending = order == Qt::DescendingOrder;
    reload();
}

QStringList OrganisationListModel::headers() const
{
    return {tr("Name"), tr("Acronym"), tr("Sector"), tr("Commune"), tr("Active")};
}

Result<std::vector<LazyTableModel::Row>> OrganisationListModel::loadPage(const Database& db, int offset,
                                                                         int limit) const
{
    auto page = PartnerListQueries(db).organisations(m_filter, offset, limit);
    if (!page)
        return page.error();
    std::vector<Row> rows;
    rows.reserve(page->size());
    for (const OrganisationListRow& org : page.value()) {
        const QString active = org.active ? tr("Yes") : tr("No");
        rows.push_back({org.id,
                        {org.name, org.acronym, org.sector, org.commune, active},
                        {org.name, org.acronym, org.sector, org.commune, org.active}});
    }
    return rows;
}

} // namespace maillage
