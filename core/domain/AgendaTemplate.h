// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/Meeting.h"

#include <QStringList>

#include <vector>

namespace maillage {

struct AgendaTemplateItem : Record {
    qint64 templateId = 0;
    int position = 0;
    QString title;
    QString presenter;
    int durationMinutes = 0;
    bool confidential = false;
    AgendaItemKind kind = AgendaItemKind::Regular;

    /// The agenda item this template line becomes in a new meeting.
    AgendaItem toAgendaItem() const;
};

/// A named agenda an instance reuses ("COPIL ordinaire", "Cellule mensuelle").
struct AgendaTemplate : Record {
    qint64 instanceId = 0;
    QString name;
    std::vector<AgendaTemplateItem> items;

    QStringList validate() const;
    Q_DECLARE_TR_FUNCTIONS(AgendaTemplate)
};

/// A frozen copy of minutes as validated: later edits make a new version, the old stay readable.
struct MinutesVersion : Record {
    qint64 meetingId = 0;
    int number = 0;
    QDate validatedOn;
    QString contentHtml;
};

} // namespace maillage
