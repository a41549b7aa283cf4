// SPDX-License-Identifier: EUPL-1.2
#include "ui/welcome/CouncilSetup.h"

#include "core/domain/Council.h"
#include "core/storage/CouncilRepository.h"
#include "core/storage/Database.h"

#include <QCoreApplication>

// The demo generator lives on its own branch; until it is merged the button stays off.
#if __has_include("core/demo/DemoCouncil.h")
#include "core/demo/DemoCouncil.h"
#define MAILLAGE_HAS_DEMO 1
#endif

namespace maillage::ui::councilSetup {

Status createEmptyCouncil(Database& db, const QString& name)
{
    Council council;
    council.name = name.simplified();
    council.createdOn = QDate::currentDate();
    return CouncilRepository(db).create(council);
}

bool demoAvailable()
{
#ifdef MAILLAGE_HAS_DEMO
    return true;
#else
    return false;
#endif
}

Status createDemoCouncil([[maybe_unused]] Database& db, [[maybe_unused]] const QDate& today)
{
#ifdef MAILLAGE_HAS_DEMO
    return Status(demo::generateDemoCouncil(db, today));
#else
    return Error{Error::Kind::Unsupported,
                 QCoreApplication::translate("maillage::ui::councilSetup",
                                             "The demonstration council is not available in this version."),
                 {}};
#endif
}

} // namespace maillage::ui::councilSetup
