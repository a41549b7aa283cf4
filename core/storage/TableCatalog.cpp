// SPDX-License-Identifier: EUPL-1.2
#include "core/storage/TableCatalog.h"

#include "core/storage/Database.h"
#include "core/storage/SqlQuery.h"

#include <QCoreApplication>
#include <QStringList>

#include <initializer_list>

namespace maillage {

namespace {

using T = ColumnType;

QJsonValue plainDefault(ColumnType type)
{
    switch (type) {
    case T::Integer:
    case T::Real:
    case T::Cents:
        return 0;
    case T::Bool:
        return false;
    default:
        return QString();
    }
}

ColumnSpec req(const char* name, ColumnType type = T::Text)
{
    return {QString::fromLatin1(name), type, false, {}, plainDefault(type)};
}

// A NOT NULL column with a DEFAULT of its own in the schema.
ColumnSpec def(const char* name, QJsonValue value, ColumnType type = T::Text)
{
    return {QString::fromLatin1(name), type, false, {}, std::move(value)};
}

ColumnSpec opt(const char* name, ColumnType type = T::Text)
{
    return {QString::fromLatin1(name), type, true, {}, QJsonValue(QJsonValue::Null)};
}

ColumnSpec ref(const char* name, const char* table)
{
    return {QString::fromLatin1(name), T::Integer, false, QString::fromLatin1(table), 0};
}

ColumnSpec optRef(const char* name, const char* table)
{
    return {QString::fromLatin1(name), T::Integer, true, QString::fromLatin1(table), QJsonValue(QJsonValue::Null)};
}

// A column added by a later migration (ALTER TABLE … ADD COLUMN puts it after the bookkeeping).
ColumnSpec since(int version, ColumnSpec column)
{
    column.since = version;
    return column;
}

TableSpec since(int version, TableSpec table)
{
    table.since = version;
    return table;
}

// Every table starts with id, then its columns, then the record bookkeeping columns, then
// the columns later migrations added.
TableSpec table(const char* name, std::initializer_list<ColumnSpec> columns,
                std::initializer_list<ColumnSpec> added = {})
{
    TableSpec spec{QString::fromLatin1(name), {}};
    spec.columns.push_back(req("id", T::Integer));
    spec.columns.insert(spec.columns.end(), columns);
    spec.columns.push_back(req("created_at", T::Timestamp));
    spec.columns.push_back(req("updated_at", T::Timestamp));
    spec.columns.push_back(def("version", 1, T::Integer));
    spec.columns.insert(spec.columns.end(), added);
    return spec;
}

std::vector<TableSpec> buildCatalog()
{
    return {
        // 001_network.sql
        table("council",
              {req("name"), req("short_name"), def("kind", QStringLiteral("communal")), opt("created_on", T::Date),
               req("chairs"), req("coordinator_name"), req("coordinator_fte_percent", T::Integer),
               req("coordinator_employer"), req("coordinator_funding"), req("conventions"),
               req("situations_enabled", T::Bool), req("notes")},
              {since(5, def("alsace_moselle", false, T::Bool))}),
        // 006_settings_and_journal.sql (council-level tables right after their council)
        since(6, table("council_setting", {ref("council_id", "council"), req("key"), req("value")})),
        since(6, table("report_text",
                       {ref("council_id", "council"), req("year", T::Integer), req("section"), req("body")})),
        since(6, table("situation_purge", {ref("council_id", "council"), req("purged_on", T::Date),
                                           req("situation_count", T::Integer), req("rule")})),
        table("commune", {ref("council_id", "council"), req("name"), req("insee_code"), req("population", T::Integer),
                          req("qpv_count", T::Integer), opt("valid_from", T::Date), opt("valid_to", T::Date)}),
        table("psychiatric_sector",
              {ref("council_id", "council"), req("name"), def("population_kind", QStringLiteral("adult")),
               req("establishment"), opt("valid_from", T::Date), opt("valid_to", T::Date)}),
        table("sector",
              {req("code"), req("label"), req("position", T::Integer), def("color", QStringLiteral("#888888"))}),
        table("organisation", {req("name"), req("acronym"), optRef("sector_id", "sector"), req("org_type"),
                               req("address"), req("postcode"), req("commune"), req("phone"), req("email"),
                               req("website"), def("active", true, T::Bool), req("notes")},
                              {since(6, req("siret")), since(6, req("finess"))}),
        table("council_partner",
              {ref("council_id", "council"), ref("organisation_id", "organisation"), opt("since", T::Date)}),
        table("contact", {req("civility"), req("first_name"), req("last_name"), req("job_title"),
                          def("pillar", QStringLiteral("professionnel")), req("email"), req("phone"), req("mobile"),
                          req("address"), def("legal_basis", QStringLiteral("interet_legitime")),
                          opt("consent_confirmed_on", T::Date), opt("charter_signed_on", T::Date),
                          def("active", true, T::Bool), req("notes")},
                         {since(6, opt("erased_on", T::Date))}),
        table("affiliation", {ref("contact_id", "contact"), ref("organisation_id", "organisation"), req("job_title"),
                              opt("valid_from", T::Date), opt("valid_to", T::Date)}),
        table("instance", {ref("council_id", "council"), req("kind"), req("name"), req("theme"), req("usual_place"),
                           req("cadence"), req("quorum", T::Integer), optRef("referent_contact_id", "contact"),
                           def("active", true, T::Bool), req("notes")}),
        table("instance_member",
              {ref("instance_id", "instance"), optRef("contact_id", "contact"),
               optRef("organisation_id", "organisation"), def("role", QStringLiteral("member")),
               def("membership", QStringLiteral("permanent")), def("seat", QStringLiteral("titulaire")),
               opt("valid_from", T::Date), opt("valid_to", T::Date)}),
        // 002_meetings.sql
        table("meeting_series",
              {ref("instance_id", "instance"), req("rule"), def("holiday_policy", QStringLiteral("next_working_day")),
               req("starts_on", T::Date), opt("ends_on", T::Date), req("occurrence_count", T::Integer)}),
        table("meeting",
              {ref("instance_id", "instance"), optRef("series_id", "meeting_series"), req("title"),
               req("starts_at", T::DateTime), opt("ends_at", T::DateTime), req("place"), req("video_link"),
               def("status", QStringLiteral("planned")), optRef("postponed_to_meeting_id", "meeting"),
               opt("convocation_sent_on", T::Date), optRef("secretary_contact_id", "contact"),
               def("minutes_kind", QStringLiteral("compte_rendu")), def("minutes_status", QStringLiteral("draft")),
               opt("minutes_validated_on", T::Date), opt("minutes_distributed_on", T::Date), req("notes")},
              {since(5, optRef("minutes_approved_in_meeting_id", "meeting"))}),
        table("agenda_item",
              {ref("meeting_id", "meeting"), req("position", T::Integer), req("title"), req("presenter"),
               req("duration_minutes", T::Integer), req("minutes_html")},
              {since(5, def("confidential", false, T::Bool)), since(5, def("item_kind", QStringLiteral("regular")))}),
        table("attendance",
              {ref("meeting_id", "meeting"), optRef("contact_id", "contact"), optRef("organisation_id", "organisation"),
               req("guest_name"), req("is_guest", T::Bool), def("status", QStringLiteral("present")),
               optRef("represented_by_contact_id", "contact"), optRef("proxy_to_contact_id", "contact")}),
        table("decision", {ref("meeting_id", "meeting"), optRef("agenda_item_id", "agenda_item"),
                           req("position", T::Integer), req("text")}),
        table("meeting_recipient", {ref("meeting_id", "meeting"), ref("contact_id", "contact")}),
        // 005_meetings_in_depth.sql
        since(5, table("agenda_template", {ref("instance_id", "instance"), req("name")})),
        since(5, table("agenda_template_item",
                       {ref("template_id", "agenda_template"), req("position", T::Integer), req("title"),
                        req("presenter"), req("duration_minutes", T::Integer), def("confidential", false, T::Bool),
                        def("item_kind", QStringLiteral("regular"))})),
        since(5, table("minutes_version", {ref("meeting_id", "meeting"), req("number", T::Integer),
                                           req("validated_on", T::Date), req("content_html")})),
        // 003_action_plan.sql
        table("action_plan", {ref("council_id", "council"), req("title"), req("first_year", T::Integer),
                              req("last_year", T::Integer)}),
        table("axis", {ref("plan_id", "action_plan"), req("position", T::Integer), req("code"), req("title"),
                       req("description")}),
        table("action_sheet",
              {ref("axis_id", "axis"), req("code"), req("title"), req("context"), req("general_objective"),
               req("specific_objectives"), optRef("lead_organisation_id", "organisation"), req("target_public"),
               req("expected_reach", T::Integer), req("territory"), opt("starts_on", T::Date), opt("ends_on", T::Date),
               def("status", QStringLiteral("planned"))},
              {since(6, optRef("carried_from_id", "action_sheet"))}),
        table("action_partner", {ref("action_sheet_id", "action_sheet"), ref("organisation_id", "organisation"),
                                 def("role", QStringLiteral("partenaire"))}),
        table("action_status_change",
              {ref("action_sheet_id", "action_sheet"), req("status"), req("changed_on", T::Date), req("comment")}),
        table("milestone",
              {ref("action_sheet_id", "action_sheet"), req("title"), opt("due_on", T::Date), opt("done_on", T::Date)}),
        table("budget_line",
              {ref("action_sheet_id", "action_sheet"), req("funder"), req("year", T::Integer),
               req("planned_cents", T::Cents), req("obtained_cents", T::Cents), req("spent_cents", T::Cents)}),
        table("indicator", {ref("action_sheet_id", "action_sheet"), req("name"), def("kind", QStringLiteral("process")),
                            req("unit"), req("data_source"), opt("baseline", T::Real), opt("target", T::Real)},
                        {since(6, req("computed_source")), since(6, req("computed_scope")),
                         since(6, def("cumulative", false, T::Bool))}),
        table("indicator_value",
              {ref("indicator_id", "indicator"), req("period"), req("value", T::Real), opt("target", T::Real)},
              {since(6, req("breakdown"))}),
        table("follow_up", {ref("meeting_id", "meeting"), req("text"), optRef("owner_contact_id", "contact"),
                            opt("due_on", T::Date), def("status", QStringLiteral("open")), opt("done_on", T::Date),
                            optRef("action_sheet_id", "action_sheet")}),
        table("event", {ref("council_id", "council"), def("kind", QStringLiteral("other")), req("title"), req("theme"),
                        req("starts_on", T::Date), opt("ends_on", T::Date), req("place"), req("audience"),
                        req("participant_count", T::Integer), req("training_module"), req("trainers"),
                        req("people_trained", T::Integer), optRef("action_sheet_id", "action_sheet"), req("notes")}),
        table("event_partner", {ref("event_id", "event"), ref("organisation_id", "organisation")}),
        table("situation",
              {ref("council_id", "council"), req("pseudonym"), req("referral_sector"), req("opened_on", T::Date),
               opt("last_contact_on", T::Date), req("categories"), req("outcome"), opt("consent_on", T::Date),
               req("consent_how"), req("consent_scope"), opt("closed_on", T::Date)}),
        table("situation_review",
              {ref("situation_id", "situation"), optRef("meeting_id", "meeting"), req("reviewed_on", T::Date)}),
        since(6, table("plan_year_lock",
                       {ref("plan_id", "action_plan"), req("year", T::Integer), req("locked_on", T::Date)})),
        since(6, table("action_sheet_meeting",
                       {ref("action_sheet_id", "action_sheet"), ref("meeting_id", "meeting")})),
        since(6, table("change_journal", {req("changed_at", T::Timestamp), req("user_name"), req("entity"),
                                          req("entity_id", T::Integer), req("action"), req("fields")})),
        since(6, table("undo_batch", {req("kind"), req("label"), opt("undone_at", T::Timestamp)})),
        since(6, table("undo_batch_item", {ref("batch_id", "undo_batch"), req("position", T::Integer), req("entity"),
                                           req("entity_id", T::Integer), req("action"), req("before_json")})),
    };
}

} // namespace

const ColumnSpec* TableSpec::column(const QString& name) const
{
    for (const ColumnSpec& spec : columns) {
        if (spec.name == name)
            return &spec;
    }
    return nullptr;
}

const std::vector<TableSpec>& TableCatalog::tables()
{
    static const std::vector<TableSpec> catalog = [] {
        std::vector<TableSpec> tables = buildCatalog();
        // The schema version that created each table of migrations 002 and 003.
        const QStringList second{QStringLiteral("meeting_series"), QStringLiteral("meeting"),
                                 QStringLiteral("agenda_item"),    QStringLiteral("attendance"),
                                 QStringLiteral("decision"),       QStringLiteral("meeting_recipient")};
        const QStringList third{QStringLiteral("action_plan"),
                                QStringLiteral("axis"),
                                QStringLiteral("action_sheet"),
                                QStringLiteral("action_partner"),
                                QStringLiteral("action_status_change"),
                                QStringLiteral("milestone"),
                                QStringLiteral("budget_line"),
                                QStringLiteral("indicator"),
                                QStringLiteral("indicator_value"),
                                QStringLiteral("follow_up"),
                                QStringLiteral("event"),
                                QStringLiteral("event_partner"),
                                QStringLiteral("situation"),
                                QStringLiteral("situation_review")};
        for (TableSpec& table : tables) {
            if (second.contains(table.name))
                table.since = 2;
            else if (third.contains(table.name))
                table.since = 3;
        }
        return tables;
    }();
    return catalog;
}

const TableSpec* TableCatalog::find(const QString& name)
{
    for (const TableSpec& spec : tables()) {
        if (spec.name == name)
            return &spec;
    }
    return nullptr;
}

QString TableCatalog::typeName(ColumnType type)
{
    switch (type) {
    case T::Integer:
        return QStringLiteral("integer");
    case T::Real:
        return QStringLiteral("real");
    case T::Text:
        return QStringLiteral("text");
    case T::Date:
        return QStringLiteral("date");
    case T::DateTime:
        return QStringLiteral("datetime");
    case T::Timestamp:
        return QStringLiteral("timestamp");
    case T::Bool:
        return QStringLiteral("bool");
    case T::Cents:
        return QStringLiteral("cents");
    }
    return {};
}

QString TableCatalog::sqlType(ColumnType type)
{
    switch (type) {
    case T::Integer:
    case T::Bool:
    case T::Cents:
        return QStringLiteral("INTEGER");
    case T::Real:
        return QStringLiteral("DOUBLE PRECISION");
    case T::Text:
    case T::Date:
    case T::DateTime:
    case T::Timestamp:
        return QStringLiteral("TEXT");
    }
    return {};
}

Result<std::vector<std::pair<QString, qint64>>> rowCounts(Database& db)
{
    std::vector<std::pair<QString, qint64>> counts;
    for (const TableSpec& spec : TableCatalog::tables()) {
        if (spec.since > db.schemaVersion())
            continue; // an older database does not have it yet
        // Table names come from the catalog, never from input.
        SqlQuery query(db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(spec.name));
        const QString what =
            QCoreApplication::translate("maillage::TableCatalog", "count the records of %1").arg(spec.name);
        if (Status status = query.exec(what); !status.ok())
            return status.error();
        counts.emplace_back(spec.name, query.next() ? query.value(0).toLongLong() : 0);
    }
    return counts;
}

} // namespace maillage
