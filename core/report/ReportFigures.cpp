// SPDX-License-Identifier: EUPL-1.2
#include "core/report/ReportFigures.h"

#include <QJsonArray>

#include <array>

namespace maillage {

std::optional<double> Turnout::rate() const
{
    if (expected() == 0)
        return std::nullopt;
    return 100.0 * present / expected();
}

std::optional<int> ReportFigures::masked(int count)
{
    if (count > 0 && count < kSmallCount)
        return std::nullopt;
    return count;
}

namespace {

QJsonValue rateJson(const Turnout& turnout)
{
    const auto rate = turnout.rate();
    return rate ? QJsonValue(qRound(*rate * 10) / 10.0) : QJsonValue(QJsonValue::Null);
}

QJsonObject turnoutJson(const Turnout& turnout)
{
    return {{QStringLiteral("present"), turnout.present},
            {QStringLiteral("excused"), turnout.excused},
            {QStringLiteral("absent"), turnout.absent},
            {QStringLiteral("ratePercent"), rateJson(turnout)}};
}

// Hidden small counts are written as the string "<5", never as a number.
QJsonValue maskedJson(const std::optional<int>& count)
{
    return count ? QJsonValue(*count) : QJsonValue(QStringLiteral("<5"));
}

QJsonObject turnoutMapJson(const std::map<QString, Turnout>& turnouts)
{
    QJsonObject json;
    for (const auto& [code, turnout] : turnouts)
        json.insert(code.isEmpty() ? QStringLiteral("none") : code, turnoutJson(turnout));
    return json;
}

} // namespace

QJsonObject reportFiguresJson(const ReportFigures& f)
{
    QJsonArray instances;
    for (const InstanceFigures& i : f.instances) {
        QJsonArray pillars;
        for (int p = 0; p < 4; ++p)
            if (i.pillarPresent[p])
                pillars.append(
                    codeOf(std::array{Pillar::Elected, Pillar::Psychiatry, Pillar::User, Pillar::Carer}[size_t(p)]));
        instances.append(QJsonObject{{QStringLiteral("name"), i.name},
                                     {QStringLiteral("kind"), codeOf(i.kind)},
                                     {QStringLiteral("held"), i.held},
                                     {QStringLiteral("cancelled"), i.cancelled},
                                     {QStringLiteral("planned"), i.planned},
                                     {QStringLiteral("decisions"), i.decisions},
                                     {QStringLiteral("dates"), QJsonArray::fromStringList(i.meetingDates)},
                                     {QStringLiteral("attendance"), turnoutJson(i.turnout)},
                                     {QStringLiteral("pillarsPresent"), pillars},
                                     {QStringLiteral("attendanceBySector"), turnoutMapJson(i.sectorTurnout)},
                                     {QStringLiteral("attendanceByPillar"), turnoutMapJson(i.pillarTurnout)}});
    }
    QJsonArray sectors;
    for (const SectorFigures& s : f.sectors)
        sectors.append(QJsonObject{{QStringLiteral("code"), s.code},
                                   {QStringLiteral("label"), s.label},
                                   {QStringLiteral("organisations"), s.organisations},
                                   {QStringLiteral("newcomers"), s.newcomers},
                                   {QStringLiteral("attendance"), turnoutJson(s.turnout)}});
    QJsonArray pillars;
    for (const PillarFigures& p : f.pillars)
        pillars.append(QJsonObject{{QStringLiteral("pillar"), codeOf(p.pillar)},
                                   {QStringLiteral("contacts"), p.contacts},
                                   {QStringLiteral("attendance"), turnoutJson(p.turnout)}});
    QJsonObject statuses;
    for (const auto& [status, count] : f.sheetsByStatus)
        statuses.insert(status, count);
    QJsonArray budget;
    for (const FunderFigures& b : f.budget)
        budget.append(QJsonObject{{QStringLiteral("funder"), b.funder},
                                  {QStringLiteral("plannedCents"), b.plannedCents},
                                  {QStringLiteral("obtainedCents"), b.obtainedCents},
                                  {QStringLiteral("spentCents"), b.spentCents}});
    QJsonArray events;
    for (const EventKindFigures& e : f.events)
        events.append(QJsonObject{{QStringLiteral("kind"), codeOf(e.kind)},
                                  {QStringLiteral("events"), e.events},
                                  {QStringLiteral("participants"), e.participants},
                                  {QStringLiteral("peopleTrained"), e.peopleTrained}});
    QJsonObject json{
        {QStringLiteral("period"), QJsonObject{{QStringLiteral("from"), f.period.from.toString(Qt::ISODate)},
                                               {QStringLiteral("to"), f.period.to.toString(Qt::ISODate)}}},
        {QStringLiteral("councils"), QJsonArray::fromStringList(f.councils)},
        {QStringLiteral("territory"), QJsonObject{{QStringLiteral("communes"), f.communes},
                                                  {QStringLiteral("population"), f.population},
                                                  {QStringLiteral("priorityNeighbourhoods"), f.priorityNeighbourhoods},
                                                  {QStringLiteral("psychiatricSectors"), f.psychiatricSectors}}},
        {QStringLiteral("coordination"),
         QJsonObject{{QStringLiteral("ftePercent"), f.coordinatorFtePercent},
                     {QStringLiteral("funders"), QJsonArray::fromStringList(f.funders)}}},
        {QStringLiteral("governance"), QJsonObject{{QStringLiteral("meetingsHeld"), f.meetingsHeld},
                                                   {QStringLiteral("meetingsCancelled"), f.meetingsCancelled},
                                                   {QStringLiteral("decisions"), f.decisions},
                                                   {QStringLiteral("followUpsCreated"), f.followUpsCreated},
                                                   {QStringLiteral("followUpsDone"), f.followUpsDone},
                                                   {QStringLiteral("followUpsOverdue"), f.followUpsOverdue},
                                                   {QStringLiteral("attendance"), turnoutJson(f.turnout)},
                                                   {QStringLiteral("instances"), instances}}},
        {QStringLiteral("network"), QJsonObject{{QStringLiteral("activeOrganisations"), f.activeOrganisations},
                                                {QStringLiteral("activeContacts"), f.activeContacts},
                                                {QStringLiteral("newOrganisations"), f.newOrganisations},
                                                {QStringLiteral("organisationsNotSeen"), f.organisationsNotSeen},
                                                {QStringLiteral("sectors"), sectors},
                                                {QStringLiteral("pillars"), pillars}}},
        {QStringLiteral("actionPlan"), QJsonObject{{QStringLiteral("sheets"), f.sheets},
                                                   {QStringLiteral("sheetsByStatus"), statuses},
                                                   {QStringLiteral("budget"), budget}}},
        {QStringLiteral("events"), events},
        {QStringLiteral("situations"), QJsonObject{{QStringLiteral("examined"), maskedJson(f.situationsExamined)},
                                                   {QStringLiteral("opened"), maskedJson(f.situationsOpened)},
                                                   {QStringLiteral("closed"), maskedJson(f.situationsClosed)}}},
    };
    addReportDetailsJson(f, json);
    return json;
}

} // namespace maillage
