// SPDX-License-Identifier: EUPL-1.2
#include "core/domain/Instance.h"

namespace maillage {

using namespace validation;

QStringList Instance::validate() const
{
    QStringList problems;
    if (councilId <= 0)
        problems << required(tr("Council"));
    if (name.trimmed().isEmpty())
        problems << required(tr("Instance name"));
    if (quorum < 0)
        problems << notNegative(tr("Quorum"));
    return problems;
}

QStringList InstanceMember::validate() const
{
    QStringList problems;
    if (instanceId <= 0)
        problems << required(tr("Instance"));
    if (contactId <= 0 && organisationId <= 0)
        problems << tr("A member must be a contact or an organisation.");
    if (validFrom.isValid() && validTo.isValid() && validTo < validFrom)
        problems << notBefore(tr("Until"), tr("From"));
    return problems;
}

} // namespace maillage
