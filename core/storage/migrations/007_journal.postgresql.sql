-- SPDX-License-Identifier: EUPL-1.2
-- Schema 7 (PostgreSQL): the change journal is written by the database itself, so no code path can
-- forget it. One trigger function names the columns an update changed (never their values); the
-- session says who writes (set_config('maillage.user', …), default the role) and bulk work may
-- suspend it (set_config('maillage.journal', 'off', …)). A later table needs its trigger too:
-- a test checks every table of the catalog has one.

CREATE FUNCTION maillage_journal() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    changed TEXT := '';
    row_id BIGINT;
    stamp TEXT := to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"');
BEGIN
    IF coalesce(current_setting('maillage.journal', true), '') = 'off' THEN
        RETURN NULL;
    END IF;
    IF TG_OP = 'UPDATE' THEN
        SELECT coalesce(string_agg(n.key, ',' ORDER BY n.key COLLATE "C"), '') INTO changed
        FROM jsonb_each(to_jsonb(NEW)) AS n
        WHERE n.key NOT IN ('id', 'created_at', 'updated_at', 'version')
          AND n.value IS DISTINCT FROM (to_jsonb(OLD) -> n.key);
        IF changed = '' THEN
            RETURN NULL;
        END IF;
        row_id := NEW.id;
    ELSIF TG_OP = 'INSERT' THEN
        row_id := NEW.id;
    ELSE
        row_id := OLD.id;
    END IF;
    INSERT INTO change_journal (changed_at, user_name, entity, entity_id, action, fields, created_at, updated_at,
                                version)
    VALUES (stamp, coalesce(nullif(current_setting('maillage.user', true), ''), current_user::text), TG_TABLE_NAME,
            row_id, lower(TG_OP), changed, stamp, stamp, 1);
    RETURN NULL;
END
$$;

CREATE TRIGGER journal AFTER INSERT OR UPDATE OR DELETE ON council FOR EACH ROW EXECUTE FUNCTION maillage_journal();
CREATE TRIGGER journal AFTER INSERT OR UPDATE OR DELETE ON council_setting FOR EACH ROW EXECUTE FUNCTION maillage_journal();
CREATE TRIGGER journal AFTER INSERT OR UPDATE OR DELETE ON report_text FOR EACH ROW EXECUTE FUNCTION maillage_journal();
CREATE TRIGGER journal AFTER INSERT OR UPDATE OR DELETE ON situation_purge FOR EACH ROW EXECUTE FUNCTION maillage_journal();
CREATE TRIGGER journal AFTER INSERT OR UPDATE OR DELETE ON commune FOR EACH ROW EXECUTE FUNCTION maillage_journal();
CREATE TRIGGER journal AFTER INSERT OR UPDATE OR DELETE ON psychiatric_sector FOR EACH ROW EXECUTE FUNCTION maillage_journal();
CREATE TRIGGER journal AFTER INSERT OR UPDATE OR DELETE ON sector FOR EACH ROW EXECUTE FUNCTION maillage_journal();
CREATE TRIGGER journal AFTER INSERT OR UPDATE OR DELETE ON organisation FOR EACH ROW EXECUTE FUNCTION maillage_journal();
CREATE TRIGGER journal AFTER INSERT OR UPDATE OR DELETE ON council_partner FOR EACH ROW EXECUTE FUNCTION maillage_journal();
CREATE TRIGGER journal AFTER INSERT OR UPDATE OR DELETE ON contact FOR EACH ROW EXECUTE FUNCTION maillage_journal();
CREATE TRIGGER journal AFTER INSERT OR UPDATE OR DELETE ON affiliation FOR EACH ROW EXECUTE FUNCTION maillage_journal();
CREATE TRIGGER journal AFTER INSERT OR UPDATE OR DELETE ON instance FOR EACH ROW EXECUTE FUNCTION maillage_journal();
CREATE TRIGGER journal AFTER INSERT OR UPDATE OR DELETE ON instance_member FOR EACH ROW EXECUTE FUNCTION maillage_journal();
CREATE TRIGGER journal AFTER INSERT OR UPDATE OR DELETE ON meeting_series FOR EACH ROW EXECUTE FUNCTION maillage_journal();
CREATE TRIGGER journal AFTER INSERT OR UPDATE OR DELETE ON meeting FOR EACH ROW EXECUTE FUNCTION maillage_journal();
CREATE TRIGGER journal AFTER INSERT OR UPDATE OR DELETE ON agenda_item FOR EACH ROW EXECUTE FUNCTION maillage_journal();
CREATE TRIGGER journal AFTER INSERT OR UPDATE OR DELETE ON attendance FOR EACH ROW EXECUTE FUNCTION maillage_journal();
CREATE TRIGGER journal AFTER INSERT OR UPDATE OR DELETE ON decision FOR EACH ROW EXECUTE FUNCTION maillage_journal();
CREATE TRIGGER journal AFTER INSERT OR UPDATE OR DELETE ON meeting_recipient FOR EACH ROW EXECUTE FUNCTION maillage_journal();
CREATE TRIGGER journal AFTER INSERT OR UPDATE OR DELETE ON agenda_template FOR EACH ROW EXECUTE FUNCTION maillage_journal();
CREATE TRIGGER journal AFTER INSERT OR UPDATE OR DELETE ON agenda_template_item FOR EACH ROW EXECUTE FUNCTION maillage_journal();
CREATE TRIGGER journal AFTER INSERT OR UPDATE OR DELETE ON minutes_version FOR EACH ROW EXECUTE FUNCTION maillage_journal();
CREATE TRIGGER journal AFTER INSERT OR UPDATE OR DELETE ON action_plan FOR EACH ROW EXECUTE FUNCTION maillage_journal();
CREATE TRIGGER journal AFTER INSERT OR UPDATE OR DELETE ON axis FOR EACH ROW EXECUTE FUNCTION maillage_journal();
CREATE TRIGGER journal AFTER INSERT OR UPDATE OR DELETE ON action_sheet FOR EACH ROW EXECUTE FUNCTION maillage_journal();
CREATE TRIGGER journal AFTER INSERT OR UPDATE OR DELETE ON action_partner FOR EACH ROW EXECUTE FUNCTION maillage_journal();
CREATE TRIGGER journal AFTER INSERT OR UPDATE OR DELETE ON action_status_change FOR EACH ROW EXECUTE FUNCTION maillage_journal();
CREATE TRIGGER journal AFTER INSERT OR UPDATE OR DELETE ON milestone FOR EACH ROW EXECUTE FUNCTION maillage_journal();
CREATE TRIGGER journal AFTER INSERT OR UPDATE OR DELETE ON budget_line FOR EACH ROW EXECUTE FUNCTION maillage_journal();
CREATE TRIGGER journal AFTER INSERT OR UPDATE OR DELETE ON indicator FOR EACH ROW EXECUTE FUNCTION maillage_journal();
CREATE TRIGGER journal AFTER INSERT OR UPDATE OR DELETE ON indicator_value FOR EACH ROW EXECUTE FUNCTION maillage_journal();
CREATE TRIGGER journal AFTER INSERT OR UPDATE OR DELETE ON follow_up FOR EACH ROW EXECUTE FUNCTION maillage_journal();
CREATE TRIGGER journal AFTER INSERT OR UPDATE OR DELETE ON event FOR EACH ROW EXECUTE FUNCTION maillage_journal();
CREATE TRIGGER journal AFTER INSERT OR UPDATE OR DELETE ON event_partner FOR EACH ROW EXECUTE FUNCTION maillage_journal();
CREATE TRIGGER journal AFTER INSERT OR UPDATE OR DELETE ON situation FOR EACH ROW EXECUTE FUNCTION maillage_journal();
CREATE TRIGGER journal AFTER INSERT OR UPDATE OR DELETE ON situation_review FOR EACH ROW EXECUTE FUNCTION maillage_journal();
CREATE TRIGGER journal AFTER INSERT OR UPDATE OR DELETE ON plan_year_lock FOR EACH ROW EXECUTE FUNCTION maillage_journal();
CREATE TRIGGER journal AFTER INSERT OR UPDATE OR DELETE ON action_sheet_meeting FOR EACH ROW EXECUTE FUNCTION maillage_journal();
