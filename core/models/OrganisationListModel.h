// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/models/PartnerListModel.h"

namespace maillage {

/// Partner organisations by name: name, acronym, sector, commune, active. Sorts in the database (sort()).
class OrganisationListModel : public PartnerListModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, AcronymColumn, SectorColumn, CommuneColumn, ActiveColumn };

    explicit OrganisationListModel(QObject* parent = nullptr) : PartnerListModel(parent) {}

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    QStringList headers() const override;
    Result<std::vector<Row>> loadPage(const Database& db, int offset, int limit) const override;
};

} // namespace maillage
