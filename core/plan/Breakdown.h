// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/Organisation.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>
#include <utility>
#include <vector>

namespace maillage::plan {

/// A way to break an indicator value down, stored under `key` in indicator_value.breakdown:
/// {"sex": {"F": 12, "M": 9}}. Categories are codes; labels say them in the user's language.
struct BreakdownDimension
{
    QString key;
    QString label;
    QStringList categories;
    QStringList categoryLabels;

    QString labelOf(const QString& category) const;
};

/// One dimension's numbers, category by category (in the dimension's order, then the others).
struct BreakdownPart
{
    QString dimension;
    std::vector<std::pair<QString, double>> values;

    double sum() const;
    std::optional<double> valueOf(const QString& category) const;
};

/// Reading, writing and summing breakdowns; the JSON stays what reports read.
class Breakdown
{
    Q_DECLARE_TR_FUNCTIONS(Breakdown)

public:
    /// The dimensions Maillage knows: the CLSM pillars, the partners' sectors, sex, age band.
    static std::vector<BreakdownDimension> dimensions(const std::vector<Sector>& sectors);
    /// The dimension of that key among `known`, or one named after the key with no set categories.
    static BreakdownDimension dimension(const std::vector<BreakdownDimension>& known, const QString& key);

    /// Reads the stored JSON (empty text: no part). An error names what cannot be read.
    static Result<std::vector<BreakdownPart>> parse(const QString& json);
    /// The JSON to store; parts without values are left out; empty when nothing is left.
    static QString toJson(const std::vector<BreakdownPart>& parts);
    /// "Sex: Women 12, Men 9" per dimension, joined by " · "; the raw text when unreadable.
    static QString summary(const QString& json, const std::vector<BreakdownDimension>& known);
    /// The dimensions whose sum differs from total, as messages naming them.
    static QStringList mismatches(const std::vector<BreakdownPart>& parts, double total,
                                  const std::vector<BreakdownDimension>& known);
};

} // namespace maillage::plan
