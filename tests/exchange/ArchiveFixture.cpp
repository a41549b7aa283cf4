// SPDX-License-Identifier: EUPL-1.2
#include "tests/exchange/ArchiveFixture.h"

#include "core/exchange/ArchiveWriter.h"
#include "core/storage/ChangeJournal.h"
#include "core/storage/TableCatalog.h"
#include "core/storage/TableRows.h"
#include "tests/support/Catch.h"

#include <QSqlError>
#include <QSqlQuery>

namespace maillage::test {

void execSql(Database& db, const QString& statement)
{
    QSqlQuery query(db.connection());
    if (!query.exec(statement))
        FAIL(statement.toStdString() << ": " << query.lastError().text().toStdString());
}

void insertRow(Database& db, const QString& table, QVariantMap values)
{
    values.insert(QStringLiteral("created_at"), values.value(QStringLiteral("created_at"),
                                                             QStringLiteral("2025-01-02T09:00:00.000Z")));
    values.insert(QStringLiteral("updated_at"), values.value(QStringLiteral("updated_at"),
                                                             QStringLiteral("2025-01-03T10:30:00.250Z")));
    values.insert(QStringLiteral("version"), values.value(QStringLiteral("version"), 1));
    QStringList names;
    QStringList placeholders;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        names << it.key();
        placeholders << u':' + it.key();
    }
    QSqlQuery query(db.connection());
    const QString statement =
        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(table, names.join(u", "), placeholders.join(u", "));
    if (!query.prepare(statement))
        FAIL(statement.toStdString() << ": " << query.lastError().text().toStdString());
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        query.bindValue(u':' + it.key(), it.value());
    if (!query.exec())
        FAIL(table.toStdString() << ": " << query.lastError().text().toStdString());
}

namespace {

using M = QVariantMap;
const QVariant kNull = QVariant(QMetaType::fromType<QString>());
const QVariant kNullId = QVariant(QMetaType::fromType<qint64>());

} // namespace

void populate(Database& db)
{
    journal::Pause pauseJournal(db); // the fixture writes its own journal rows, with fixed ids
    auto row = [&db](const char* table, const M& values) { insertRow(db, QString::fromLatin1(table), values); };
    row("council", {{"id", 1}, {"name", "CLSM de Saint-Étienne"}, {"short_name", "CLSM SE"}, {"kind", "communal"},
                    {"created_on", "2019-03-12"}, {"chairs", "Maire\nChef de pôle"}, {"coordinator_name", "Zoé"},
                    {"coordinator_fte_percent", 80}, {"situations_enabled", 1}, {"notes", "« guillemets » \"quotes\""}});
    row("council", {{"id", 3}, {"name", "CLSM intercommunal"}, {"created_on", kNull}, {"situations_enabled", 0},
                    {"version", 7}});
    row("commune", {{"id", 1}, {"council_id", 1}, {"name", "Saint-Étienne"}, {"insee_code", "42218"},
                    {"population", 173089}, {"qpv_count", 9}, {"valid_from", "2019-01-01"}, {"valid_to", kNull}});
    row("psychiatric_sector", {{"id", 1}, {"council_id", 1}, {"name", "42G01"}, {"population_kind", "child"},
                               {"valid_to", "2024-12-31"}});
    row("sector", {{"id", 1}, {"code", "psy"}, {"label", "Psychiatrie publique"}, {"position", 2}});
    row("sector", {{"id", 2}, {"code", "elus"}, {"label", "Élus"}, {"color", "#ff0000"}});
    row("organisation", {{"id", 1}, {"name", "CHU"}, {"sector_id", 1}, {"active", 1}, {"finess", "420784878"}});
    row("organisation", {{"id", 2}, {"name", "UNAFAM 42"}, {"sector_id", kNullId}, {"active", 0}});
    row("council_partner", {{"id", 1}, {"council_id", 1}, {"organisation_id", 2}, {"since", "2020-06-01"}});
    row("contact", {{"id", 1}, {"first_name", "Aïcha"}, {"last_name", "Benali"}, {"pillar", "psychiatrie"},
                    {"consent_confirmed_on", "2025-02-01"}, {"charter_signed_on", kNull}, {"active", 1}});
    row("contact", {{"id", 2}, {"last_name", "Martin"}, {"active", 0}});
    row("affiliation", {{"id", 1}, {"contact_id", 1}, {"organisation_id", 1}, {"valid_from", "2020-01-01"}});
    row("instance", {{"id", 1}, {"council_id", 1}, {"kind", "copil"}, {"name", "COPIL"}, {"quorum", 5},
                     {"referent_contact_id", 1}, {"active", 1}});
    row("instance", {{"id", 2}, {"council_id", 3}, {"kind", "cellule"}, {"name", "RESAD"},
                     {"referent_contact_id", kNullId}, {"active", 0}});
    row("instance_member", {{"id", 1}, {"instance_id", 1}, {"contact_id", 1}, {"organisation_id", kNullId}});
    row("instance_member", {{"id", 2}, {"instance_id", 1}, {"contact_id", kNullId}, {"organisation_id", 2},
                            {"role", "chair"}});
    row("meeting_series", {{"id", 1}, {"instance_id", 1}, {"rule", "FREQ=MONTHLY;BYDAY=2TU"},
                           {"starts_on", "2025-01-14"}, {"ends_on", kNull}, {"occurrence_count", 12}});
    // Meeting 1 is postponed to meeting 2, inserted after it: the deferred self-reference.
    row("meeting", {{"id", 2}, {"instance_id", 1}, {"series_id", 1}, {"title", "Report"},
                    {"starts_at", "2025-02-18T14:00:00"}, {"ends_at", "2025-02-18T16:00:00"}, {"status", "planned"},
                    {"postponed_to_meeting_id", kNullId}});
    row("meeting", {{"id", 1}, {"instance_id", 1}, {"series_id", kNullId}, {"title", "COPIL de janvier"},
                    {"starts_at", "2025-01-14T14:00:00"}, {"ends_at", kNull}, {"status", "postponed"},
                    {"postponed_to_meeting_id", 2}, {"convocation_sent_on", "2025-01-02"},
                    {"secretary_contact_id", 2}, {"minutes_validated_on", "2025-01-20"}});
    row("meeting", {{"id", 3}, {"instance_id", 2}, {"title", "Cellule"}, {"starts_at", "2025-03-01T09:30:00"}});
    execSql(db, QStringLiteral("UPDATE meeting SET postponed_to_meeting_id = 3 WHERE id = 2"));
    row("agenda_item", {{"id", 1}, {"meeting_id", 1}, {"position", 1}, {"title", "Bilan"},
                        {"duration_minutes", 30}, {"minutes_html", "<p>Échanges</p>"}});
    row("attendance", {{"id", 1}, {"meeting_id", 1}, {"contact_id", 1}, {"organisation_id", 1}, {"is_guest", 0},
                       {"status", "represented"}, {"represented_by_contact_id", 2}, {"proxy_to_contact_id", kNullId}});
    row("attendance", {{"id", 2}, {"meeting_id", 1}, {"contact_id", kNullId}, {"guest_name", "Invité"},
                       {"is_guest", 1}});
    row("decision", {{"id", 1}, {"meeting_id", 1}, {"agenda_item_id", 1}, {"text", "Adopté"}});
    row("decision", {{"id", 2}, {"meeting_id", 1}, {"agenda_item_id", kNullId}, {"text", "Divers"}});
    row("meeting_recipient", {{"id", 1}, {"meeting_id", 1}, {"contact_id", 2}});
    row("agenda_template", {{"id", 1}, {"instance_id", 1}, {"name", "COPIL ordinaire"}});
    row("agenda_template_item", {{"id", 1}, {"template_id", 1}, {"position", 1},
                                 {"title", "Approbation du compte rendu précédent"}, {"duration_minutes", 10},
                                 {"item_kind", "approval"}});
    row("agenda_template_item", {{"id", 2}, {"template_id", 1}, {"position", 2}, {"title", "Situations"},
                                 {"confidential", 1}});
    row("minutes_version", {{"id", 1}, {"meeting_id", 1}, {"number", 1}, {"validated_on", "2025-01-20"},
                            {"content_html", "<h1>COPIL</h1><p>Version validée</p>"}});
    row("action_plan", {{"id", 1}, {"council_id", 1}, {"title", "Plan 2025-2029"}, {"first_year", 2025},
                        {"last_year", 2029}});
    row("axis", {{"id", 1}, {"plan_id", 1}, {"position", 1}, {"code", "A1"}, {"title", "Prévention"}});
    row("action_sheet", {{"id", 1}, {"axis_id", 1}, {"code", "A1.1"}, {"title", "SISM"},
                         {"lead_organisation_id", 1}, {"expected_reach", 300}, {"starts_on", "2025-10-01"},
                         {"ends_on", kNull}});
    row("action_sheet", {{"id", 2}, {"axis_id", 1}, {"code", "A1.2"}, {"title", "PSSM"}, {"carried_from_id", 1}});
    row("action_partner", {{"id", 1}, {"action_sheet_id", 1}, {"organisation_id", 2}, {"role", "financeur"}});
    row("action_status_change", {{"id", 1}, {"action_sheet_id", 1}, {"status", "running"},
                                 {"changed_on", "2025-03-01"}});
    row("milestone", {{"id", 1}, {"action_sheet_id", 1}, {"title", "Programme"}, {"due_on", "2025-09-01"},
                      {"done_on", kNull}});
    row("budget_line", {{"id", 1}, {"action_sheet_id", 1}, {"funder", "FIR/ARS"}, {"year", 2025},
                        {"planned_cents", qint64(1234567)}, {"obtained_cents", 0}, {"spent_cents", -150}});
    row("indicator", {{"id", 1}, {"action_sheet_id", 1}, {"name", "Participants"}, {"baseline", 0.1},
                      {"target", QVariant(QMetaType::fromType<double>())}, {"computed_source", "meetings_held"},
                      {"computed_scope", "instance:1"}, {"cumulative", 1}});
    row("indicator_value", {{"id", 1}, {"indicator_id", 1}, {"period", "2025-T3"}, {"value", 12.5},
                            {"target", 1e-7}, {"breakdown", "{\"elu\":3}"}});
    row("indicator_value", {{"id", 2}, {"indicator_id", 1}, {"period", "2025"}, {"value", 300.0}});
    row("follow_up", {{"id", 1}, {"meeting_id", 1}, {"text", "Envoyer le CR"}, {"owner_contact_id", 1},
                      {"due_on", "2025-01-31"}, {"action_sheet_id", 1}});
    row("event", {{"id", 1}, {"council_id", 1}, {"kind", "sism"}, {"title", "Ciné-débat"},
                  {"starts_on", "2025-10-10"}, {"participant_count", 80}, {"action_sheet_id", 1}});
    row("event_partner", {{"id", 1}, {"event_id", 1}, {"organisation_id", 1}});
    row("situation", {{"id", 1}, {"council_id", 1}, {"pseudonym", "SIT-2025-001"}, {"opened_on", "2025-01-10"},
                      {"closed_on", kNull}});
    row("situation_review", {{"id", 1}, {"situation_id", 1}, {"meeting_id", 3}, {"reviewed_on", "2025-03-01"}});
    row("situation_review", {{"id", 5}, {"situation_id", 1}, {"meeting_id", kNullId}, {"reviewed_on", "2025-04-01"}});
    row("council_setting", {{"id", 1}, {"council_id", 1}, {"key", "identity/signatory"},
                            {"value", "Le Maire,\nAdjointe « santé »"}});
    row("report_text", {{"id", 1}, {"council_id", 1}, {"year", 2025}, {"section", "presidents"},
                        {"body", "Mot des présidents\n\nDeuxième paragraphe."}});
    row("situation_purge", {{"id", 1}, {"council_id", 1}, {"purged_on", "2025-06-30"}, {"situation_count", 3},
                            {"rule", "2 ans après le dernier contact"}});
    row("plan_year_lock", {{"id", 1}, {"plan_id", 1}, {"year", 2025}, {"locked_on", "2026-01-15"}});
    row("action_sheet_meeting", {{"id", 1}, {"action_sheet_id", 1}, {"meeting_id", 1}});
    row("change_journal", {{"id", 1}, {"changed_at", "2025-01-03T10:30:00.250Z"}, {"user_name", "zoe"},
                           {"entity", "meeting"}, {"entity_id", 1}, {"action", "update"},
                           {"fields", "title,place"}});
    row("undo_batch", {{"id", 1}, {"kind", "csv_import"}, {"label", "contacts.csv"}, {"undone_at", kNull}});
    row("undo_batch_item", {{"id", 1}, {"batch_id", 1}, {"position", 1}, {"entity", "contact"}, {"entity_id", 2},
                            {"action", "updated"}, {"before_json", "{\"email\":\"\"}"}});
    // Explicit ids leave PostgreSQL identities behind: realign them as an archive import does, so the
    // next generated id (a journal entry, a new record) does not collide.
    REQUIRE(tablerows::realignIdentities(db).ok());
}

QJsonObject exported(Database& db)
{
    auto archive = archive::exportArchive(db);
    if (!archive.ok())
        FAIL(archive.error().fullText().toStdString());
    return archive.value();
}

qint64 totalRows(Database& db)
{
    auto counts = rowCounts(db);
    REQUIRE(counts.ok());
    qint64 total = 0;
    for (const auto& entry : counts.value())
        total += entry.second;
    return total;
}

} // namespace maillage::test
