// SPDX-License-Identifier: EUPL-1.2
// The report's lists in the JSON of `maillage stats --json`.
#include "core/report/ReportFigures.h"

#include <QJsonArray>

namespace maillage {

namespace {

QJsonValue optionalJson(const std::optional<double>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonArray identitiesJson(const ReportFigures& f)
{
    QJsonArray list;
    for (const CouncilProfile& c : f.identities)
        list.append(QJsonObject{{QStringLiteral("id"), c.id},
                                {QStringLiteral("name"), c.name},
                                {QStringLiteral("kind"), c.kind},
                                {QStringLiteral("createdOn"), c.createdOn.toString(Qt::ISODate)},
                                {QStringLiteral("chairs"), c.chairs},
                                {QStringLiteral("coordinator"), c.coordinatorName},
                                {QStringLiteral("coordinatorEmployer"), c.coordinatorEmployer},
                                {QStringLiteral("ftePercent"), c.coordinatorFtePercent},
                                {QStringLiteral("conventions"), c.conventions},
                                {QStringLiteral("funders"), QJsonArray::fromStringList(c.funders)},
                                {QStringLiteral("communes"), QJsonArray::fromStringList(c.communes)},
                                {QStringLiteral("population"), c.population},
                                {QStringLiteral("priorityNeighbourhoods"), c.priorityNeighbourhoods},
                                {QStringLiteral("psychiatricSectors"), QJsonArray::fromStringList(c.psychiatricSectors)}});
    return list;
}

QJsonArray sheetsJson(const ReportFigures& f)
{
    QJsonArray list;
    for (const SheetEntry& s : f.actionSheets) {
        QJsonArray indicators;
        for (const IndicatorEntry& i : s.indicators)
            indicators.append(QJsonObject{{QStringLiteral("name"), i.name},
                                          {QStringLiteral("unit"), i.unit},
                                          {QStringLiteral("target"), optionalJson(i.target)},
                                          {QStringLiteral("achieved"), optionalJson(i.achieved)}});
        list.append(QJsonObject{{QStringLiteral("axis"), s.axis},
                                {QStringLiteral("code"), s.code},
                                {QStringLiteral("title"), s.title},
                                {QStringLiteral("status"), s.status},
                                {QStringLiteral("plannedCents"), s.plannedCents},
                                {QStringLiteral("obtainedCents"), s.obtainedCents},
                                {QStringLiteral("spentCents"), s.spentCents},
                                {QStringLiteral("indicators"), indicators}});
    }
    return list;
}

} // namespace

void addReportDetailsJson(const ReportFigures& f, QJsonObject& json)
{
    json.insert(QStringLiteral("identities"), identitiesJson(f));
    QJsonArray calendar;
    for (const MeetingEntry& m : f.calendar)
        calendar.append(QJsonObject{{QStringLiteral("date"), m.date.toString(Qt::ISODate)},
                                    {QStringLiteral("instance"), m.instance},
                                    {QStringLiteral("title"), m.title},
                                    {QStringLiteral("status"), m.status}});
    json.insert(QStringLiteral("calendar"), calendar);
    QJsonArray members;
    for (const MemberEntry& m : f.members)
        members.append(QJsonObject{{QStringLiteral("instance"), m.instance},
                                   {QStringLiteral("name"), m.name},
                                   {QStringLiteral("organisation"), m.organisation},
                                   {QStringLiteral("role"), m.role}});
    json.insert(QStringLiteral("members"), members);
    QJsonObject plan = json.value(QStringLiteral("actionPlan")).toObject();
    plan.insert(QStringLiteral("fiches"), sheetsJson(f));
    json.insert(QStringLiteral("actionPlan"), plan);
    QJsonArray events;
    for (const EventEntry& e : f.eventList)
        events.append(QJsonObject{{QStringLiteral("date"), e.date.toString(Qt::ISODate)},
                                  {QStringLiteral("kind"), codeOf(e.kind)},
                                  {QStringLiteral("title"), e.title},
                                  {QStringLiteral("participants"), e.participants},
                                  {QStringLiteral("peopleTrained"), e.peopleTrained},
                                  {QStringLiteral("partners"), e.partners}});
    json.insert(QStringLiteral("eventList"), events);
}

} // namespace maillage
