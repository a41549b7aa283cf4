-- SPDX-License-Identifier: EUPL-1.2
-- Schema 5: what the meeting editor and its documents need — confidential agenda items, item kinds
-- (approval of the previous minutes, review of follow-ups), agenda templates per instance, frozen
-- versions of validated minutes, where minutes were approved, and the council's Alsace-Moselle holidays.

ALTER TABLE agenda_item ADD COLUMN confidential INTEGER NOT NULL DEFAULT 0;
ALTER TABLE agenda_item ADD COLUMN item_kind TEXT NOT NULL DEFAULT 'regular';
ALTER TABLE meeting ADD COLUMN minutes_approved_in_meeting_id INTEGER
    REFERENCES meeting(id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE council ADD COLUMN alsace_moselle INTEGER NOT NULL DEFAULT 0;

CREATE TABLE agenda_template (
    id @ID@,
    instance_id INTEGER NOT NULL REFERENCES instance(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX agenda_template_instance ON agenda_template(instance_id);

CREATE TABLE agenda_template_item (
    id @ID@,
    template_id INTEGER NOT NULL REFERENCES agenda_template(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    title TEXT NOT NULL,
    presenter TEXT NOT NULL DEFAULT '',
    duration_minutes INTEGER NOT NULL DEFAULT 0,
    confidential INTEGER NOT NULL DEFAULT 0,
    item_kind TEXT NOT NULL DEFAULT 'regular',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX agenda_template_item_template ON agenda_template_item(template_id);

-- Validating minutes freezes them: a later edit makes a new version, the old ones stay readable.
CREATE TABLE minutes_version (
    id @ID@,
    meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    number INTEGER NOT NULL,
    validated_on TEXT NOT NULL,
    content_html TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (meeting_id, number)
);
