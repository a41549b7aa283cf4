-- SPDX-License-Identifier: EUPL-1.2
-- Schema 2: meetings with their agenda, attendance, decisions and follow-ups.

CREATE TABLE meeting_series (
    id @ID@,
    instance_id INTEGER NOT NULL REFERENCES instance(id) ON DELETE CASCADE,
    rule TEXT NOT NULL,
    holiday_policy TEXT NOT NULL DEFAULT 'next_working_day',
    starts_on TEXT NOT NULL,
    ends_on TEXT,
    occurrence_count INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE meeting (
    id @ID@,
    instance_id INTEGER NOT NULL REFERENCES instance(id) ON DELETE RESTRICT,
    series_id INTEGER REFERENCES meeting_series(id) ON DELETE SET NULL,
    title TEXT NOT NULL DEFAULT '',
    starts_at TEXT NOT NULL,
    ends_at TEXT,
    place TEXT NOT NULL DEFAULT '',
    video_link TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'planned',
    postponed_to_meeting_id INTEGER REFERENCES meeting(id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED,
    convocation_sent_on TEXT,
    secretary_contact_id INTEGER REFERENCES contact(id) ON DELETE SET NULL,
    minutes_kind TEXT NOT NULL DEFAULT 'compte_rendu',
    minutes_status TEXT NOT NULL DEFAULT 'draft',
    minutes_validated_on TEXT,
    minutes_distributed_on TEXT,
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX meeting_instance ON meeting(instance_id, starts_at);
CREATE INDEX meeting_starts ON meeting(starts_at);

CREATE TABLE agenda_item (
    id @ID@,
    meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    title TEXT NOT NULL,
    presenter TEXT NOT NULL DEFAULT '',
    duration_minutes INTEGER NOT NULL DEFAULT 0,
    minutes_html TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX agenda_item_meeting ON agenda_item(meeting_id, position);

-- One row per person expected or present. A guest has no contact, only a name.
CREATE TABLE attendance (
    id @ID@,
    meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    contact_id INTEGER REFERENCES contact(id) ON DELETE CASCADE,
    organisation_id INTEGER REFERENCES organisation(id) ON DELETE SET NULL,
    guest_name TEXT NOT NULL DEFAULT '',
    is_guest INTEGER NOT NULL DEFAULT 0,
    status TEXT NOT NULL DEFAULT 'present',
    represented_by_contact_id INTEGER REFERENCES contact(id) ON DELETE SET NULL,
    proxy_to_contact_id INTEGER REFERENCES contact(id) ON DELETE SET NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    CHECK (contact_id IS NOT NULL OR guest_name <> '')
);
CREATE INDEX attendance_meeting ON attendance(meeting_id);
CREATE INDEX attendance_contact ON attendance(contact_id);
CREATE INDEX attendance_organisation ON attendance(organisation_id);

CREATE TABLE decision (
    id @ID@,
    meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    agenda_item_id INTEGER REFERENCES agenda_item(id) ON DELETE SET NULL,
    position INTEGER NOT NULL DEFAULT 0,
    text TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX decision_meeting ON decision(meeting_id);

CREATE TABLE meeting_recipient (
    id @ID@,
    meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    contact_id INTEGER NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (meeting_id, contact_id)
);
