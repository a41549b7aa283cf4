// SPDX-License-Identifier: EUPL-1.2
// Reading for the RGPD tools: a person's data, the review list, confirmations and settings.
#include "core/storage/Database.h"
#include "core/storage/PrivacySql.h"
#include "core/storage/RowSnapshot.h"
#include "core/storage/SqlQuery.h"
#include "core/storage/TableCatalog.h"
#include "core/storage/Transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlRecord>
#include <QTextDocumentFragment>

namespace maillage::privacysql {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PrivacySql)
};

Result<QJsonArray> rows(Database& db, const QString& statement, qint64 contactId)
{
    SqlQuery query(db, statement);
    query.bind(QStringLiteral(":id"), contactId);
    if (Status status = query.exec(Text::tr("read the data of the person")); !status.ok())
        return status.error();
    QJsonArray list;
    while (query.next()) {
        const QSqlRecord record = query.raw().record();
        QJsonObject row;
        for (int i = 0; i < record.count(); ++i) {
            const QVariant value = query.value(i);
            if (value.isNull())
                row.insert(record.fieldName(i), QJsonValue(QJsonValue::Null));
            else if (value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int)
                row.insert(record.fieldName(i), value.toLongLong());
            else
                row.insert(record.fieldName(i), value.toString());
        }
        list.append(row);
    }
    return list;
}

QString excerpt(const QString& html, const QString& needle)
{
    const QString plain = QTextDocumentFragment::fromHtml(html).toPlainText().simplified();
    const qsizetype at = plain.indexOf(needle, 0, Qt::CaseInsensitive);
    if (at < 0)
        return plain.left(160);
    const qsizetype from = std::max<qsizetype>(0, at - 80);
    return (from > 0 ? QStringLiteral("…") : QString()) + plain.mid(from, needle.size() + 160);
}

struct MentionSource
{
    const char* table;
    const char* column;
    const char* meetingDate; ///< expression giving the meeting's start
};

Result<QJsonArray> mentions(Database& db, qint64 contactId)
{
    auto phrases = identifyingPhrases(db, contactId);
    if (!phrases)
        return phrases.error();
    QJsonArray list;
    if (phrases.value().isEmpty())
        return list;
    static const MentionSource sources[] = {
        {"agenda_item", "minutes_html", "(SELECT starts_at FROM meeting WHERE meeting.id = t.meeting_id)"},
        {"follow_up", "text", "(SELECT starts_at FROM meeting WHERE meeting.id = t.meeting_id)"},
        {"decision", "text", "(SELECT starts_at FROM meeting WHERE meeting.id = t.meeting_id)"},
        {"minutes_version", "content_html", "(SELECT starts_at FROM meeting WHERE meeting.id = t.meeting_id)"},
    };
    for (const MentionSource& source : sources) {
        QStringList tests;
        for (int i = 0; i < phrases.value().size(); ++i)
            tests << db.dialect().foldedLike(QStringLiteral("t.") + QLatin1String(source.column),
                                             QStringLiteral(":n%1").arg(i));
        SqlQuery query(db, QStringLiteral("SELECT t.id, t.%1 AS body, %2 AS meeting_date FROM %3 t WHERE %4")
                               .arg(QLatin1String(source.column), QLatin1String(source.meetingDate),
                                    QLatin1String(source.table), tests.join(QStringLiteral(" OR "))));
        for (int i = 0; i < phrases.value().size(); ++i)
            query.bind(QStringLiteral(":n%1").arg(i), Dialect::containsPattern(phrases.value().at(i)));
        if (Status status = query.exec(Text::tr("read the data of the person")); !status.ok())
            return status.error();
        while (query.next()) {
            const QString body = query.text(QStringLiteral("body"));
            QString found;
            for (const QString& phrase : phrases.value())
                if (found.isEmpty() && body.contains(phrase, Qt::CaseInsensitive))
                    found = phrase;
            list.append(QJsonObject{
                {QStringLiteral("source"), QLatin1String(source.table)},
                {QStringLiteral("id"), query.id(QStringLiteral("id"))},
                {QStringLiteral("meeting_date"), query.text(QStringLiteral("meeting_date"))},
                {QStringLiteral("excerpt"), excerpt(body, found.isEmpty() ? phrases.value().first() : found)}});
        }
    }
    return list;
}

} // namespace

Result<QJsonObject> personData(Database& db, qint64 contactId)
{
    auto contact = rowsnapshot::read(db, *TableCatalog::find(QStringLiteral("contact")), contactId);
    if (!contact)
        return contact.error();
    if (!contact.value())
        return Error{Error::Kind::NotFound, Text::tr("This person no longer exists."), {}};
    QJsonObject data{{QStringLiteral("contact"), *contact.value()}};
    const std::pair<const char*, const char*> sections[] = {
        {"affiliations", "SELECT o.name AS organisation, a.job_title, a.valid_from, a.valid_to FROM affiliation a "
                         "JOIN organisation o ON o.id = a.organisation_id WHERE a.contact_id = :id ORDER BY a.id"},
        {"memberships", "SELECT i.name AS instance, m.role, m.membership, m.seat, m.valid_from, m.valid_to "
                        "FROM instance_member m JOIN instance i ON i.id = m.instance_id WHERE m.contact_id = :id "
                        "ORDER BY m.id"},
        {"attendance", "SELECT mt.starts_at AS meeting_date, mt.title AS meeting_title, i.name AS instance, "
                       "a.status, o.name AS organisation FROM attendance a JOIN meeting mt ON mt.id = a.meeting_id "
                       "JOIN instance i ON i.id = mt.instance_id LEFT JOIN organisation o ON o.id = a.organisation_id "
                       "WHERE a.contact_id = :id ORDER BY mt.starts_at"},
        {"representations", "SELECT mt.starts_at AS meeting_date, i.name AS instance, "
                            "CASE WHEN a.represented_by_contact_id = :id THEN 'represented' ELSE 'proxy' END AS role "
                            "FROM attendance a JOIN meeting mt ON mt.id = a.meeting_id JOIN instance i "
                            "ON i.id = mt.instance_id WHERE a.represented_by_contact_id = :id "
                            "OR a.proxy_to_contact_id = :id ORDER BY mt.starts_at"},
        {"follow_ups", "SELECT f.text, f.due_on, f.status, f.done_on, mt.starts_at AS meeting_date, "
                       "i.name AS instance FROM follow_up f JOIN meeting mt ON mt.id = f.meeting_id "
                       "JOIN instance i ON i.id = mt.instance_id WHERE f.owner_contact_id = :id ORDER BY mt.starts_at"},
        {"recipients", "SELECT mt.starts_at AS meeting_date, i.name AS instance FROM meeting_recipient r "
                       "JOIN meeting mt ON mt.id = r.meeting_id JOIN instance i ON i.id = mt.instance_id "
                       "WHERE r.contact_id = :id ORDER BY mt.starts_at"},
        {"referent_of", "SELECT name AS instance FROM instance WHERE referent_contact_id = :id ORDER BY name"},
        {"secretary_of", "SELECT mt.starts_at AS meeting_date, i.name AS instance FROM meeting mt "
                         "JOIN instance i ON i.id = mt.instance_id WHERE mt.secretary_contact_id = :id "
                         "ORDER BY mt.starts_at"},
    };
    for (const auto& [name, statement] : sections) {
        auto list = rows(db, QLatin1String(statement), contactId);
        if (!list)
            return list.error();
        data.insert(QLatin1String(name), list.value());
    }
    auto found = mentions(db, contactId);
    if (!found)
        return found.error();
    data.insert(QStringLiteral("mentions"), found.value());
    return data;
}

Result<std::vector<ReviewCandidate>> reviewCandidates(Database& db, const QDate& cutoff)
{
    SqlQuery query(
        db, QStringLiteral("SELECT c.id, c.civility, c.first_name, c.last_name, c.legal_basis, c.consent_confirmed_on, "
                           "c.created_at, "
                           "(SELECT MAX(m.starts_at) FROM attendance a JOIN meeting m ON m.id = a.meeting_id "
                           " WHERE a.contact_id = c.id) AS last_meeting, "
                           "(SELECT MAX(COALESCE(im.valid_to, '9999-12-31')) FROM instance_member im "
                           " WHERE im.contact_id = c.id) AS last_membership, "
                           "(SELECT MAX(m.starts_at) FROM follow_up f JOIN meeting m ON m.id = f.meeting_id "
                           " WHERE f.owner_contact_id = c.id) AS last_follow_up, "
                           "(SELECT o.name FROM affiliation af JOIN organisation o ON o.id = af.organisation_id "
                           " WHERE af.contact_id = c.id ORDER BY COALESCE(af.valid_to, '9999-12-31') DESC, af.id DESC "
                           " LIMIT 1) AS organisation "
                           "FROM contact c WHERE c.erased_on IS NULL ORDER BY c.last_name, c.first_name, c.id"));
    if (Status status = query.exec(Text::tr("list the contacts to review")); !status.ok())
        return status.error();
    std::vector<ReviewCandidate> list;
    const auto dateOf = [&](const char* column) {
        return QDate::fromString(query.text(QLatin1String(column)).left(10), Qt::ISODate);
    };
    while (query.next()) {
        QDate last;
        for (const char* column : {"last_meeting", "last_membership", "last_follow_up"})
            if (const QDate date = dateOf(column); date.isValid() && (!last.isValid() || date > last))
                last = date;
        const QDate confirmed = dateOf("consent_confirmed_on");
        const QDate created = dateOf("created_at");
        if ((last.isValid() && last >= cutoff) || (confirmed.isValid() && confirmed >= cutoff) ||
            (created.isValid() && created >= cutoff))
            continue;
        const QString name =
            QStringList{query.text(QStringLiteral("civility")), query.text(QStringLiteral("first_name")),
                        query.text(QStringLiteral("last_name"))}
                .join(u' ')
                .simplified();
        const QString sortKey =
            (query.text(QStringLiteral("last_name")) + u' ' + query.text(QStringLiteral("first_name"))).toLower();
        list.push_back({query.id(QStringLiteral("id")), name, sortKey, query.text(QStringLiteral("organisation")),
                        query.text(QStringLiteral("legal_basis")), confirmed, last});
    }
    return list;
}

Status confirm(Database& db, const std::vector<qint64>& contactIds, const QString& legalBasisCode, const QDate& today)
{
    Transaction transaction(db);
    if (!transaction.ok())
        return transaction.error();
    const QString now = sql::nowStamp();
    for (qint64 id : contactIds) {
        SqlQuery query(db, QStringLiteral("UPDATE contact SET consent_confirmed_on = :today, legal_basis = :basis, "
                                          "updated_at = :now, version = version + 1 "
                                          "WHERE id = :id AND erased_on IS NULL"));
        query.bind(QStringLiteral(":today"), sql::fromDate(today)).bind(QStringLiteral(":basis"), legalBasisCode);
        query.bind(QStringLiteral(":now"), now).bind(QStringLiteral(":id"), id);
        if (Status status = query.exec(Text::tr("record the confirmation")); !status.ok())
            return status;
    }
    return transaction.commit();
}

Result<DirectoryController> councilIdentity(Database& db)
{
    SqlQuery query(db, QStringLiteral("SELECT name, chairs, coordinator_name, coordinator_employer FROM council "
                                      "ORDER BY id LIMIT 1"));
    if (Status status = query.exec(Text::tr("read the council")); !status.ok())
        return status.error();
    DirectoryController identity;
    if (query.next())
        identity = {query.text(QStringLiteral("name")), query.text(QStringLiteral("chairs")),
                    query.text(QStringLiteral("coordinator_name")), query.text(QStringLiteral("coordinator_employer"))};
    return identity;
}

Result<std::vector<int>> directoryCounts(Database& db)
{
    SqlQuery query(db, QStringLiteral("SELECT (SELECT COUNT(*) FROM contact WHERE erased_on IS NULL), "
                                      "(SELECT COUNT(*) FROM organisation), "
                                      "(SELECT COUNT(*) FROM contact WHERE erased_on IS NOT NULL)"));
    if (Status status = query.exec(Text::tr("count the directory")); !status.ok())
        return status.error();
    if (!query.next())
        return std::vector<int>{0, 0, 0};
    return std::vector<int>{query.value(0).toInt(), query.value(1).toInt(), query.value(2).toInt()};
}

QString setting(Database& db, const QString& key, const QString& fallback)
{
    SqlQuery query(db, QStringLiteral("SELECT value FROM council_setting WHERE key = :key AND council_id = "
                                      "(SELECT MIN(id) FROM council)"));
    query.bind(QStringLiteral(":key"), key);
    if (!query.exec(Text::tr("read a setting")).ok() || !query.next())
        return fallback;
    return query.text(QStringLiteral("value"));
}

Status setSetting(Database& db, const QString& key, const QString& value)
{
    Transaction transaction(db);
    if (!transaction.ok())
        return transaction.error();
    const QString now = sql::nowStamp();
    SqlQuery update(db, QStringLiteral("UPDATE council_setting SET value = :value, updated_at = :now, "
                                       "version = version + 1 WHERE key = :key AND council_id = "
                                       "(SELECT MIN(id) FROM council)"));
    update.bind(QStringLiteral(":value"), value).bind(QStringLiteral(":now"), now).bind(QStringLiteral(":key"), key);
    if (Status status = update.exec(Text::tr("save a setting")); !status.ok())
        return status;
    if (update.rowsAffected() == 0) {
        SqlQuery insert(db, QStringLiteral("INSERT INTO council_setting (council_id, key, value, created_at, "
                                           "updated_at) SELECT MIN(id), :key, :value, :now, :now FROM council "
                                           "HAVING COUNT(*) > 0"));
        insert.bind(QStringLiteral(":key"), key).bind(QStringLiteral(":value"), value);
        insert.bind(QStringLiteral(":now"), now);
        if (Status status = insert.exec(Text::tr("save a setting")); !status.ok())
            return status;
    }
    return transaction.commit();
}

} // namespace maillage::privacysql
