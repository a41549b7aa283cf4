// SPDX-License-Identifier: EUPL-1.2
#include "core/exchange/ArchiveSchema.h"
#include "core/exchange/ArchiveWriter.h"
#include "core/storage/TableCatalog.h"
#include "tests/exchange/ArchiveFixture.h"
#include "tests/support/Catch.h"
#include "tests/support/TestDatabase.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>

using namespace maillage;

namespace {

const QString kSchemaFile = QStringLiteral(MAILLAGE_SOURCE_DIR "/docs/archive-schema.json");

} // namespace

TEST_CASE("docs/archive-schema.json is the schema generated from the catalog", "[exchange]")
{
    const QByteArray generated = QJsonDocument(archive::archiveJsonSchema()).toJson(QJsonDocument::Indented);
    // MAILLAGE_WRITE_ARCHIVE_SCHEMA=1 rewrites the file after a schema change.
    if (qEnvironmentVariableIsSet("MAILLAGE_WRITE_ARCHIVE_SCHEMA")) {
        QFile out(kSchemaFile);
        REQUIRE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(generated);
    }
    QFile file(kSchemaFile);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == generated);

    const QJsonObject defs = archive::archiveJsonSchema().value(QStringLiteral("$defs")).toObject();
    for (const TableSpec& table : TableCatalog::tables()) {
        const QJsonObject properties =
            defs.value(table.name).toObject().value(QStringLiteral("properties")).toObject();
        CHECK(properties.size() == qsizetype(table.columns.size()));
    }
}

TEST_CASE("A real export validates against the JSON schema", "[exchange][db]")
{
    if (!QFile::exists(QStringLiteral("/usr/lib/python3/dist-packages/jsonschema"))) {
        WARN("python3-jsonschema is not installed: not checked");
        return;
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("archive.json"));
    test::TestDatabase fx;
    test::populate(fx.db());
    REQUIRE(archive::writeArchiveFile(fx.db(), path).ok());
    const QString script = QStringLiteral(
        "import json, sys, jsonschema\n"
        "schema = json.load(open(sys.argv[1]))\n"
        "jsonschema.Draft202012Validator.check_schema(schema)\n"
        "jsonschema.Draft202012Validator(schema).validate(json.load(open(sys.argv[2])))\n");
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), script, kSchemaFile, path});
    REQUIRE(python.waitForFinished(60000));
    INFO(python.readAllStandardError().toStdString());
    CHECK(python.exitCode() == 0);
}
