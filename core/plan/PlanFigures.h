// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/ActionPlan.h"

#include <QDate>
#include <QLocale>

#include <map>
#include <optional>
#include <utility>
#include <vector>

namespace maillage::plan {

/// Progress of a fiche between 0 and 1: milestones reached / milestones when it has some
/// (1 once done), else from its status (planned 0, in progress ½, done 1, suspended or abandoned 0).
double sheetProgress(const ActionSheet& sheet);
/// The mean progress of the fiches, leaving abandoned ones out; none when nothing is left.
std::optional<double> meanProgress(const std::vector<ActionSheet>& sheets);

/// Prévu / obtenu / dépensé, in cents.
struct Amounts
{
    qint64 planned = 0;
    qint64 obtained = 0;
    qint64 spent = 0;
    Amounts& operator+=(const BudgetLine& line);
    bool operator==(const Amounts&) const = default;
};

struct BudgetTotals
{
    Amounts total;
    std::map<QString, Amounts> byFunder;
    std::map<int, Amounts> byYear;
    std::map<std::pair<QString, int>, Amounts> byFunderAndYear;
};

BudgetTotals budgetTotals(const std::vector<BudgetLine>& lines);
BudgetTotals budgetTotals(const std::vector<ActionSheet>& sheets);

/// Where an indicator stands: the value that counts (sum of the periods when cumulative, else the
/// latest period's), its target, and the share of the way from the baseline to the target.
struct IndicatorStanding
{
    std::optional<double> current;
    std::optional<QString> period; ///< the latest period with a value
    std::optional<double> target;
    std::optional<double> ratio; ///< may exceed 1 or be negative; none without a usable target
};

/// upToYear (when > 0) ignores the periods after that year.
IndicatorStanding indicatorStanding(const Indicator& indicator, int upToYear = 0);

/// The first and last day of a period ("2025", "2025-S2", "2025-T3"); invalid dates when unreadable.
std::pair<QDate, QDate> periodRange(const QString& period);
/// Sorts periods by year, then quarter/half, the whole year after its parts.
bool periodBefore(const QString& a, const QString& b);

/// Reads an amount in euros ("1 234,50", "1234.5", "1 200 €") into cents; none when not a number
/// or negative.
std::optional<qint64> parseAmount(const QString& text, const QLocale& locale = QLocale());
/// Reads a count or measure ("1 234,5", "1234.5", "-3"): none when empty or not a finite number.
std::optional<double> parseNumber(const QString& text, const QLocale& locale = QLocale());
/// "1 234,5" in the locale, up to 12 significant digits.
QString formatNumber(double value, const QLocale& locale = QLocale());

/// "1 234,50 €" in the locale.
QString formatAmount(qint64 cents, const QLocale& locale = QLocale());

} // namespace maillage::plan
