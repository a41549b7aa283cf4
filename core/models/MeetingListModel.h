// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/models/LazyTableModel.h"
#include "core/storage/MeetingListQueries.h"

#include <QHash>

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
    /// Orders by date, instance or status through the query (other columns are ignored), then reloads.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    /// Whether sort() accepts that column.
    static bool isSortable(int column);
    /// The meeting that replaced the one in row (postponed), or 0.
    qint64 postponedToAt(int row) const;

protected:
    QStringList headers() const override;
    Result<std::vector<Row>> loadPage(const Database& db, int offset, int limit) const override;

private:
    MeetingListFilter m_filter;
    mutable QHash<qint64, qint64> m_postponedTo; ///< meeting → its replacement, for the rows read
};

} // namespace maillage
