// SPDX-License-Identifier: EUPL-1.2
// The roadmap: plan, axes, fiches actions with partners, status history, milestones, budget lines
// and indicators.
#include "core/demo/DemoContext.h"
#include "core/demo/DemoPlanData.h"

#include "core/domain/ActionPlan.h"

#include <cmath>

namespace maillage::demo {

namespace {

struct StatusStep
{
    QString status;
    QDate on;
    QString comment;
};

std::vector<StatusStep> statusHistory(const SheetSpec& spec, const QDate& adopted, const QDate& start)
{
    const QString finalStatus = QString::fromLatin1(spec.status);
    std::vector<StatusStep> steps{{codeOf(SheetStatus::Planned), adopted, QStringLiteral("Fiche adoptée en COPIL.")}};
    if (finalStatus == codeOf(SheetStatus::Planned))
        return steps;
    steps.push_back({codeOf(SheetStatus::InProgress), start, QStringLiteral("Lancement de l'action.")});
    if (finalStatus == codeOf(SheetStatus::Done))
        steps.push_back(
            {finalStatus, start.addMonths(8), QStringLiteral("Objectifs atteints ; bilan présenté au COPIL.")});
    else if (finalStatus == codeOf(SheetStatus::Suspended))
        steps.push_back({finalStatus, start.addMonths(7),
                         QStringLiteral("Financement non obtenu ; recherche d'autres financeurs en cours.")});
    return steps;
}

void addBudget(DemoContext& context, Rng& rng, qint64 sheetId, const SheetSpec& spec, int firstYear, bool suspended)
{
    const double yearShare = std::clamp(double(context.today.dayOfYear()) / context.today.daysInYear(), 0.0, 1.0);
    // "Contrat de ville:1200" holds spaces: join the words back up to each colon.
    QStringList funders;
    QString pending;
    for (const QString& word : QString::fromUtf8(spec.funders).split(u' ', Qt::SkipEmptyParts)) {
        pending += pending.isEmpty() ? word : u' ' + word;
        if (pending.contains(u':')) {
            funders << pending;
            pending.clear();
        }
    }
    for (int year = firstYear; year <= context.year; ++year) {
        for (const QString& funder : funders) {
            const QString name = funder.section(u':', 0, 0);
            const qint64 planned = funder.section(u':', 1).toLongLong() * 100 * (year == context.year ? 11 : 10) / 10;
            const bool full =
                name == QLatin1String("Valorisation") || name == QLatin1String("Commune") || rng.chance(60);
            qint64 obtained = full ? planned : planned * rng.between(60, 90) / 100;
            if (suspended && year == context.year)
                obtained = 0;
            const qint64 spent = year < context.year ? obtained * rng.between(85, 100) / 100
                                                     : qint64(std::llround(double(obtained) * yearShare * 0.9));
            context.doc.add(QStringLiteral("budget_line"), QDate(year, 1, 15),
                            context.notAfterToday(QDate(year, 12, 31)),
                            {{QStringLiteral("action_sheet_id"), sheetId},
                             {QStringLiteral("funder"), name},
                             {QStringLiteral("year"), year},
                             {QStringLiteral("planned_cents"), planned},
                             {QStringLiteral("obtained_cents"), obtained},
                             {QStringLiteral("spent_cents"), spent}});
        }
    }
}

void addIndicator(DemoContext& context, Rng& rng, qint64 sheetId, const SheetSpec& spec, const QDate& adopted,
                  bool started)
{
    const QStringList parts = QString::fromUtf8(spec.indicator).split(u'|');
    const double baseline = parts.at(3).toDouble();
    const double target = parts.at(4).toDouble();
    const qint64 indicatorId = context.doc.add(QStringLiteral("indicator"), adopted,
                                               {{QStringLiteral("action_sheet_id"), sheetId},
                                                {QStringLiteral("name"), parts.at(0)},
                                                {QStringLiteral("unit"), parts.at(1)},
                                                {QStringLiteral("kind"), parts.at(2)},
                                                {QStringLiteral("baseline"), baseline},
                                                {QStringLiteral("target"), target},
                                                {QStringLiteral("data_source"), parts.at(5)}});
    if (!started)
        return;
    // Progress towards the four-year target, a little uneven.
    for (int step = 1; step <= 2; ++step) {
        const int year = context.year - 2 + step;
        const double yearTarget = baseline + (target - baseline) * step / 4.0;
        const double value = std::round(baseline + (target - baseline) * step / 4.0 * rng.between(70, 115) / 100.0);
        context.doc.add(QStringLiteral("indicator_value"), context.notAfterToday(QDate(year, 12, 31)),
                        {{QStringLiteral("indicator_id"), indicatorId},
                         {QStringLiteral("period"), QString::number(year)},
                         {QStringLiteral("value"), value},
                         {QStringLiteral("target"), std::round(yearTarget)}});
    }
}

} // namespace

void buildPlan(DemoContext& context)
{
    DemoDocument& doc = context.doc;
    Rng rng = context.rng.fork(stableHash(QStringLiteral("plan")));
    const QDate adopted(context.year - 1, 1, 23);
    const qint64 planId =
        doc.add(QStringLiteral("action_plan"), adopted,
                {{QStringLiteral("council_id"), context.councilId},
                 {QStringLiteral("title"),
                  QStringLiteral("Feuille de route du CLSM %1–%2").arg(context.year - 1).arg(context.year + 2)},
                 {QStringLiteral("first_year"), context.year - 1},
                 {QStringLiteral("last_year"), context.year + 2}});
    std::vector<qint64> axisIds;
    int position = 0;
    for (const AxisSpec& axis : axisSpecs())
        axisIds.push_back(doc.add(QStringLiteral("axis"), adopted,
                                  {{QStringLiteral("plan_id"), planId},
                                   {QStringLiteral("position"), ++position},
                                   {QStringLiteral("code"), QString::fromLatin1(axis.code)},
                                   {QStringLiteral("title"), QString::fromUtf8(axis.title)},
                                   {QStringLiteral("description"), QString::fromUtf8(axis.description)}}));

    for (const SheetSpec& spec : sheetSpecs()) {
        const bool planned = QLatin1String(spec.status) == codeOf(SheetStatus::Planned);
        const int firstYear = planned ? context.year : context.year - 1;
        const QDate start(firstYear, spec.startMonth, 1);
        std::vector<StatusStep> history = statusHistory(spec, adopted, start);
        while (history.size() > 1 && history.back().on > context.today)
            history.pop_back();
        const QString status = history.back().status;
        const bool done = status == codeOf(SheetStatus::Done);
        const QDate end = done ? history.back().on : QDate(context.year + 2, 12, 31);
        const qint64 sheetId =
            doc.add(QStringLiteral("action_sheet"), adopted, history.back().on,
                    {{QStringLiteral("axis_id"), axisIds.at(std::size_t(spec.axis - 1))},
                     {QStringLiteral("code"), QString::fromLatin1(spec.code)},
                     {QStringLiteral("title"), QString::fromUtf8(spec.title)},
                     {QStringLiteral("context"), QString::fromUtf8(spec.context)},
                     {QStringLiteral("general_objective"), QString::fromUtf8(spec.objective)},
                     {QStringLiteral("specific_objectives"), QString::fromUtf8(spec.specifics)},
                     {QStringLiteral("lead_organisation_id"), context.organisationId(QString::fromLatin1(spec.lead))},
                     {QStringLiteral("target_public"), QString::fromUtf8(spec.targetPublic)},
                     {QStringLiteral("expected_reach"), spec.reach},
                     {QStringLiteral("territory"), QStringLiteral("Communauté de communes du Val-de-Lys")},
                     {QStringLiteral("starts_on"), jsonDate(start)},
                     {QStringLiteral("ends_on"), jsonDate(end)},
                     {QStringLiteral("status"), status}});
        context.sheetByCode.emplace(QString::fromLatin1(spec.code), sheetId);

        for (const QString& partner : QString::fromLatin1(spec.partners).split(u' ', Qt::SkipEmptyParts))
            doc.add(QStringLiteral("action_partner"), adopted,
                    {{QStringLiteral("action_sheet_id"), sheetId},
                     {QStringLiteral("organisation_id"), context.organisationId(partner.section(u':', 0, 0))},
                     {QStringLiteral("role"), partner.section(u':', 1)}});
        for (const StatusStep& step : history)
            doc.add(QStringLiteral("action_status_change"), step.on,
                    {{QStringLiteral("action_sheet_id"), sheetId},
                     {QStringLiteral("status"), step.status},
                     {QStringLiteral("changed_on"), jsonDate(step.on)},
                     {QStringLiteral("comment"), step.comment}});
        const bool suspended = status == codeOf(SheetStatus::Suspended);
        for (const QString& milestone : QString::fromUtf8(spec.milestones).split(u';', Qt::SkipEmptyParts)) {
            const QDate due = start.addMonths(milestone.section(u'@', 1).toInt());
            const QDate doneOn = due.addDays(rng.between(-12, 20));
            const bool reached = !planned && !suspended && doneOn <= context.today;
            doc.add(QStringLiteral("milestone"), adopted, reached ? doneOn : adopted,
                    {{QStringLiteral("action_sheet_id"), sheetId},
                     {QStringLiteral("title"), milestone.section(u'@', 0, 0)},
                     {QStringLiteral("due_on"), jsonDate(due)},
                     {QStringLiteral("done_on"), jsonDate(reached ? doneOn : QDate())}});
        }
        addBudget(context, rng, sheetId, spec, firstYear, suspended);
        addIndicator(context, rng, sheetId, spec, adopted, !planned);
    }
}

} // namespace maillage::demo
