// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/Situation.h"

#include <QCoreApplication>
#include <QMap>

#include <array>
#include <vector>

namespace maillage {

/// Quarterly figures of the cellule for one year. Counts from 1 to 4 could point at a person in a small
/// town: shown() writes them "< 5".
struct SituationStatistics
{
    Q_DECLARE_TR_FUNCTIONS(SituationStatistics)

public:
    int year = 0;
    std::array<int, 4> opened{};   ///< situations opened, by quarter
    std::array<int, 4> reviewed{}; ///< situations examined at least once in the quarter
    std::array<int, 4> closed{};
    QMap<QString, std::array<int, 4>> byCategory; ///< opened in the quarter, by problem category
    QMap<QString, std::array<int, 4>> bySector;   ///< opened in the quarter, by referral sector

    static SituationStatistics compute(const std::vector<Situation>& situations, int year);
    /// "0", "< 5" for 1 to 4, the number from 5 on.
    static QString shown(int count);
    /// The fixed problem categories offered in the register (free ones may be added).
    static QStringList standardCategories();
};

} // namespace maillage
