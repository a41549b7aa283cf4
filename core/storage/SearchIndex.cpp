// SPDX-License-Identifier: EUPL-1.2
#include "core/storage/SearchIndex.h"

#include "core/storage/Database.h"
#include "core/storage/SqlQuery.h"

#include <QCoreApplication>

namespace maillage {

namespace {

struct Source
{
    const char* table;
    const char* title;
    const char* body;
};

// The same expressions as the migrations that fill search_index (004 on SQLite, 008 on PostgreSQL).
Source sourceOf(SearchKind kind)
{
    switch (kind) {
    case SearchKind::Organisation:
        return {"organisation", "name", "acronym || ' ' || commune || ' ' || notes"};
    case SearchKind::Contact:
        return {"contact", "first_name || ' ' || last_name", "job_title || ' ' || email"};
    case SearchKind::AgendaItem:
        return {"agenda_item", "title", "minutes_html"};
    case SearchKind::ActionSheet:
        return {"action_sheet", "code || ' ' || title",
                "context || ' ' || general_objective || ' ' || specific_objectives"};
    }
    return {"organisation", "name", "''"};
}

QString insertFrom(SearchKind kind, const QString& where)
{
    const Source source = sourceOf(kind);
    return QStringLiteral("INSERT INTO search_index(kind, ref_id, title, body) SELECT '%1', id, %2, %3 FROM %4 %5")
        .arg(SearchIndex::kindCode(kind), QLatin1String(source.title), QLatin1String(source.body),
             QLatin1String(source.table), where);
}

QString what()
{
    return QCoreApplication::translate("maillage::SearchIndex", "update the search index");
}

} // namespace

QString SearchIndex::kindCode(SearchKind kind)
{
    return QLatin1String(sourceOf(kind).table);
}

bool SearchIndex::active() const
{
    // Before schema 8, PostgreSQL's search_index was a view over the sources: nothing to keep in step.
    return m_db.engine() == Engine::Sqlite || m_db.schemaVersion() >= MaterialisedOnPostgres;
}

Status SearchIndex::exec(const QString& statement, qint64 id, const QString& whatText) const
{
    SqlQuery query(m_db, statement);
    if (statement.contains(QLatin1String(":id")))
        query.bind(QStringLiteral(":id"), id);
    return query.exec(whatText);
}

Status SearchIndex::remove(SearchKind kind, qint64 id) const
{
    if (!active())
        return {};
    return exec(QStringLiteral("DELETE FROM search_index WHERE kind = '%1' AND ref_id = :id").arg(kindCode(kind)), id,
                what());
}

Status SearchIndex::refresh(SearchKind kind, qint64 id) const
{
    if (!active())
        return {};
    if (Status status = remove(kind, id); !status.ok())
        return status;
    return exec(insertFrom(kind, QStringLiteral("WHERE id = :id")), id, what());
}

Status SearchIndex::refreshMeeting(qint64 meetingId) const
{
    if (!active())
        return {};
    // Items replaced by a save no longer exist: drop every agenda entry without a source row.
    if (Status status = exec(QStringLiteral("DELETE FROM search_index WHERE kind = 'agenda_item' AND ref_id NOT IN "
                                            "(SELECT id FROM agenda_item)"),
                             0, what());
        !status.ok())
        return status;
    if (Status status = exec(QStringLiteral("DELETE FROM search_index WHERE kind = 'agenda_item' AND ref_id IN "
                                            "(SELECT id FROM agenda_item WHERE meeting_id = :id)"),
                             meetingId, what());
        !status.ok())
        return status;
    return exec(insertFrom(SearchKind::AgendaItem, QStringLiteral("WHERE meeting_id = :id")), meetingId, what());
}

Status SearchIndex::addAbove(SearchKind kind, qint64 afterId) const
{
    if (!active())
        return {};
    return exec(insertFrom(kind, QStringLiteral("WHERE id > :id")), afterId, what());
}

Status SearchIndex::rebuild() const
{
    if (!active())
        return {};
    if (Status status = exec(QStringLiteral("DELETE FROM search_index"), 0, what()); !status.ok())
        return status;
    for (SearchKind kind :
         {SearchKind::Organisation, SearchKind::Contact, SearchKind::AgendaItem, SearchKind::ActionSheet})
        if (Status status = exec(insertFrom(kind, QString()), 0, what()); !status.ok())
            return status;
    return {};
}

} // namespace maillage
