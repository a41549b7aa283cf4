// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/models/LazyTableModel.h"

namespace maillage {

/// Contacts by last name: name, organisation, pillar, e-mail.
class ContactListModel : public LazyTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, OrganisationColumn, PillarColumn, EmailColumn };

    explicit ContactListModel(QObject* parent = nullptr) : LazyTableModel(parent) {}

    /// Keeps the contacts whose name, e-mail or function contains text (accents ignored).
    void setSearchText(const QString& text);
    QString searchText() const { return m_text; }

protected:
    QStringList headers() const override;
    Result<std::vector<Row>> loadPage(const Database& db, int offset, int limit) const override;

private:
    QString m_text;
};

} // namespace maillage
