// SPDX-License-Identifier: EUPL-1.2
#include "core/documents/plan/PlanDossier.h"

#include "core/storage/ActionPlanRepository.h"
#include "core/storage/CouncilRepository.h"
#include "core/storage/OrganisationRepository.h"
#include "core/storage/SectorRepository.h"

#include <QCollator>

#include <algorithm>
#include <map>

namespace maillage {

const QCollator& ficheCodeCollator()
{
    static const QCollator collator = [] {
        QCollator c{QLocale(QLocale::French)};
        c.setNumericMode(true);
        return c;
    }();
    return collator;
}

const Axis* PlanDossier::axisOf(const ActionSheet& sheet) const
{
    for (const Axis& axis : axes)
        if (axis.id == sheet.axisId)
            return &axis;
    return nullptr;
}

const ActionSheet* PlanDossier::sheetByCode(const QString& code) const
{
    for (const ActionSheet& sheet : sheets)
        if (sheet.code.compare(code.trimmed(), Qt::CaseInsensitive) == 0)
            return &sheet;
    return nullptr;
}

std::vector<const ActionSheet*> PlanDossier::sheetsOf(qint64 axisId) const
{
    std::vector<const ActionSheet*> result;
    for (const ActionSheet& sheet : sheets)
        if (sheet.axisId == axisId)
            result.push_back(&sheet);
    return result;
}

Result<PlanDossier> PlanDossierLoader::load(Database& db, qint64 planId, const QDate& today)
{
    PlanDossier dossier;
    dossier.today = today;
    ActionPlanRepository plans(db);
    if (planId <= 0) {
        auto council = CouncilRepository(db).first();
        if (!council.ok())
            return council.error();
        auto list = plans.listPlans(council->id);
        if (!list.ok())
            return list.error();
        if (list->empty())
            return Error{Error::Kind::NotFound, tr("The council has no action plan yet."), {}};
        planId = list->front().id;
    }
    auto plan = plans.getPlan(planId);
    if (!plan.ok())
        return plan.error();
    dossier.plan = plan.value();
    auto council = CouncilRepository(db).get(dossier.plan.councilId);
    if (!council.ok())
        return council.error();
    dossier.council = council.value();
    auto identity = CouncilIdentity::load(db, dossier.council.id);
    if (!identity.ok())
        return identity.error();
    dossier.identity = identity.value();
    auto sectors = SectorRepository(db).list();
    if (!sectors.ok())
        return sectors.error();
    dossier.breakdownDimensions = plan::Breakdown::dimensions(sectors.value());
    auto axes = plans.listAxes(planId);
    if (!axes.ok())
        return axes.error();
    dossier.axes = axes.value();
    ActionSheetFilter filter;
    filter.planId = planId;
    filter.withDetails = true;
    auto sheets = plans.listSheets(filter);
    if (!sheets.ok())
        return sheets.error();
    dossier.sheets = sheets.value();
    // Axis order first, then code order inside an axis ("1.10" after "1.9").
    std::map<qint64, int> axisRank;
    for (const Axis& axis : dossier.axes)
        axisRank[axis.id] = axis.position;
    std::stable_sort(dossier.sheets.begin(), dossier.sheets.end(), [&](const ActionSheet& a, const ActionSheet& b) {
        if (axisRank[a.axisId] != axisRank[b.axisId])
            return axisRank[a.axisId] < axisRank[b.axisId];
        return ficheCodeCollator().compare(a.code, b.code) < 0;
    });
    auto organisations = OrganisationRepository(db).list();
    if (!organisations.ok())
        return organisations.error();
    for (const Organisation& organisation : organisations.value())
        dossier.organisationNames.insert(organisation.id, organisation.name);
    return dossier;
}

} // namespace maillage
