// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/models/LazyTableModel.h"
#include "core/storage/PartnerListQueries.h"

namespace maillage {

/// What the organisations and contacts lists share: a search text and the filter bar's filters, applied
/// in the database, with the sort chosen by the column headers kept across filter changes.
class PartnerListModel : public LazyTableModel
{
    Q_OBJECT

public:
    using LazyTableModel::LazyTableModel;

    /// Keeps the rows in which every word of text appears (accents ignored).
    void setSearchText(const QString& text);
    QString searchText() const { return m_filter.text; }
    /// Filters and search together; the sort is kept.
    void setFilter(const PartnerFilter& filter);
    const PartnerFilter& filter() const { return m_filter; }

protected:
    PartnerFilter m_filter;
};

} // namespace maillage
