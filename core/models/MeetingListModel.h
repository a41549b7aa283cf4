// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/models/LazyTableModel.h"
#include "core/storage/MeetingListQueries.h"

namespace maillage {

/// Meetings, latest first: date, instance, title, status, place.
class MeetingListModel : public LazyTableModel
{
    Q_OBJECT

public:
    enum Column { DateColumn, InstanceColumn, TitleColumn, StatusColumn, PlaceColumn };

    explicit MeetingListModel(QObject* parent = nullptr) : LazyTableModel(parent) {}

    void setFilter(const MeetingListFilter& filter);
    const MeetingListFilter& filter() const { return m_filter; }

protected:
    QStringList headers() const override;
    Result<std::vector<Row>> loadPage(const Database& db, int offset, int limit) const override;

private:
    MeetingListFilter m_filter;
};

} // namespace maillage
