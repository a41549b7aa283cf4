// SPDX-License-Identifier: EUPL-1.2
// The retention setting, the purge and its log of the situations register.
#include "core/storage/Database.h"
#include "core/storage/RecordSql.h"
#include "core/storage/SituationRepository.h"
#include "core/storage/SqlQuery.h"
#include "core/storage/Transaction.h"

namespace maillage {

namespace {
const QString kRetentionKey = QStringLiteral("situations/retention_years");
}

Result<int> SituationRepository::retentionYears(qint64 councilId) const
{
    SqlQuery query(m_db, QStringLiteral("SELECT value FROM council_setting WHERE council_id = :council AND key = :key"));
    query.bind(QStringLiteral(":council"), councilId);
    query.bind(QStringLiteral(":key"), kRetentionKey);
    if (Status status = query.exec(tr("read the retention period of the situations")); !status.ok())
        return status.error();
    if (!query.next())
        return 2;
    bool ok = false;
    const int years = query.text(QStringLiteral("value")).trimmed().toInt(&ok);
    return ok && years > 0 ? years : 2;
}

Status SituationRepository::setRetentionYears(qint64 councilId, int years)
{
    if (years < 1 || years > 10)
        return Error{Error::Kind::Invalid, tr("Keep situations between 1 and 10 years after the last contact."), {}};
    const QString now = sql::nowStamp();
    SqlQuery query(m_db, QStringLiteral("INSERT INTO council_setting (council_id, key, value, created_at, updated_at, "
                                        "version) VALUES (:council, :key, :value, :now, :now, 1) "
                                        "ON CONFLICT (council_id, key) DO UPDATE SET value = excluded.value, "
                                        "updated_at = excluded.updated_at, version = council_setting.version + 1"));
    query.bind(QStringLiteral(":council"), councilId);
    query.bind(QStringLiteral(":key"), kRetentionKey);
    query.bind(QStringLiteral(":value"), QString::number(years));
    query.bind(QStringLiteral(":now"), now);
    return query.exec(tr("save the retention period of the situations"));
}

Result<int> SituationRepository::purgeBefore(qint64 councilId, const QDate& before, const QDate& today,
                                             const QString& rule, bool log)
{
    const QString what = tr("purge the old situations");
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.error();
    const QString condition =
        QStringLiteral(" FROM situation WHERE council_id = :council AND COALESCE(last_contact_on, opened_on) < :before");
    SqlQuery count(m_db, QStringLiteral("SELECT COUNT(*) AS n") + condition);
    count.bind(QStringLiteral(":council"), councilId);
    count.bind(QStringLiteral(":before"), before);
    if (Status status = count.exec(what); !status.ok())
        return status.error();
    const int purged = count.next() ? int(count.id(QStringLiteral("n"))) : 0;
    if (purged > 0) {
        // The reviews go first: not every connection enforces ON DELETE CASCADE.
        SqlQuery reviews(m_db, QStringLiteral("DELETE FROM situation_review WHERE situation_id IN (SELECT id") +
                                   condition + u')');
        reviews.bind(QStringLiteral(":council"), councilId);
        reviews.bind(QStringLiteral(":before"), before);
        if (Status status = reviews.exec(what); !status.ok())
            return status.error();
        SqlQuery remove(m_db, QStringLiteral("DELETE") + condition);
        remove.bind(QStringLiteral(":council"), councilId);
        remove.bind(QStringLiteral(":before"), before);
        if (Status status = remove.exec(what); !status.ok())
            return status.error();
    }
    if (purged > 0 || log) {
        const QString now = sql::nowStamp();
        SqlQuery insert(m_db, QStringLiteral("INSERT INTO situation_purge (council_id, purged_on, situation_count, rule, "
                                             "created_at, updated_at, version) VALUES (:council, :purged_on, :count, "
                                             ":rule, :now, :now, 1)"));
        insert.bind(QStringLiteral(":council"), councilId);
        insert.bind(QStringLiteral(":purged_on"), today);
        insert.bind(QStringLiteral(":count"), purged);
        insert.bind(QStringLiteral(":rule"), rule);
        insert.bind(QStringLiteral(":now"), now);
        if (Status status = insert.exec(what); !status.ok())
            return status.error();
    }
    if (Status status = transaction.commit(); !status.ok())
        return status.error();
    return purged;
}

Result<std::vector<SituationPurgeRecord>> SituationRepository::purgeLog(qint64 councilId) const
{
    SqlQuery query(m_db, QStringLiteral("SELECT id, purged_on, situation_count, rule FROM situation_purge "
                                        "WHERE council_id = :council ORDER BY purged_on DESC, id DESC"));
    query.bind(QStringLiteral(":council"), councilId);
    if (Status status = query.exec(tr("read the purge log")); !status.ok())
        return status.error();
    std::vector<SituationPurgeRecord> log;
    while (query.next())
        log.push_back({query.id(QStringLiteral("id")), query.date(QStringLiteral("purged_on")),
                       int(query.id(QStringLiteral("situation_count"))), query.text(QStringLiteral("rule"))});
    return log;
}

} // namespace maillage
