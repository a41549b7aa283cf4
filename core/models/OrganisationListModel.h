// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/models/LazyTableModel.h"

namespace maillage {

/// Partner organisations by name: name, acronym, sector, commune, active.
class OrganisationListModel : public LazyTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, AcronymColumn, SectorColumn, CommuneColumn, ActiveColumn };

    explicit OrganisationListModel(QObject* parent = nullptr) : LazyTableModel(parent) {}

    /// Keeps the organisations whose name, acronym or commune contains text (accents ignored).
    void setSearchText(const QString& text);
    QString searchText() const { return m_text; }

protected:
    QStringList headers() const override;
    Result<std::vector<Row>> loadPage(const Database& db, int offset, int limit) const override;

private:
    QString m_text;
};

} // namespace maillage
