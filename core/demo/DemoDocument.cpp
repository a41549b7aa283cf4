// SPDX-License-Identifier: EUPL-1.2
#include "core/demo/DemoDocument.h"



namespace maillage::demo {

namespace {

// One line per table of core/storage/migrations, columns in order (id and bookkeeping left out).
// A bare name defaults to "", name=text to that text, name~ to null, name#0 to 0, name!0/!1 to false/true.
// tests/exchange/DemoCouncilTest.cpp checks this list against the real migrated schema.
const char* const schemaText[] = {
    "council: name short_name kind=communal created_on~ chairs coordinator_name coordinator_fte_percent#0 "
    "coordinator_employer coordinator_funding conventions situations_enabled!0 notes",
    "commune: council_id#0 name insee_code population#0 qpv_count#0 valid_from~ valid_to~",
    "psychiatric_sector: council_id#0 name population_kind=adult establishment valid_from~ valid_to~",
    "sector: code label position#0 color=#888888",
    "organisation: name acronym sector_id~ org_type address postcode commune phone email website active!1 notes",
    "council_partner: council_id#0 organisation_id#0 since~",
    "contact: civility first_name last_name job_title pillar=professionnel email phone mobile address "
    "legal_basis=interet_legitime consent_confirmed_on~ charter_signed_on~ active!1 notes",
    "affiliation: contact_id#0 organisation_id#0 job_title valid_from~ valid_to~",
    "instance: council_id#0 kind name theme usual_place cadence quorum#0 referent_contact_id~ active!1 notes",
    "instance_member: instance_id#0 contact_id~ organisation_id~ role=member membership=permanent "
    "seat=titulaire valid_from~ valid_to~",
    "meeting_series: instance_id#0 rule holiday_policy=next_working_day starts_on ends_on~ occurrence_count#0",
    "meeting: instance_id#0 series_id~ title starts_at ends_at~ place video_link status=planned "
    "postponed_to_meeting_id~ convocation_sent_on~ secretary_contact_id~ minutes_kind=compte_rendu "
    "minutes_status=draft minutes_validated_on~ minutes_distributed_on~ notes",
    "agenda_item: meeting_id#0 position#0 title presenter duration_minutes#0 minutes_html",
    "attendance: meeting_id#0 contact_id~ organisation_id~ guest_name is_guest!0 status=present "
    "represented_by_contact_id~ proxy_to_contact_id~",
    "decision: meeting_id#0 agenda_item_id~ position#0 text",
    "meeting_recipient: meeting_id#0 contact_id#0",
    "action_plan: council_id#0 title first_year#0 last_year#0",
    "axis: plan_id#0 position#0 code title description",
    "action_sheet: axis_id#0 code title context general_objective specific_objectives lead_organisation_id~ "
    "target_public expected_reach#0 territory starts_on~ ends_on~ status=planned",
    "action_partner: action_sheet_id#0 organisation_id#0 role=partenaire",
    "action_status_change: action_sheet_id#0 status changed_on comment",
    "milestone: action_sheet_id#0 title due_on~ done_on~",
    "budget_line: action_sheet_id#0 funder year#0 planned_cents#0 obtained_cents#0 spent_cents#0",
    "indicator: action_sheet_id#0 name kind=process unit data_source baseline~ target~",
    "indicator_value: indicator_id#0 period value#0 target~",
    "follow_up: meeting_id#0 text owner_contact_id~ due_on~ status=open done_on~ action_sheet_id~",
    "event: council_id#0 kind=other title theme starts_on ends_on~ place audience participant_count#0 "
    "training_module trainers people_trained#0 action_sheet_id~ notes",
    "event_partner: event_id#0 organisation_id#0",
    "situation: council_id#0 pseudonym referral_sector opened_on last_contact_on~ categories outcome consent_on~ "
    "consent_how consent_scope closed_on~",
    "situation_review: situation_id#0 meeting_id~ reviewed_on",
};

QJsonValue defaultOf(const QString& spec, QString* name)
{
    const qsizetype equals = spec.indexOf(u'=');
    if (equals >= 0) {
        *name = spec.left(equals);
        return spec.mid(equals + 1);
    }
    *name = spec.chopped(spec.endsWith(u'~') ? 1 : (spec.contains(u'#') || spec.contains(u'!')) ? 2 : 0);
    if (spec.endsWith(u'~'))
        return QJsonValue(QJsonValue::Null);
    if (spec.contains(u'#'))
        return spec.right(1).toInt();
    if (spec.contains(u'!'))
        return spec.endsWith(u'1');
    return QString();
}

QString stamp(const QDate& day, int hour)
{
    return QDateTime(day, QTime(hour, 0), Qt::UTC).toString(Qt::ISODateWithMs);
}

} // namespace

const std::map<QString, QJsonObject>& DemoDocument::columnDefaults()
{
    static const std::map<QString, QJsonObject> defaults = [] {
        std::map<QString, QJsonObject> result;
        for (const char* line : schemaText) {
            const QString text = QString::fromLatin1(line);
            const qsizetype colon = text.indexOf(u':');
            QJsonObject columns{{QStringLiteral("id"), 0},
                                {QStringLiteral("created_at"), QString()},
                                {QStringLiteral("updated_at"), QString()},
                                {QStringLiteral("version"), 1}};
            for (const QString& spec : text.mid(colon + 1).split(u' ', Qt::SkipEmptyParts)) {
                QString name;
                const QJsonValue value = defaultOf(spec, &name);
                columns.insert(name, value);
            }
            result.emplace(text.left(colon), columns);
        }
        return result;
    }();
    return defaults;
}

DemoDocument::DemoDocument()
{
    for (const auto& [table, columns] : columnDefaults())
        m_rows.emplace(table, QJsonArray());
}

qint64 DemoDocument::add(const QString& table, const QDate& createdOn, const QDate& updatedOn,
                         const QJsonObject& values)
{
    const auto defaults = columnDefaults().find(table);
    Q_ASSERT_X(defaults != columnDefaults().end(), "DemoDocument::add", qPrintable(table));
    QJsonObject row = defaults->second;
    for (auto it = values.begin(); it != values.end(); ++it) {
        Q_ASSERT_X(row.contains(it.key()), "DemoDocument::add", qPrintable(table + u'.' + it.key()));
        row.insert(it.key(), it.value());
    }
    QJsonArray& rows = m_rows[table];
    const qint64 id = rows.size() + 1;
    row.insert(QStringLiteral("id"), id);
    row.insert(QStringLiteral("created_at"), stamp(createdOn, 9));
    row.insert(QStringLiteral("updated_at"), stamp(std::max(createdOn, updatedOn), 17));
    rows.append(row);
    return id;
}

const QJsonArray& DemoDocument::rows(const QString& table) const
{
    static const QJsonArray none;
    const auto it = m_rows.find(table);
    return it == m_rows.end() ? none : it->second;
}

QJsonObject DemoDocument::tables() const
{
    QJsonObject result;
    for (const auto& [table, rows] : m_rows)
        result.insert(table, rows);
    return result;
}

QJsonValue jsonDate(const QDate& date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue jsonDateTime(const QDateTime& dateTime)
{
    return dateTime.isValid() ? QJsonValue(dateTime.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")))
                              : QJsonValue(QJsonValue::Null);
}

QJsonValue jsonRef(qint64 id)
{
    return id > 0 ? QJsonValue(id) : QJsonValue(QJsonValue::Null);
}

} // namespace maillage::demo
