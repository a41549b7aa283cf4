// SPDX-License-Identifier: EUPL-1.2
#include "core/plan/ComputedValues.h"

#include "core/plan/PlanFigures.h"
#include "core/storage/ActionPlanComputed.h"
#include "core/storage/InstanceRepository.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace maillage::plan {

bool ComputedFigure::differs() const
{
    return stored && std::abs(*stored - value) > 1e-9;
}

QStringList ComputedValues::periodsOf(const Indicator& indicator, const ActionPlan& plan, const QDate& today)
{
    QStringList periods;
    for (const IndicatorValue& value : indicator.values)
        if (!value.period.trimmed().isEmpty() && !periods.contains(value.period.trimmed()))
            periods << value.period.trimmed();
    for (int year = plan.firstYear; year <= std::min(plan.lastYear, today.year()); ++year)
        if (!periods.contains(QString::number(year)))
            periods << QString::number(year);
    std::sort(periods.begin(), periods.end(), periodBefore);
    return periods;
}

QString ComputedValues::describe(Database& db, const Indicator& indicator, const QDate& from, const QDate& to)
{
    const QLocale locale;
    const QDate today = QDate::currentDate();
    const QString range = to > today && from <= today
                              ? tr("from %1 to today").arg(locale.toString(from, QLocale::ShortFormat))
                              : tr("from %1 to %2")
                                    .arg(locale.toString(from, QLocale::ShortFormat),
                                         locale.toString(to, QLocale::ShortFormat));
    QString instance;
    if (indicator.computedScope.startsWith(QLatin1String("instance:"))) {
        auto found = InstanceRepository(db).get(indicator.computedScope.mid(9).toLongLong());
        instance = found.ok() ? found->name : tr("(deleted instance)");
    }
    const bool council = indicator.computedScope == QLatin1String("council");
    switch (indicator.computedSource) {
    case ComputedSource::None:
        break;
    case ComputedSource::MeetingsHeld:
        return tr("meetings of the instance “%1” held %2").arg(instance, range);
    case ComputedSource::PartnersMobilised:
        return instance.isEmpty()
                   ? tr("organisations present at the meetings linked to the fiche or partners of its events, %1")
                         .arg(range)
                   : tr("organisations present at the meetings of “%1” or partners of the fiche’s events, %2")
                         .arg(instance, range);
    case ComputedSource::EventsHeld:
        return council ? tr("events of the council %1").arg(range) : tr("events linked to the fiche %1").arg(range);
    case ComputedSource::Participants:
        return council ? tr("participants in the events of the council %1").arg(range)
                       : tr("participants in the events linked to the fiche %1").arg(range);
    case ComputedSource::PeopleTrained:
        return council ? tr("people trained at the council’s PSSM sessions %1").arg(range)
                       : tr("people trained at the PSSM sessions linked to the fiche %1").arg(range);
    }
    return tr("entered by hand");
}

Result<std::vector<ComputedFigure>> ComputedValues::figures(Database& db, const Indicator& indicator, qint64 sheetId,
                                                            const QStringList& periods, const QList<int>& lockedYears,
                                                            qint64 councilId)
{
    std::vector<ComputedFigure> figures;
    ActionPlanComputed computed(db);
    for (const QString& raw : periods) {
        const QString period = raw.trimmed();
        const auto [from, to] = periodRange(period);
        if (!from.isValid())
            return Error{Error::Kind::Invalid,
                         tr("The period “%1” of the indicator “%2” is not a year, half-year (2025-S1) or quarter "
                            "(2025-T3).")
                             .arg(period, indicator.name),
                         {}};
        Result<double> value = computed.compute(indicator, sheetId, from, to, councilId);
        if (!value.ok())
            return value.error();
        ComputedFigure figure;
        figure.period = period;
        figure.value = value.value();
        figure.from = describe(db, indicator, from, to);
        figure.locked = lockedYears.contains(periodYear(period));
        for (const IndicatorValue& stored : indicator.values)
            if (stored.period.trimmed() == period)
                figure.stored = stored.value;
        figures.push_back(figure);
    }
    return figures;
}

QStringList ComputedValues::apply(Indicator& indicator, const std::vector<ComputedFigure>& figures,
                                  bool replaceDiffering)
{
    QStringList changed;
    for (const ComputedFigure& figure : figures) {
        if (figure.locked)
            continue;
        auto it = std::find_if(indicator.values.begin(), indicator.values.end(),
                               [&](const IndicatorValue& v) { return v.period.trimmed() == figure.period; });
        if (it == indicator.values.end()) {
            IndicatorValue fresh;
            fresh.indicatorId = indicator.id;
            fresh.period = figure.period;
            fresh.value = figure.value;
            indicator.values.push_back(fresh);
            changed << figure.period;
        } else if (std::abs(it->value - figure.value) > 1e-9 && replaceDiffering) {
            it->value = figure.value;
            changed << figure.period;
        }
    }
    return changed;
}

} // namespace maillage::plan
