// SPDX-License-Identifier: EUPL-1.2
#include "core/models/PartnerListModel.h"

namespace maillage {

void PartnerListModel::setSearchText(const QString& text)
{
    m_filter.text = text;
    reload();
}

void PartnerListModel::setFilter(const PartnerFilter& filter)
{
    const PartnerSort sort = m_filter.sort;
    const bool descending = m_filter.descending;
    m_filter = filter;
    m_filter.sort = sort;
    m_filter.descending = descending;
    reload();
}

} // namespace maillage
