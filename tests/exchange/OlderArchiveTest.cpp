// SPDX-License-Identifier: EUPL-1.2
#include "core/exchange/ArchiveReader.h"
#include "core/storage/SqlQuery.h"
#include "core/storage/TableCatalog.h"
#include "tests/exchange/ArchiveFixture.h"
#include "tests/support/Catch.h"
#include "tests/support/TestDatabase.h"

#include <QJsonArray>

using namespace maillage;

namespace {

// What Maillage wrote when the schema was at `version`: later tables and columns are absent.
QJsonObject asWrittenBySchema(QJsonObject archive, int version)
{
    QJsonObject tables = archive.value(QStringLiteral("tables")).toObject();
    for (const TableSpec& table : TableCatalog::tables()) {
        if (table.since > version) {
            tables.remove(table.name);
            continue;
        }
        QJsonArray rows = tables.value(table.name).toArray();
        for (qsizetype i = 0; i < rows.size(); ++i) {
            QJsonObject row = rows.at(i).toObject();
            for (const ColumnSpec& column : table.columns)
                if (column.since > version)
                    row.remove(column.name);
            rows.replace(i, row);
        }
        tables.insert(table.name, rows);
    }
    archive.insert(QStringLiteral("tables"), tables);
    archive.insert(QStringLiteral("schemaVersion"), version);
    return archive;
}

} // namespace

TEST_CASE("An archive from an older schema imports with the new columns' defaults", "[exchange]")
{
    QJsonObject older;
    {
        test::TestDatabase source;
        test::populate(source.db());
        older = asWrittenBySchema(test::exported(source.db()), 4);
    }
    REQUIRE_FALSE(older.value(QStringLiteral("tables")).toObject().contains(QStringLiteral("minutes_version")));

    test::TestDatabase target;
    auto report = archive::importArchive(target.db(), older);
    INFO((report.ok() ? QString() : report.error().fullText()).toStdString());
    REQUIRE(report.ok());
    SqlQuery query(target.db(), QStringLiteral("SELECT confidential, item_kind FROM agenda_item ORDER BY id"));
    REQUIRE(query.exec(QStringLiteral("read")).ok());
    REQUIRE(query.next());
    CHECK(query.integer(QStringLiteral("confidential")) == 0);
    CHECK(query.text(QStringLiteral("item_kind")) == QStringLiteral("regular"));

    // The same archive claiming the current schema must carry every column.
    older.insert(QStringLiteral("schemaVersion"), Database::latestSchemaVersion());
    const auto problems = archive::validateArchive(older);
    CHECK_FALSE(problems.empty());
}
