// SPDX-License-Identifier: EUPL-1.2
#include "core/storage/ReportTextRepository.h"

#include "core/storage/Database.h"
#include "core/storage/RecordSql.h"
#include "core/storage/SqlQuery.h"
#include "core/storage/Transaction.h"

#include <algorithm>

namespace maillage {

Result<std::vector<ReportText>> ReportTextRepository::list(qint64 councilId, int year) const
{
    SqlQuery query(m_db, QStringLiteral("SELECT id, council_id, year, section, body, created_at, updated_at, version "
                                        "FROM report_text WHERE council_id = :council AND year = :year"));
    query.bind(QStringLiteral(":council"), councilId).bind(QStringLiteral(":year"), year);
    if (Status status = query.exec(tr("read the texts of the report")); !status.ok())
        return status.error();
    std::vector<ReportText> texts;
    while (query.next()) {
        ReportText text;
        records::readRecord(query, text);
        text.councilId = query.id(QStringLiteral("council_id"));
        text.year = query.integer(QStringLiteral("year"));
        bool known = false;
        text.section = fromCode(query.text(QStringLiteral("section")), ReportSection::Presidents, &known);
        text.body = query.text(QStringLiteral("body"));
        if (known)
            texts.push_back(text);
    }
    std::sort(texts.begin(), texts.end(),
              [](const ReportText& a, const ReportText& b) { return a.section < b.section; });
    return texts;
}

Status ReportTextRepository::save(std::vector<ReportText>& texts)
{
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.error();
    const QString now = sql::nowStamp();
    std::vector<ReportText> saved = texts; // the callers' copies change only once everything is committed
    for (ReportText& text : saved) {
        const QString what = tr("save the text “%1” of the report").arg(labelOf(text.section));
        if (text.year < 1900 || text.councilId <= 0)
            return Error{Error::Kind::Invalid, tr("A text of the report needs a council and a year."), {}};
        if (text.isNew()) {
            SqlQuery insert(m_db, QStringLiteral("INSERT INTO report_text (council_id, year, section, body, created_at, "
                                                 "updated_at, version) VALUES (:council, :year, :section, :body, :now, "
                                                 ":now, 1) RETURNING id"));
            insert.bind(QStringLiteral(":council"), text.councilId)
                .bind(QStringLiteral(":year"), text.year)
                .bind(QStringLiteral(":section"), codeOf(text.section))
                .bind(QStringLiteral(":body"), text.body)
                .bind(QStringLiteral(":now"), now);
            auto id = records::insertReturningId(insert, what);
            if (!id.ok())
                return id.error();
            records::stampInserted(text, id.value(), now);
            continue;
        }
        SqlQuery update(m_db, QStringLiteral("UPDATE report_text SET body = :body, updated_at = :now, "
                                             "version = version + 1 WHERE id = :id AND version = :version"));
        update.bind(QStringLiteral(":body"), text.body)
            .bind(QStringLiteral(":now"), now)
            .bind(QStringLiteral(":id"), text.id)
            .bind(QStringLiteral(":version"), text.version);
        if (Status status = update.exec(what); !status.ok())
            return status;
        if (Status status = records::checkUpdated(m_db, QStringLiteral("report_text"), text, update.rowsAffected(), now);
            !status.ok())
            return status;
    }
    if (Status status = transaction.commit(); !status.ok())
        return status;
    texts = saved;
    return {};
}

} // namespace maillage
