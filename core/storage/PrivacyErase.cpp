// SPDX-License-Identifier: EUPL-1.2
// Erasing a person: privacysql::erase and the phrases that identify them.
#include "core/storage/Database.h"
#include "core/storage/PrivacySql.h"
#include "core/storage/SearchIndex.h"
#include "core/storage/SqlQuery.h"
#include "core/storage/TableCatalog.h"
#include "core/storage/Transaction.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace maillage::privacysql {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PrivacySql)
};

QString scrub(QString text, const QStringList& needles, const QString& replacement)
{
    for (const QString& needle : needles) {
        // Whitespace inside a name may be a non-breaking space or a line break in minutes.
        QString pattern = QRegularExpression::escape(needle.simplified());
        pattern.replace(QStringLiteral("\\ "), QStringLiteral("[\\s\\x{00A0}]+"));
        const QRegularExpression expression(pattern, QRegularExpression::CaseInsensitiveOption |
                                                         QRegularExpression::UseUnicodePropertiesOption);
        text.replace(expression, replacement);
    }
    return text;
}

bool mentions(const QString& text, const QStringList& needles)
{
    for (const QString& needle : needles)
        if (text.contains(needle, Qt::CaseInsensitive))
            return true;
    return false;
}

bool scrubbable(const TableSpec& table, const ColumnSpec& column)
{
    if (column.type != ColumnType::Text || table.name == QLatin1String("contact"))
        return false;
    // Undo batches that mention the person are dropped whole, below.
    return table.name != QLatin1String("undo_batch_item");
}

/// Replaces needles in every free text of the catalog; candidates are found in SQL by the rarest word.
Result<int> scrubTexts(Database& db, const QStringList& needles, const QString& replacement)
{
    int scrubbed = 0;
    const QString now = sql::nowStamp();
    for (const TableSpec& table : TableCatalog::tables()) {
        for (const ColumnSpec& column : table.columns) {
            if (!scrubbable(table, column))
                continue;
            QStringList tests;
            for (int i = 0; i < needles.size(); ++i)
                tests << db.dialect().foldedLike(column.name, QStringLiteral(":n%1").arg(i));
            SqlQuery find(db, QStringLiteral("SELECT id, %1 FROM %2 WHERE %3")
                                  .arg(column.name, table.name, tests.join(QStringLiteral(" OR "))));
            for (int i = 0; i < needles.size(); ++i)
                find.bind(QStringLiteral(":n%1").arg(i), Dialect::containsPattern(needles.at(i).simplified()));
            if (Status status = find.exec(Text::tr("look for the person in the texts")); !status.ok())
                return status.error();
            std::vector<std::pair<qint64, QString>> changes;
            while (find.next()) {
                const QString before = find.value(1).toString();
                const QString after = scrub(before, needles, replacement);
                if (after != before)
                    changes.emplace_back(find.value(0).toLongLong(), after);
            }
            for (const auto& [id, text] : changes) {
                SqlQuery update(db, QStringLiteral("UPDATE %1 SET %2 = :text, updated_at = :now, "
                                                   "version = version + 1 WHERE id = :id")
                                        .arg(table.name, column.name));
                update.bind(QStringLiteral(":text"), text).bind(QStringLiteral(":now"), now);
                update.bind(QStringLiteral(":id"), id);
                if (Status status = update.exec(Text::tr("remove the person from the texts")); !status.ok())
                    return status.error();
                ++scrubbed;
            }
        }
    }
    return scrubbed;
}

Result<int> dropUndoBatches(Database& db, qint64 contactId, const QStringList& needles)
{
    SqlQuery find(db, QStringLiteral("SELECT batch_id, entity, entity_id, before_json FROM undo_batch_item"));
    if (Status status = find.exec(Text::tr("look for the person in the undo history")); !status.ok())
        return status.error();
    QSet<qint64> batches;
    while (find.next())
        if ((find.text(QStringLiteral("entity")) == QLatin1String("contact") &&
             find.id(QStringLiteral("entity_id")) == contactId) ||
            mentions(find.text(QStringLiteral("before_json")), needles))
            batches.insert(find.id(QStringLiteral("batch_id")));
    for (qint64 batch : batches) {
        for (const char* table : {"undo_batch_item WHERE batch_id", "undo_batch WHERE id"}) {
            SqlQuery drop(db, QStringLiteral("DELETE FROM %1 = :id").arg(QLatin1String(table)));
            drop.bind(QStringLiteral(":id"), batch);
            if (Status status = drop.exec(Text::tr("forget the undo history of the person")); !status.ok())
                return status.error();
        }
    }
    return int(batches.size());
}

Status exec(Database& db, const QString& statement, const QString& what)
{
    SqlQuery query(db, statement);
    return query.exec(what);
}

} // namespace

Result<QStringList> identifyingPhrases(Database& db, qint64 contactId)
{
    SqlQuery query(db, QStringLiteral("SELECT civility, first_name, last_name, email, phone, mobile FROM contact "
                                      "WHERE id = :id"));
    query.bind(QStringLiteral(":id"), contactId);
    if (Status status = query.exec(Text::tr("read the person")); !status.ok())
        return status.error();
    if (!query.next())
        return Error{Error::Kind::NotFound, Text::tr("This person no longer exists."), {}};
    const QString civility = query.text(QStringLiteral("civility")).simplified();
    const QString first = query.text(QStringLiteral("first_name")).simplified();
    const QString last = query.text(QStringLiteral("last_name")).simplified();
    QStringList phrases;
    // Longest first, so "Dr Élodie Martin" is replaced whole rather than leaving "Dr".
    if (!civility.isEmpty() && !first.isEmpty())
        phrases << civility + u' ' + first + u' ' + last;
    if (!first.isEmpty())
        phrases << first + u' ' + last << last + u' ' + first;
    if (!civility.isEmpty())
        phrases << civility + u' ' + last;
    // Minutes often say "Mme Martin" whatever civility the directory holds.
    for (const char* title : {"Mme", "M.", "Dr", "Pr", "Madame", "Monsieur", "Docteur", "Professeur"})
        phrases << QLatin1String(title) + u' ' + last;
    if (first.isEmpty() && last.size() >= 4)
        phrases << last;
    for (const char* column : {"email", "phone", "mobile"}) {
        const QString value = query.text(QLatin1String(column)).simplified();
        if (value.size() >= 6)
            phrases << value;
    }
    phrases.removeDuplicates();
    return phrases;
}

Result<ErasureOutcome> erase(Database& db, qint64 contactId, const QString& replacementName, const QStringList& needles,
                             const QDate& today)
{
    ErasureOutcome outcome;
    {
        Transaction transaction(db);
        if (!transaction.ok())
            return transaction.error();
        SqlQuery contact(
            db, QStringLiteral("UPDATE contact SET civility = '', first_name = '', last_name = :name, job_title = '', "
                               "email = '', phone = '', mobile = '', address = '', notes = '', "
                               "consent_confirmed_on = NULL, charter_signed_on = NULL, erased_on = :today, "
                               "updated_at = :now, version = version + 1 WHERE id = :id"));
        contact.bind(QStringLiteral(":name"), replacementName).bind(QStringLiteral(":today"), sql::fromDate(today));
        contact.bind(QStringLiteral(":now"), sql::nowStamp()).bind(QStringLiteral(":id"), contactId);
        if (Status status = contact.exec(Text::tr("erase the person")); !status.ok())
            return status.error();
        if (contact.rowsAffected() != 1)
            return Error{Error::Kind::NotFound, Text::tr("This person no longer exists."), {}};
        SqlQuery recipients(db, QStringLiteral("DELETE FROM meeting_recipient WHERE contact_id = :id"));
        recipients.bind(QStringLiteral(":id"), contactId);
        if (Status status = recipients.exec(Text::tr("remove the person from the recipients")); !status.ok())
            return status.error();
        outcome.recipientsRemoved = recipients.rowsAffected();
        if (!needles.isEmpty()) {
            auto scrubbed = scrubTexts(db, needles, replacementName);
            if (!scrubbed)
                return scrubbed.error();
            outcome.textsScrubbed = scrubbed.value();
        }
        auto dropped = dropUndoBatches(db, contactId, needles);
        if (!dropped)
            return dropped.error();
        outcome.undoBatchesDropped = dropped.value();
        if (Status status = SearchIndex(db).refresh(SearchKind::Contact, contactId); !status.ok())
            return status.error();
        if (Status status = transaction.commit(); !status.ok())
            return status.error();
    }
    if (db.engine() != Engine::Sqlite)
        return outcome;
    // The old index segments still hold the words: rebuild them from scratch, then empty the WAL.
    {
        Transaction transaction(db);
        if (!transaction.ok())
            return transaction.error();
        if (Status status = SearchIndex(db).rebuild(); !status.ok())
            return status.error();
        if (Status status = exec(db, QStringLiteral("INSERT INTO search_index(search_index) VALUES('rebuild')"),
                                 Text::tr("rebuild the search index"));
            !status.ok())
            return status.error();
        if (Status status = transaction.commit(); !status.ok())
            return status.error();
    }
    SqlQuery checkpoint(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    if (Status status = checkpoint.exec(Text::tr("write the changes into the database file")); !status.ok())
        return status.error();
    outcome.checkpointed = checkpoint.next() && checkpoint.value(0).toInt() == 0;
    return outcome;
}

} // namespace maillage::privacysql
