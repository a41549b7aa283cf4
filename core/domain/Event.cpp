// SPDX-License-Identifier: EUPL-1.2
#include "core/domain/Event.h"

namespace maillage {

using namespace validation;

QStringList Event::validate() const
{
    QStringList problems;
    if (councilId <= 0)
        problems << required(tr("Council"));
    if (title.trimmed().isEmpty())
        problems << required(tr("Event title"));
    if (!startsOn.isValid())
        problems << required(tr("Start"));
    if (startsOn.isValid() && endsOn.isValid() && endsOn < startsOn)
        problems << notBefore(tr("End"), tr("Start"));
    if (participantCount < 0)
        problems << notNegative(tr("Participants"));
    if (peopleTrained < 0)
        problems << notNegative(tr("People trained"));
    if (kind == EventKind::PssmTraining && trainingModule.trimmed().isEmpty())
        problems << required(tr("Training module"));
    return problems;
}

} // namespace maillage
