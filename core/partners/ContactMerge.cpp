// SPDX-License-Identifier: EUPL-1.2
#include "core/partners/ContactMerge.h"

namespace maillage {

Result<MergeOutcome> ContactMerge::mergeContacts(Database& db, qint64 keepId, qint64 removeId)
{
    return mergesql::merge(db, QStringLiteral("contact"), keepId, removeId,
                           tr("Contact no. %1 merged into contact no. %2").arg(removeId).arg(keepId));
}

Result<MergeOutcome> ContactMerge::mergeOrganisations(Database& db, qint64 keepId, qint64 removeId)
{
    return mergesql::merge(db, QStringLiteral("organisation"), keepId, removeId,
                           tr("Organisation no. %1 merged into organisation no. %2").arg(removeId).arg(keepId));
}

QString ContactMerge::linkLabel(const QString& tableDotColumn)
{
    static const std::pair<const char*, const char*> labels[] = {
        {"attendance.contact_id", QT_TR_NOOP("Meetings attended or expected")},
        {"attendance.organisation_id", QT_TR_NOOP("Attendance on behalf of")},
        {"attendance.represented_by_contact_id", QT_TR_NOOP("Represented someone")},
        {"attendance.proxy_to_contact_id", QT_TR_NOOP("Proxies received")},
        {"instance_member.contact_id", QT_TR_NOOP("Instance memberships")},
        {"instance_member.organisation_id", QT_TR_NOOP("Instance memberships")},
        {"affiliation.contact_id", QT_TR_NOOP("Organisations")},
        {"affiliation.organisation_id", QT_TR_NOOP("People")},
        {"follow_up.owner_contact_id", QT_TR_NOOP("Follow-ups in charge")},
        {"meeting_recipient.contact_id", QT_TR_NOOP("Documents received")},
        {"instance.referent_contact_id", QT_TR_NOOP("Referent of instances")},
        {"meeting.secretary_contact_id", QT_TR_NOOP("Secretary of meetings")},
        {"action_sheet.lead_organisation_id", QT_TR_NOOP("Fiches led")},
        {"action_partner.organisation_id", QT_TR_NOOP("Fiche partnerships")},
        {"event_partner.organisation_id", QT_TR_NOOP("Event partnerships")},
        {"council_partner.organisation_id", QT_TR_NOOP("Councils")},
    };
    for (const auto& [key, label] : labels)
        if (tableDotColumn == QLatin1String(key))
            return tr(label);
    return tableDotColumn;
}

Status ContactMerge::undo(Database& db, qint64 batchId)
{
    return mergesql::undo(db, batchId);
}

Result<std::vector<UndoBatchInfo>> ContactMerge::undoableMerges(Database& db)
{
    auto all = mergesql::batches(db, QStringLiteral("merge"));
    if (!all)
        return all.error();
    std::vector<UndoBatchInfo> open;
    for (const UndoBatchInfo& batch : all.value())
        if (!batch.undone)
            open.push_back(batch);
    return open;
}

} // namespace maillage
