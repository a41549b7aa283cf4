// SPDX-License-Identifier: EUPL-1.2
#include "core/demo/DemoCouncil.h"

#include "core/demo/DemoContext.h"
#include "core/exchange/ArchiveFormat.h"
#include "core/exchange/ArchiveReader.h"
#include "core/storage/Database.h"

#include <QCoreApplication>

namespace maillage::demo {

QJsonObject demoArchive(const QDate& today)
{
    DemoContext context(today);
    buildNetwork(context);
    buildContacts(context);
    buildCouncil(context);
    buildPlan(context);
    buildInstances(context);
    buildMeetings(context);
    buildEvents(context);
    buildSituations(context);

    return QJsonObject{{QStringLiteral("format"), QString::fromLatin1(archive::kFormat)},
                       {QStringLiteral("version"), archive::kVersion},
                       {QStringLiteral("schemaVersion"), Database::latestSchemaVersion()},
                       {QStringLiteral("application"), QStringLiteral("Maillage " MAILLAGE_VERSION)},
                       {QStringLiteral("tables"), context.doc.tables()}};
}

Status generateDemoCouncil(Database& db, const QDate& today)
{
    if (!today.isValid())
        return Error{Error::Kind::Invalid,
                     QCoreApplication::translate("maillage::demo", "The demo council needs a valid date."), {}};
    auto imported = archive::importArchive(db, demoArchive(today));
    if (imported.ok())
        return {};
    Error error = imported.error();
    if (error.kind == Error::Kind::Conflict)
        error.message = QCoreApplication::translate(
            "maillage::demo",
            "The demo council can only be created in an empty database; this one already holds records and was "
            "left unchanged. Create a new database for the demo.");
    else
        error.message = QCoreApplication::translate("maillage::demo", "The demo council could not be created: %1")
                            .arg(error.message);
    return error;
}

} // namespace maillage::demo
