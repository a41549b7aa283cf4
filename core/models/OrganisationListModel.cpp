// SPDX-License-Identifier: EUPL-1.2
#include "core/models/OrganisationListModel.h"

#include "core/storage/PartnerListQueries.h"

namespace maillage {

void OrganisationListModel::setSearchText(const QString& text)
{
    m_text = text;
    reload();
}

QStringList OrganisationListModel::headers() const
{
    return {tr("Name"), tr("Acronym"), tr("Sector"), tr("Commune"), tr("Active")};
}

Result<std::vector<LazyTableModel::Row>> OrganisationListModel::loadPage(const Database& db, int offset,
                                                                         int limit) const
{
    auto page = PartnerListQueries(db).organisations(m_text, offset, limit);
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
