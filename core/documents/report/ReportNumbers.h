// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/report/ReportFigures.h"

#include <QString>

#include <optional>

namespace maillage {

/// Numbers written the French way whatever the interface language: "1 234,5", "12 %", "1 234 €".
namespace reportNumbers {

QString integer(qint64 value);
QString decimal(double value, int decimals = 1); ///< without trailing zeros: 12 → "12", 12.5 → "12,5"
QString percent(std::optional<double> value);    ///< "12 %", "–" when there is nothing to divide
QString money(qint64 cents);                     ///< "1 234 €", "1 234,50 €"
QString masked(const std::optional<int>& count); ///< "< 5" for a hidden small count
QString optional(const std::optional<double>& value);

} // namespace reportNumbers
} // namespace maillage
