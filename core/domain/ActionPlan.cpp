// SPDX-License-Identifier: EUPL-1.2
#include "core/domain/ActionPlan.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace maillage {

using namespace validation;

QStringList ActionPlan::validate() const
{
    QStringList problems;
    if (councilId <= 0)
        problems << required(tr("Council"));
    if (title.trimmed().isEmpty())
        problems << required(tr("Plan title"));
    if (firstYear < 1990 || firstYear > 2200)
        problems << tr("The field “%1” must be a year.").arg(tr("First year"));
    if (lastYear < firstYear)
        problems << notBefore(tr("Last year"), tr("First year"));
    return problems;
}

QStringList Axis::validate() const
{
    QStringList problems;
    if (planId <= 0)
        problems << required(tr("Action plan"));
    if (title.trimmed().isEmpty())
        problems << required(tr("Axis title"));
    return problems;
}

QStringList Milestone::validate() const
{
    QStringList problems;
    if (title.trimmed().isEmpty())
        problems << required(tr("Milestone"));
    return problems;
}

QStringList BudgetLine::validate() const
{
    QStringList problems;
    if (funder.trimmed().isEmpty())
        problems << required(tr("Funder"));
    if (year < 1990 || year > 2200)
        problems << tr("The field “%1” must be a year.").arg(tr("Budget year"));
    if (plannedCents < 0)
        problems << notNegative(tr("Planned"));
    if (obtainedCents < 0)
        problems << notNegative(tr("Obtained"));
    if (spentCents < 0)
        problems << notNegative(tr("Spent"));
    return problems;
}

QStringList Indicator::validate() const
{
    QStringList problems;
    if (name.trimmed().isEmpty())
        problems << required(tr("Indicator"));
    for (const IndicatorValue& value : values) {
        if (value.period.trimmed().isEmpty())
            problems << required(tr("Period"));
        else if (periodYear(value.period) == 0)
            problems << tr("The period “%1” is not a year (2025), a half-year (2025-S1) or a quarter (2025-T3).")
                            .arg(value.period);
        if (!value.breakdown.trimmed().isEmpty() && !QJsonDocument::fromJson(value.breakdown.toUtf8()).isObject())
            problems << tr("The breakdown of the period “%1” is not readable.").arg(value.period);
    }
    if (computedSource == ComputedSource::MeetingsHeld && !computedScope.startsWith(QLatin1String("instance:")))
        problems << tr("Choose the instance whose meetings the indicator “%1” counts.").arg(name);
    return problems;
}

int periodYear(const QString& period)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})(?:-(S[12]|T[1-4]))?$"));
    const QRegularExpressionMatch match = pattern.match(period.trimmed());
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

QStringList ActionSheet::validate() const
{
    QStringList problems;
    if (axisId <= 0)
        problems << required(tr("Axis"));
    if (title.trimmed().isEmpty())
        problems << required(tr("Action sheet title"));
    if (expectedReach < 0)
        problems << notNegative(tr("Expected number of people"));
    if (startsOn.isValid() && endsOn.isValid() && endsOn < startsOn)
        problems << notBefore(tr("End"), tr("Start"));
    for (const Milestone& milestone : milestones)
        problems << milestone.validate();
    for (const BudgetLine& line : budget)
        problems << line.validate();
    for (const Indicator& indicator : indicators)
        problems << indicator.validate();
    return problems;
}

} // namespace maillage
