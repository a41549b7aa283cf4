// SPDX-License-Identifier: EUPL-1.2
#include "core/exchange/ArchiveReader.h"
#include "core/exchange/ArchiveWriter.h"
#include "core/storage/SqlQuery.h"
#include "core/storage/TableCatalog.h"
#include "tests/exchange/ArchiveFixture.h"
#include "tests/support/Catch.h"
#include "tests/support/TestDatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace maillage;

TEST_CASE("The fixture fills every table of the catalog", "[exchange][db]")
{
    test::TestDatabase fx;
    test::populate(fx.db());
    auto counts = rowCounts(fx.db());
    REQUIRE(counts.ok());
    REQUIRE(counts->size() == TableCatalog::tables().size());
    for (const auto& [table, count] : counts.value()) {
        INFO(table.toStdString());
        CHECK(count > 0);
    }
}

TEST_CASE("Export, import into an empty database and export again gives the same bytes", "[exchange][db]")
{
    QByteArray first;
    QJsonObject archive;
    {
        test::TestDatabase source;
        test::populate(source.db());
        archive = test::exported(source.db());
        first = archive::archiveBytes(archive);
        // Same data twice: same bytes (no export time in the archive).
        CHECK(archive::archiveBytes(test::exported(source.db())) == first);
    }
    CHECK(archive.value(QStringLiteral("format")).toString() == QLatin1String("maillage-archive"));
    CHECK(archive.value(QStringLiteral("version")).toInt() == 1);
    CHECK(archive.value(QStringLiteral("schemaVersion")).toInt() == Database::latestSchemaVersion());

    const QJsonObject tables = archive.value(QStringLiteral("tables")).toObject();
    CHECK(tables.size() == qsizetype(TableCatalog::tables().size()));
    const QJsonObject meeting = tables.value(QStringLiteral("meeting")).toArray().at(0).toObject();
    CHECK(meeting.value(QStringLiteral("id")).toInteger() == 1);
    CHECK(meeting.value(QStringLiteral("postponed_to_meeting_id")).toInteger() == 2); // forward reference
    CHECK(meeting.value(QStringLiteral("ends_at")).isNull());
    CHECK(meeting.value(QStringLiteral("starts_at")).toString() == QLatin1String("2025-01-14T14:00:00"));
    const QJsonObject council = tables.value(QStringLiteral("council")).toArray().at(0).toObject();
    CHECK(council.value(QStringLiteral("situations_enabled")).isBool());
    CHECK(council.value(QStringLiteral("situations_enabled")).toBool());
    CHECK(council.value(QStringLiteral("name")).toString() == QStringLiteral("CLSM de Saint-Étienne"));
    const QJsonObject budget = tables.value(QStringLiteral("budget_line")).toArray().at(0).toObject();
    CHECK(budget.value(QStringLiteral("planned_cents")).toInteger() == 1234567);
    const QJsonObject value = tables.value(QStringLiteral("indicator_value")).toArray().at(0).toObject();
    CHECK(value.value(QStringLiteral("value")).toDouble() == 12.5);

    test::TestDatabase target;
    auto report = archive::importArchive(target.db(), archive);
    if (!report.ok())
        FAIL(report.error().fullText().toStdString());
    CHECK(report->rows == test::totalRows(target.db()));
    CHECK(report->perTable.size() == TableCatalog::tables().size());
    CHECK(archive::archiveBytes(test::exported(target.db())) == first);

    // New records continue after the imported ids (identities realigned on PostgreSQL).
    test::insertRow(target.db(), QStringLiteral("contact"), {{QStringLiteral("last_name"), QStringLiteral("Nouveau")}});
    QSqlQuery query(target.db().connection());
    REQUIRE(query.exec(QStringLiteral("SELECT MAX(id) FROM contact")));
    REQUIRE(query.next());
    CHECK(query.value(0).toLongLong() == 3);
}

TEST_CASE("An archive file is written atomically, owner-only, and reads back", "[exchange][db]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("archive.json"));
    test::TestDatabase source;
    test::populate(source.db());
    REQUIRE(archive::writeArchiveFile(source.db(), path).ok());
    CHECK((QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther))
          == 0);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == archive::archiveBytes(test::exported(source.db())));
    file.close();
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) == QStringList{QStringLiteral("archive.json")});

    test::TestDatabase target;
    auto report = archive::importArchiveFile(target.db(), path);
    REQUIRE(report.ok());
    CHECK(report->rows == test::totalRows(source.db()));

    SECTION("a file that cannot be written leaves nothing behind")
    {
        const QString missing = dir.filePath(QStringLiteral("no/such/folder/archive.json"));
        const Status status = archive::writeArchiveFile(source.db(), missing);
        CHECK_FALSE(status.ok());
        CHECK_FALSE(QFile::exists(missing));
    }
}
