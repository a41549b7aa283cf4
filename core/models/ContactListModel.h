// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/models/PartnerListModel.h"

namespace maillage {

/// Contacts by last name: name, organisation, function, pillar, e-mail, phone, active. Sorts on any column
/// in the database (sort()), so the lazy paging stays right.
class ContactListModel : public PartnerListModel
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

    explicit ContactListModel(QObject* parent = nullptr) : PartnerListModel(parent) {}

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    QStringList headers() const override;
    Result<std::vector<Row>> loadPage(const Database& db, int offset, int limit) const override;
};

} // namespace maillage
