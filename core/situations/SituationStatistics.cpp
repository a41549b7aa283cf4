// SPDX-License-Identifier: EUPL-1.2
#include "core/situations/SituationStatistics.h"

#include <set>

namespace maillage {

namespace {
int quarterOf(const QDate& day)
{
    return (day.month() - 1) / 3;
}
} // namespace

SituationStatistics SituationStatistics::compute(const std::vector<Situation>& situations, int year)
{
    SituationStatistics stats;
    stats.year = year;
    for (const Situation& s : situations) {
        if (s.openedOn.isValid() && s.openedOn.year() == year) {
            const int q = quarterOf(s.openedOn);
            ++stats.opened[size_t(q)];
            for (const QString& category : s.categories)
                ++stats.byCategory[category][size_t(q)];
            const QString sector = s.referralSector.trimmed().isEmpty() ? tr("Not stated") : s.referralSector.trimmed();
            ++stats.bySector[sector][size_t(q)];
        }
        if (s.closedOn.isValid() && s.closedOn.year() == year)
            ++stats.closed[size_t(quarterOf(s.closedOn))];
        std::set<int> quarters;
        for (const QDate& review : s.reviewDates)
            if (review.year() == year)
                quarters.insert(quarterOf(review));
        for (int q : quarters)
            ++stats.reviewed[size_t(q)];
    }
    return stats;
}

QString SituationStatistics::shown(int count)
{
    return count > 0 && count < 5 ? QStringLiteral("< 5") : QString::number(count);
}

QStringList SituationStatistics::standardCategories()
{
    return {tr("Neighbourhood disturbances"), tr("Hoarding or unhealthy housing"), tr("Break in care"),
            tr("Rent arrears"),              tr("Social isolation"),             tr("Addictive behaviour"),
            tr("Danger to self"),            tr("Family conflict"),              tr("Danger to others")};
}

} // namespace maillage
