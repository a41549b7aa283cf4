// SPDX-License-Identifier: EUPL-1.2
#include "core/models/MeetingListModel.h"

#include "core/domain/Meeting.h"

namespace maillage {

void MeetingListModel::setFilter(const MeetingListFilter& filter)
{
    m_filter = filter;
    reload();
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
        const QString status = labelOf(fromCode(meeting.status, MeetingStatus::Planned));
        rows.push_back({meeting.id,
                        {formatDateTime(meeting.startsAt), meeting.instanceName, meeting.title, status, meeting.place},
                        {meeting.startsAt, meeting.instanceName, meeting.title, meeting.status, meeting.place}});
    }
    return rows;
}

} // namespace maillage
