// SPDX-License-Identifier: EUPL-1.2
#include "core/domain/AgendaTemplate.h"

namespace maillage {

using namespace validation;

AgendaItem AgendaTemplateItem::toAgendaItem() const
{
    AgendaItem item;
    item.position = position;
    item.title = title;
    item.presenter = presenter;
    item.durationMinutes = durationMinutes;
    item.confidential = confidential;
    item.kind = kind;
    return item;
}

QStringList AgendaTemplate::validate() const
{
    QStringList problems;
    if (instanceId <= 0)
        problems << required(tr("Instance"));
    if (name.trimmed().isEmpty())
        problems << required(tr("Template name"));
    for (const AgendaTemplateItem& item : items) {
        if (item.title.trimmed().isEmpty())
            problems << required(tr("Agenda item"));
        if (item.durationMinutes < 0)
            problems << notNegative(tr("Duration"));
    }
    return problems;
}

} // namespace maillage
