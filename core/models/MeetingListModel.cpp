// SPDX-License-Identifier: EUPL-1.2
#include "core/models/MeetingListModel.h"

#include "core/domain/Meeting.h"

namespace maillage {

void MeetingListModel::setFilter(const MeetingListFilter& filter)
{
    m_filter = filter;
    reload();
}

bool MeetingListModel::isSortable(int column)
{
    return column == DateColumn || column == InstanceColumn || column == StatusColumn;
}

void MeetingListModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column))
        return;
    m_filter.sort = column == InstanceColumn ? MeetingListSort::Instance
                    : column == StatusColumn ? MeetingListSort::Status
                                             : MeetingListSort::Date;
    m_filter.ascending = order == Qt::AscendingOrder;
    reload();
}

qint64 MeetingListModel::postponedToAt(int row) const
{
    return m_postponedTo.value(idAt(row));
}

QStringList MeetingListModel::headers() const
{
    return {tr("Date"), tr("Instance"), tr("Title"), tr("Status"), tr("Place")};
}

Result<std::vector<LazyTableModel::Row>> MeetingListModel::loadPage(const Database& db, int offset, int limit) const
{
    auto page = MeetingListQueries(db).page(m_filter, offset, limit);
    if (!page)
        return page.error();
    std::vector<Row> rows;
    rows.reserve(page->size());
    for (const MeetingListRow& meeting : page.value()) {
        QString status = labelOf(fromCode(meeting.status, MeetingStatus::Planned));
        // A postponed meeting names its replacement, so the history reads on one line.
        if (meeting.postponedToId > 0) {
            m_postponedTo.insert(meeting.id, meeting.postponedToId);
            if (meeting.postponedToStart.isValid())
                status = tr("%1 → %2").arg(status, formatDateTime(meeting.postponedToStart));
        }
        rows.push_back({meeting.id,
                        {formatDateTime(meeting.startsAt), meeting.instanceName, meeting.title, status, meeting.place},
                        {meeting.startsAt, meeting.instanceName, meeting.title, meeting.status, meeting.place}});
    }
    return rows;
}

} // namespace maillage
