// SPDX-License-Identifier: EUPL-1.2
#include "core/domain/Council.h"

namespace maillage {

using namespace validation;

QStringList Council::validate() const
{
    QStringList problems;
    if (name.trimmed().isEmpty())
        problems << required(tr("Council name"));
    if (coordinatorFtePercent < 0 || coordinatorFtePercent > 100)
        problems << tr("The field “%1” must be between 0 and 100.").arg(tr("Coordinator time (% FTE)"));
    return problems;
}

QStringList Commune::validate() const
{
    QStringList problems;
    if (name.trimmed().isEmpty())
        problems << required(tr("Commune"));
    if (!inseeCode.isEmpty() && inseeCode.size() != 5)
        problems << tr("The field “%1” must have 5 characters.").arg(tr("INSEE code"));
    if (population < 0)
        problems << notNegative(tr("Population"));
    if (qpvCount < 0)
        problems << notNegative(tr("Priority neighbourhoods (QPV)"));
    if (validFrom.isValid() && validTo.isValid() && validTo < validFrom)
        problems << notBefore(tr("Until"), tr("From"));
    return problems;
}

QStringList PsychiatricSector::validate() const
{
    QStringList problems;
    if (name.trimmed().isEmpty())
        problems << required(tr("Psychiatric sector"));
    if (validFrom.isValid() && validTo.isValid() && validTo < validFrom)
        problems << notBefore(tr("Until"), tr("From"));
    return problems;
}

} // namespace maillage
