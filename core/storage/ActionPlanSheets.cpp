// SPDX-License-Identifier: EUPL-1.2
// ActionPlanRepository: the fiches actions, saved whole.
#include "core/storage/ActionPlanRepository.h"

#include "core/storage/ActionSheetSql.h"
#include "core/storage/ActivitySql.h"
#include "core/storage/Database.h"
#include "core/storage/SearchIndex.h"
#include "core/storage/Transaction.h"

namespace maillage {

namespace {

QString selectSheets()
{
    QStringList names;
    for (const QString& column : sheetsql::columns())
        names << QStringLiteral("s.") + column;
    names << QStringLiteral("s.id") << QStringLiteral("s.created_at") << QStringLiteral("s.updated_at")
          << QStringLiteral("s.version");
    return QStringLiteral("SELECT %1 FROM action_sheet s JOIN axis a ON a.id = s.axis_id")
        .arg(names.join(QStringLiteral(", ")));
}

activity::Conditions conditionsOf(const Database& db, const ActionSheetFilter& f)
{
    activity::Conditions c;
    if (f.planId > 0)
        c.add(QStringLiteral("a.plan_id = ") + c.param(f.planId));
    if (f.axisId > 0)
        c.add(QStringLiteral("s.axis_id = ") + c.param(f.axisId));
    if (f.status)
        c.add(QStringLiteral("s.status = ") + c.param(codeOf(*f.status)));
    if (!f.text.trimmed().isEmpty()) {
        const QString pattern = Dialect::containsPattern(f.text);
        c.add(QStringLiteral("(%1 OR %2)")
                  .arg(db.dialect().foldedLike(QStringLiteral("s.code"), c.param(pattern)),
                       db.dialect().foldedLike(QStringLiteral("s.title"), c.param(pattern))));
    }
    return c;
}

/// Statuses sort in their natural order (planned → abandoned), not alphabetically.
QString statusRank()
{
    QString cases = QStringLiteral("CASE s.status");
    int rank = 0;
    for (const auto& entry : enumEntries<SheetStatus>())
        cases += QStringLiteral(" WHEN '%1' THEN %2").arg(QLatin1String(entry.code)).arg(rank++);
    return cases + QStringLiteral(" ELSE %1 END").arg(rank);
}

} // namespace

Status ActionPlanRepository::writeSheet(ActionSheet& sheet, bool isNew)
{
    if (const QStringList problems = sheet.validate(); !problems.isEmpty())
        return activity::invalid(problems);
    if (Status status = checkValues(sheet, isNew); !status.ok())
        return status;
    ActionSheet copy = sheet; // the caller's value changes only when everything was written
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.error();
    const QString now = sql::nowStamp();
    const QString what = tr("save the action sheet");

    std::optional<SheetStatus> stored;
    if (!isNew) {
        SqlQuery current(m_db, QStringLiteral("SELECT status FROM action_sheet WHERE id = :id"));
        current.bind(QStringLiteral(":id"), copy.id);
        if (Status status = current.exec(what); !status.ok())
            return status;
        if (current.next())
            stored = fromCode(current.text(QStringLiteral("status")), SheetStatus::Planned);
    }
    const bool alreadyNoted =
        !copy.history.empty() && copy.history.back().isNew() && copy.history.back().status == copy.status;
    if ((isNew && copy.history.empty()) || (stored && *stored != copy.status && !alreadyNoted)) {
        StatusChange change;
        change.status = copy.status;
        change.changedOn = QDate::currentDate();
        copy.history.push_back(change);
    }

    if (isNew) {
        Status status =
            activity::insertRow(m_db, QStringLiteral("action_sheet"), sheetsql::columns(), copy, what, sheetsql::bind);
        if (!status.ok())
            return status;
        // A copy of another sheet gets rows of its own.
        for (auto& p : copy.partners)
            p.id = 0;
        for (auto& c : copy.history)
            c.id = 0;
        for (auto& m : copy.milestones)
            m.id = 0;
        for (auto& b : copy.budget)
            b.id = 0;
        for (auto& i : copy.indicators) {
            i.id = 0;
            for (auto& v : i.values)
                v.id = 0;
        }
    } else {
        Status status =
            activity::updateRow(m_db, QStringLiteral("action_sheet"), sheetsql::columns(), copy, what, sheetsql::bind);
        if (!status.ok())
            return status;
    }
    if (Status status = sheetsql::saveChildren(m_db, copy, now); !status.ok())
        return status;
    if (Status status = SearchIndex(m_db).refresh(SearchKind::ActionSheet, copy.id); !status.ok())
        return status;
    if (Status status = transaction.commit(); !status.ok())
        return status;
    sheet = std::move(copy);
    return {};
}

Status ActionPlanRepository::createSheet(ActionSheet& sheet)
{
    return writeSheet(sheet, true);
}

Status ActionPlanRepository::updateSheet(ActionSheet& sheet)
{
    return writeSheet(sheet, false);
}

Result<ActionSheet> ActionPlanRepository::getSheet(qint64 id) const
{
    SqlQuery query(m_db, selectSheets() + QStringLiteral(" WHERE s.id = :id"));
    query.bind(QStringLiteral(":id"), id);
    if (Status status = query.exec(tr("read the action sheet")); !status.ok())
        return status.error();
    if (!query.next())
        return Error{Error::Kind::NotFound, tr("This action sheet does not exist (any more)."),
                     QStringLiteral("action_sheet #%1").arg(id)};
    ActionSheet sheet = sheetsql::read(query);
    if (Status status = sheetsql::loadChildren(m_db, sheet); !status.ok())
        return status.error();
    return sheet;
}

Status ActionPlanRepository::removeSheet(qint64 id)
{
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.error();
    const QString what = tr("delete the action sheet");
    // The meetings that worked on the fiche keep a trace of it in their notes.
    SqlQuery sheetRow(m_db, QStringLiteral("SELECT code, title FROM action_sheet WHERE id = :id"));
    sheetRow.bind(QStringLiteral(":id"), id);
    if (Status status = sheetRow.exec(what); !status.ok())
        return status;
    if (sheetRow.next()) {
        const QString code = sheetRow.text(QStringLiteral("code"));
        const QString title = sheetRow.text(QStringLiteral("title"));
        const QString trace = code.isEmpty() ? tr("Fiche action « %1 » (deleted)").arg(title)
                                             : tr("Fiche action %1 « %2 » (deleted)").arg(code, title);
        SqlQuery notes(m_db, QStringLiteral("UPDATE meeting SET notes = CASE WHEN notes = '' THEN :trace "
                                            "ELSE notes || :newline || :trace END, updated_at = :now, "
                                            "version = version + 1 WHERE id IN (SELECT meeting_id FROM "
                                            "action_sheet_meeting WHERE action_sheet_id = :id)"));
        notes.bind(QStringLiteral(":trace"), trace);
        notes.bind(QStringLiteral(":newline"), QStringLiteral("\n"));
        notes.bind(QStringLiteral(":now"), sql::nowStamp());
        notes.bind(QStringLiteral(":id"), id);
        if (Status status = notes.exec(what); !status.ok())
            return status;
    }
    if (Status status = records::deleteById(m_db, QStringLiteral("action_sheet"), id, what); !status.ok())
        return status;
    if (Status status = SearchIndex(m_db).remove(SearchKind::ActionSheet, id); !status.ok())
        return status;
    return transaction.commit();
}

Result<std::vector<ActionSheet>> ActionPlanRepository::listSheets(const ActionSheetFilter& filter) const
{
    const Database& db = m_db;
    const activity::Conditions conditions = conditionsOf(m_db, filter);
    const QString direction = filter.descending ? QStringLiteral(" DESC") : QString();
    QString order;
    switch (filter.sort) {
    case ActionSheetSort::Code:
        order = QStringLiteral("a.position%1, s.code%1, s.id%1").arg(direction);
        break;
    case ActionSheetSort::Title:
        order = QStringLiteral("%1%2, s.id%2").arg(db.dialect().folded(QStringLiteral("s.title")), direction);
        break;
    case ActionSheetSort::Status:
        order = QStringLiteral("%1%2, s.code, s.id").arg(statusRank(), direction);
        break;
    }
    SqlQuery query(m_db, selectSheets() + conditions.where() + QStringLiteral(" ORDER BY ") + order +
                             activity::paging(m_db, filter.limit, filter.offset));
    conditions.bindTo(query);
    if (Status status = query.exec(tr("list the action sheets")); !status.ok())
        return status.error();
    std::vector<ActionSheet> sheets;
    while (query.next())
        sheets.push_back(sheetsql::read(query));
    if (filter.withDetails)
        for (ActionSheet& sheet : sheets)
            if (Status status = sheetsql::loadChildren(m_db, sheet); !status.ok())
                return status.error();
    return sheets;
}

int ActionPlanRepository::countSheets(const ActionSheetFilter& filter) const
{
    const activity::Conditions conditions = conditionsOf(m_db, filter);
    SqlQuery query(m_db, QStringLiteral("SELECT COUNT(*) FROM action_sheet s JOIN axis a ON a.id = s.axis_id") +
                             conditions.where());
    conditions.bindTo(query);
    if (!query.exec(tr("count the action sheets")).ok() || !query.next())
        return 0;
    return query.value(0).toInt();
}

} // namespace maillage
