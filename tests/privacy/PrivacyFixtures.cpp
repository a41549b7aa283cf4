// SPDX-License-Identifier: EUPL-1.2
#include "tests/privacy/PrivacyFixtures.h"

#include "core/storage/SqlQuery.h"
#include "core/storage/TableCatalog.h"
#include "core/storage/TableRows.h"
#include "tests/support/Catch.h"

#include <QFile>
#include <QStringList>

namespace maillage::test {

qint64 addRow(Database& db, const QString& table, QVariantMap values)
{
    const QString now = sql::nowStamp();
    values.insert(QStringLiteral("created_at"), now);
    values.insert(QStringLiteral("updated_at"), now);
    QStringList names, holders;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        names << it.key();
        holders << u':' + it.key();
    }
    SqlQuery query(db, QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) RETURNING id")
                           .arg(table, names.join(u", "), holders.join(u", ")));
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        query.bind(u':' + it.key(), it.value());
    const Status status = query.exec(QStringLiteral("test insert"));
    const std::string problem = status.ok() ? std::string() : status.error().fullText().toStdString();
    INFO(problem);
    REQUIRE(status.ok());
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

QVariant valueOf(Database& db, const QString& statement, const QVariantMap& binds)
{
    SqlQuery query(db, statement);
    for (auto it = binds.cbegin(); it != binds.cend(); ++it)
        query.bind(it.key(), it.value());
    const Status status = query.exec(QStringLiteral("test query"));
    INFO(statement.toStdString());
    REQUIRE(status.ok());
    REQUIRE(query.next());
    return query.value(0);
}

std::map<QString, QStringList> dumpAll(Database& db)
{
    std::map<QString, QStringList> dump;
    for (const TableSpec& table : TableCatalog::tables()) {
        QStringList& rows = dump[table.name];
        const Status status = tablerows::forEachRow(db, table, [&](const QVariantList& row) {
            QStringList cells;
            for (const QVariant& value : row)
                cells << (value.isNull() ? QStringLiteral("∅") : value.toString());
            rows << cells.join(u'|');
            return Status{};
        });
        REQUIRE(status.ok());
    }
    return dump;
}

std::map<QString, int> linksOf(Database& db, qint64 contactId)
{
    const QVariantMap id{{QStringLiteral(":id"), contactId}};
    std::map<QString, int> links;
    for (const auto& [name, statement] : std::map<QString, QString>{
             {QStringLiteral("attendance"), QStringLiteral("attendance WHERE contact_id")},
             {QStringLiteral("memberships"), QStringLiteral("instance_member WHERE contact_id")},
             {QStringLiteral("follow_ups"), QStringLiteral("follow_up WHERE owner_contact_id")},
             {QStringLiteral("recipients"), QStringLiteral("meeting_recipient WHERE contact_id")},
             {QStringLiteral("affiliations"), QStringLiteral("affiliation WHERE contact_id")}})
        links[name] =
            valueOf(db, QStringLiteral("SELECT COUNT(*) FROM ") + statement + QStringLiteral(" = :id"), id).toInt();
    return links;
}

int occurrencesInFile(const QString& path, const QByteArray& needle)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray bytes = file.readAll().toLower();
    const QByteArray lowered = needle.toLower();
    int count = 0;
    for (qsizetype at = bytes.indexOf(lowered); at >= 0; at = bytes.indexOf(lowered, at + 1))
        ++count;
    return count;
}

} // namespace maillage::test
