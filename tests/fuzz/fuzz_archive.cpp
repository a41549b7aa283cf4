// SPDX-License-Identifier: EUPL-1.2
// Archive reader: never crashes; an archive it finds valid imports, and its export is valid again.
#include "core/exchange/ArchiveReader.h"
#include "core/exchange/ArchiveWriter.h"
#include "core/storage/Database.h"
#include "tests/fuzz/FuzzSupport.h"

#include <QJsonDocument>
#include <QTemporaryDir>

using namespace maillage;
using namespace maillage::archive;

namespace {

Database& scratch()
{
    static QTemporaryDir dir;
    static std::unique_ptr<Database> db = [] {
        auto opened = Database::open(dir.filePath(QStringLiteral("fuzz.sqlite")));
        if (!opened.ok())
            std::abort();
        return std::move(opened.value());
    }();
    return *db;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    ensureApplication();
    QJsonParseError error;
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)), &error);
    if (!document.isObject())
        return 0;
    if (!validateArchive(document.object()).empty())
        return 0;
    ImportOptions options;
    options.replace = true;
    auto imported = importArchive(scratch(), document.object(), options);
    if (!imported.ok())
        return 0; // refused as a whole (a rule the validator leaves to the database): fine
    auto exported = exportArchive(scratch());
    FUZZ_REQUIRE(exported.ok());
    FUZZ_REQUIRE(validateArchive(exported.value()).empty());
    return 0;
}
