// SPDX-License-Identifier: EUPL-1.2
#include "core/models/ContactListModel.h"

#include "core/domain/Contact.h"

namespace maillage {

namespace {

PartnerSort sortOf(int column)
{
    switch (column) {
    case ContactListModel::OrganisationColumn:
        return PartnerSort::Organisation;
    case ContactListModel::JobTitleColumn:
        return PartnerSort::JobTitle;
    case ContactListModel::PillarColumn:
        return PartnerSort::Pillar;
    case ContactListModel::EmailColumn:
        return PartnerSort::Email;
    case ContactListModel::PhoneColumn:
        return PartnerSort::Phone;
    case ContactListModel::ActiveColumn:
        return PartnerSort::Active;
    default:
        return PartnerSort::Name;
    }
}

} // namespace

void ContactListModel::sort(int column, Qt::SortOrder order)
{
    m_filter.sort = sortOf(column);
    m_filter.descending = order == Qt::DescendingOrder;
    reload();
}

QStringList ContactListModel::headers() const
{
    return {tr("Name"), tr("Organisation"), tr("Function"), tr("Pillar"), tr("E-mail"), tr("Phone"), tr("Active")};
}

Result<std::vector<LazyTableModel::Row>> ContactListModel::loadPage(const Database& db, int offset, int limit) const
{
    auto page = PartnerListQueries(db).contacts(m_filter, offset, limit);
    if (!page)
        return page.error();
    std::vector<Row> rows;
    rows.reserve(page->size());
    for (const ContactListRow& contact : page.value()) {
        const bool erased = contact.erasedOn.isValid();
        // "MARTIN Anne" reads well in a list sorted by last name; an erased person shows only a number.
        const QString name = erased ? Contact::tr("Erased person no. %1").arg(contact.id)
                                    : (contact.lastName + u' ' + contact.firstName).trimmed();
        const QString pillar = labelOf(fromCode(contact.pillar, Pillar::Professional));
        const QString active = contact.active && !erased ? tr("Yes") : tr("No");
        rows.push_back({contact.id,
                        {name, contact.organisation, contact.jobTitle, pillar, contact.email, contact.phone, active},
                        {name, contact.organisation, contact.jobTitle, contact.pillar, contact.email, contact.phone,
                         contact.active && !erased}});
    }
    return rows;
}

} // namespace maillage
