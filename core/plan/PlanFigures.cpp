// SPDX-License-Identifier: EUPL-1.2
#include "core/plan/PlanFigures.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace maillage::plan {

double sheetProgress(const ActionSheet& sheet)
{
    if (sheet.status == SheetStatus::Done)
        return 1.0;
    if (!sheet.milestones.empty()) {
        const auto reached = std::count_if(sheet.milestones.begin(), sheet.milestones.end(),
                                           [](const Milestone& m) { return m.doneOn.isValid(); });
        return double(reached) / double(sheet.milestones.size());
    }
    return sheet.status == SheetStatus::InProgress ? 0.5 : 0.0;
}

std::optional<double> meanProgress(const std::vector<ActionSheet>& sheets)
{
    double sum = 0;
    int count = 0;
    for (const ActionSheet& sheet : sheets) {
        if (sheet.status == SheetStatus::Abandoned)
            continue;
        sum += sheetProgress(sheet);
        ++count;
    }
    if (count == 0)
        return std::nullopt;
    return sum / count;
}

Amounts& Amounts::operator+=(const BudgetLine& line)
{
    planned += line.plannedCents;
    obtained += line.obtainedCents;
    spent += line.spentCents;
    return *this;
}

BudgetTotals budgetTotals(const std::vector<BudgetLine>& lines)
{
    BudgetTotals totals;
    for (const BudgetLine& line : lines) {
        const QString funder = line.funder.trimmed();
        totals.total += line;
        totals.byFunder[funder] += line;
        totals.byYear[line.year] += line;
        totals.byFunderAndYear[{funder, line.year}] += line;
    }
    return totals;
}

BudgetTotals budgetTotals(const std::vector<ActionSheet>& sheets)
{
    std::vector<BudgetLine> lines;
    for (const ActionSheet& sheet : sheets)
        lines.insert(lines.end(), sheet.budget.begin(), sheet.budget.end());
    return budgetTotals(lines);
}

namespace {

/// 1–4 for quarters, 2/4 for the halves' ends, 5 for the whole year: the order within a year.
int periodRank(const QString& period)
{
    const QString part = period.trimmed().mid(5);
    if (part.startsWith(u'T'))
        return part.mid(1).toInt();
    if (part == QLatin1String("S1"))
        return 2;
    if (part == QLatin1String("S2"))
        return 4;
    return 5;
}

} // namespace

bool periodBefore(const QString& a, const QString& b)
{
    const int ya = periodYear(a);
    const int yb = periodYear(b);
    if (ya != yb)
        return ya < yb;
    return periodRank(a) < periodRank(b);
}

std::pair<QDate, QDate> periodRange(const QString& period)
{
    const int year = periodYear(period);
    if (year == 0)
        return {};
    const QString part = period.trimmed().mid(5);
    int firstMonth = 1;
    int months = 12;
    if (part.startsWith(u'S')) {
        months = 6;
        firstMonth = part == QLatin1String("S1") ? 1 : 7;
    } else if (part.startsWith(u'T')) {
        months = 3;
        firstMonth = 1 + 3 * (part.mid(1).toInt() - 1);
    }
    const QDate first(year, firstMonth, 1);
    return {first, first.addMonths(months).addDays(-1)};
}

IndicatorStanding indicatorStanding(const Indicator& indicator, int upToYear)
{
    IndicatorStanding standing;
    std::vector<const IndicatorValue*> values;
    for (const IndicatorValue& value : indicator.values)
        if (periodYear(value.period) > 0 && (upToYear <= 0 || periodYear(value.period) <= upToYear))
            values.push_back(&value);
    std::sort(values.begin(), values.end(),
              [](const IndicatorValue* a, const IndicatorValue* b) { return periodBefore(a->period, b->period); });
    standing.target = indicator.target;
    if (values.empty())
        return standing;
    const IndicatorValue& latest = *values.back();
    standing.period = latest.period;
    if (indicator.cumulative) {
        double sum = 0;
        for (const IndicatorValue* value : values)
            sum += value->value;
        standing.current = sum;
    } else {
        standing.current = latest.value;
    }
    if (!standing.target)
        return standing;
    // A snapshot moves from its baseline; a cumulative count starts from nothing.
    const double start = indicator.cumulative ? 0.0 : indicator.baseline.value_or(0.0);
    const double span = *standing.target - start;
    if (std::abs(span) > 1e-12)
        standing.ratio = (*standing.current - start) / span;
    return standing;
}

std::optional<qint64> parseAmount(const QString& text, const QLocale& locale)
{
    QString cleaned = text;
    cleaned.remove(QRegularExpression(QStringLiteral("[\\s\\x{00A0}\\x{202F}€]")));
    if (cleaned.isEmpty())
        return qint64(0);
    bool ok = false;
    double euros = locale.toDouble(cleaned, &ok);
    if (!ok) {
        // Both "1234,5" and "1234.5" are read, whatever the interface language.
        QString swapped = cleaned;
        swapped.replace(u',', u'.');
        euros = swapped.toDouble(&ok);
    }
    if (!ok || euros < 0 || !std::isfinite(euros) || euros > 1e12)
        return std::nullopt;
    return qint64(std::llround(euros * 100.0));
}

std::optional<double> parseNumber(const QString& text, const QLocale& locale)
{
    QString cleaned = text;
    cleaned.remove(QRegularExpression(QStringLiteral("[\\s\\x{00A0}\\x{202F}]")));
    if (cleaned.isEmpty())
        return std::nullopt;
    bool ok = false;
    double value = locale.toDouble(cleaned, &ok);
    if (!ok)
        value = QString(cleaned).replace(u',', u'.').toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

QString formatNumber(double value, const QLocale& locale)
{
    return locale.toString(value, 'g', 12);
}

QString formatAmount(qint64 cents, const QLocale& locale)
{
    return locale.toCurrencyString(double(cents) / 100.0, QStringLiteral("€"));
}

} // namespace maillage::plan
