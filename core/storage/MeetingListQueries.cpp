// SPDX-License-Identifier: EUPL-1.2
#include "core/storage/MeetingListQueries.h"

#include "core/storage/Database.h"
#include "core/storage/SqlQuery.h"
#include "core/storage/SqliteFunctions.h"

#include <QCoreApplication>
#include <QDate>

namespace maillage {

namespace {

/// The WHERE clause of a filter; bindFilter binds the same placeholders.
QString whereOf(const Database& db, const MeetingListFilter& filter)
{
    QStringList terms;
    if (filter.year > 0)
        terms << QStringLiteral("m.starts_at >= :from AND m.starts_at < :to");
    if (filter.instanceId > 0)
        terms << QStringLiteral("m.instance_id = :instance");
    if (!filter.status.isEmpty())
        terms << QStringLiteral("m.status = :status");
    if (!filter.text.trimmed().isEmpty())
        terms << u'(' + db.dialect().foldedLike(QStringLiteral("m.title"), QStringLiteral(":p1")) +
                     QStringLiteral(" OR ") + db.dialect().foldedLike(QStringLiteral("i.name"), QStringLiteral(":p2")) +
                     QStringLiteral(" OR ") +
                     db.dialect().foldedLike(QStringLiteral("m.place"), QStringLiteral(":p3")) + u')';
    return terms.isEmpty() ? QString() : QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
}

/// ORDER BY of a filter; ties always fall back to the date (latest first) then the id, so pages never overlap.
QString orderOf(const Database& db, const MeetingListFilter& filter)
{
    const QString direction = filter.ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    switch (filter.sort) {
    case MeetingListSort::Instance:
        return db.dialect().folded(QStringLiteral("i.name")) + direction +
               QStringLiteral(", i.id, m.starts_at DESC, m.id DESC");
    case MeetingListSort::Status:
        // The order of a meeting's life, not the alphabetical order of the codes.
        return QStringLiteral("CASE m.status WHEN 'planned' THEN 1 WHEN 'held' THEN 2 WHEN 'postponed' THEN 3 "
                              "ELSE 4 END") +
               direction + QStringLiteral(", m.starts_at DESC, m.id DESC");
    case MeetingListSort::Date:
        break;
    }
    return QStringLiteral("m.starts_at") + direction + QStringLiteral(", m.id") + direction;
}

void bindFilter(SqlQuery& query, const MeetingListFilter& filter)
{
    if (filter.year > 0) {
        query.bind(QStringLiteral(":from"), QDate(filter.year, 1, 1));
        query.bind(QStringLiteral(":to"), QDate(filter.year + 1, 1, 1));
    }
    if (filter.instanceId > 0)
        query.bind(QStringLiteral(":instance"), filter.instanceId);
    if (!filter.status.isEmpty())
        query.bind(QStringLiteral(":status"), filter.status);
    if (!filter.text.trimmed().isEmpty()) {
        const QString pattern = u'%' + sqlite::fold(filter.text.trimmed()) + u'%';
        for (const char* name : {":p1", ":p2", ":p3"})
            query.bind(QString::fromLatin1(name), pattern);
    }
}

} // namespace

Result<std::vector<MeetingListRow>> MeetingListQueries::page(const MeetingListFilter& filter, int offset,
                                                             int limit) const
{
    SqlQuery query(m_db,
                   QStringLiteral("SELECT m.id, m.starts_at, i.name AS instance_name, m.title, m.status, m.place, "
                                  "m.postponed_to_meeting_id, n.starts_at AS next_starts_at "
                                  "FROM meeting m JOIN instance i ON i.id = m.instance_id "
                                  "LEFT JOIN meeting n ON n.id = m.postponed_to_meeting_id") +
                       whereOf(m_db, filter) + QStringLiteral(" ORDER BY ") + orderOf(m_db, filter) +
                       QStringLiteral(" LIMIT :limit OFFSET :offset"));
    bindFilter(query, filter);
    query.bind(QStringLiteral(":limit"), limit).bind(QStringLiteral(":offset"), offset);
    if (Status status = query.exec(QCoreApplication::translate("maillage::MeetingListQueries", "list the meetings"));
        !status)
        return status.error();
    std::vector<MeetingListRow> rows;
    while (query.next()) {
        MeetingListRow row;
        row.id = query.id(QStringLiteral("id"));
        row.startsAt = query.dateTime(QStringLiteral("starts_at"));
        row.instanceName = query.text(QStringLiteral("instance_name"));
        row.title = query.text(QStringLiteral("title"));
        row.status = query.text(QStringLiteral("status"));
        row.place = query.text(QStringLiteral("place"));
        row.postponedToId = query.id(QStringLiteral("postponed_to_meeting_id"));
        row.postponedToStart = query.dateTime(QStringLiteral("next_starts_at"));
        rows.push_back(std::move(row));
    }
    return rows;
}

Result<int> MeetingListQueries::count(const MeetingListFilter& filter) const
{
    SqlQuery query(m_db, QStringLiteral("SELECT COUNT(*) FROM meeting m JOIN instance i ON i.id = m.instance_id") +
                             whereOf(m_db, filter));
    bindFilter(query, filter);
    if (Status status = query.exec(QCoreApplication::translate("maillage::MeetingListQueries", "count the meetings"));
        !status)
        return status.error();
    return query.next() ? query.value(0).toInt() : 0;
}

Result<std::vector<int>> MeetingListQueries::years() const
{
    SqlQuery query(m_db, QStringLiteral("SELECT DISTINCT substr(starts_at, 1, 4) AS y FROM meeting ORDER BY y DESC"));
    if (Status status =
            query.exec(QCoreApplication::translate("maillage::MeetingListQueries", "list the years of the meetings"));
        !status)
        return status.error();
    std::vector<int> years;
    while (query.next())
        if (const int year = query.value(0).toString().toInt(); year > 0)
            years.push_back(year);
    return years;
}

Result<std::vector<NamedRef>> MeetingListQueries::instances() const
{
    SqlQuery query(m_db, QStringLiteral("SELECT id, name FROM instance ORDER BY name, id"));
    if (Status status = query.exec(QCoreApplication::translate("maillage::MeetingListQueries", "list the instances"));
        !status)
        return status.error();
    std::vector<NamedRef> rows;
    while (query.next())
        rows.push_back({query.id(QStringLiteral("id")), query.text(QStringLiteral("name"))});
    return rows;
}

} // namespace maillage
