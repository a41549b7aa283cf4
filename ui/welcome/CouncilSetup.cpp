// SPDX-License-Identifier: EUPL-1.2
#include "ui/welcome/CouncilSetup.h"

#include "core/demo/DemoCouncil.h"
#include "core/domain/Council.h"
#include "core/storage/CouncilRepository.h"
#include "core/storage/Database.h"

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
    return true;
}

Status createDemoCouncil(Database& db, const QDate& today)
{
    return demo::generateDemoCouncil(db, today);
}

} // namespace maillage::ui::councilSetup
