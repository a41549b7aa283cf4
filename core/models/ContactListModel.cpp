// SPDX-License-Identifier: EUPL-1.2
#include "core/models/ContactListModel.h"

#include "core/domain/Contact.h"
#include "core/storage/PartnerListQueries.h"

namespace maillage {

void ContactListModel::setSearchText(const QString& text)
{
    m_text = text;
    reload();
}

QStringList ContactListModel::headers() const
{
    return {tr("Name"), tr("Organisation"), tr("Pillar"), tr("E-mail")};
}

Result<std::vector<LazyTableModel::Row>> ContactListModel::loadPage(const Database& db, int offset, int limit) const
{
    auto page = PartnerListQueries(db).contacts(m_text, offset, limit);
    if (!page)
        return page.error();
    std::vector<Row> rows;
    rows.reserve(page->size());
    for (const ContactListRow& contact : page.value()) {
        // "MARTIN Anne" reads well in a list sorted by last name.
        const QString name = (contact.lastName + u' ' + contact.firstName).trimmed();
        const QString pillar = labelOf(fromCode(contact.pillar, Pillar::Professional));
        rows.push_back({contact.id,
                        {name, contact.organisation, pillar, contact.email},
                        {name, contact.organisation, contact.pillar, contact.email}});
    }
    return rows;
}

} // namespace maillage
