-- SPDX-License-Identifier: EUPL-1.2
-- Schema 6: the council's own settings, the report's free texts, the change journal, reversible
-- batches (imports and merges can be undone as one), the cellule's purge log, computed indicators and
-- locked reporting years, erased contacts, national identifiers of organisations, fiches carried over
-- to a new plan and the meetings that worked on a fiche.

CREATE TABLE council_setting (
    id @ID@,
    council_id INTEGER NOT NULL REFERENCES council(id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    value TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (council_id, key)
);

-- Le mot des présidents, synthèse, bilan, perspectives… written per council and year.
CREATE TABLE report_text (
    id @ID@,
    council_id INTEGER NOT NULL REFERENCES council(id) ON DELETE CASCADE,
    year INTEGER NOT NULL,
    section TEXT NOT NULL,
    body TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (council_id, year, section)
);

-- Who changed what and when: field names only, never the values (minutes may be confidential).
CREATE TABLE change_journal (
    id @ID@,
    changed_at TEXT NOT NULL,
    user_name TEXT NOT NULL DEFAULT '',
    entity TEXT NOT NULL,
    entity_id INTEGER NOT NULL DEFAULT 0,
    action TEXT NOT NULL,
    fields TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX change_journal_entity ON change_journal(entity, entity_id);
CREATE INDEX change_journal_changed ON change_journal(changed_at);

-- An import or a merge, recorded so that it can be undone as one batch.
CREATE TABLE undo_batch (
    id @ID@,
    kind TEXT NOT NULL,
    label TEXT NOT NULL DEFAULT '',
    undone_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE undo_batch_item (
    id @ID@,
    batch_id INTEGER NOT NULL REFERENCES undo_batch(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    entity TEXT NOT NULL,
    entity_id INTEGER NOT NULL DEFAULT 0,
    action TEXT NOT NULL,
    before_json TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX undo_batch_item_batch ON undo_batch_item(batch_id);

-- The cellule's situations are purged two years after the last contact; the purge leaves a count.
CREATE TABLE situation_purge (
    id @ID@,
    council_id INTEGER NOT NULL REFERENCES council(id) ON DELETE CASCADE,
    purged_on TEXT NOT NULL,
    situation_count INTEGER NOT NULL DEFAULT 0,
    rule TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);

-- A reported year: its indicator values no longer change until it is unlocked.
CREATE TABLE plan_year_lock (
    id @ID@,
    plan_id INTEGER NOT NULL REFERENCES action_plan(id) ON DELETE CASCADE,
    year INTEGER NOT NULL,
    locked_on TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (plan_id, year)
);

ALTER TABLE indicator ADD COLUMN computed_source TEXT NOT NULL DEFAULT '';
ALTER TABLE indicator ADD COLUMN computed_scope TEXT NOT NULL DEFAULT '';
ALTER TABLE indicator ADD COLUMN cumulative INTEGER NOT NULL DEFAULT 0;
ALTER TABLE indicator_value ADD COLUMN breakdown TEXT NOT NULL DEFAULT '';
ALTER TABLE contact ADD COLUMN erased_on TEXT;
ALTER TABLE organisation ADD COLUMN siret TEXT NOT NULL DEFAULT '';
ALTER TABLE organisation ADD COLUMN finess TEXT NOT NULL DEFAULT '';
ALTER TABLE action_sheet ADD COLUMN carried_from_id INTEGER
    REFERENCES action_sheet(id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED;

-- Meetings that worked on a fiche (listed on the fiche; deleting the fiche keeps them as text).
CREATE TABLE action_sheet_meeting (
    id @ID@,
    action_sheet_id INTEGER NOT NULL REFERENCES action_sheet(id) ON DELETE CASCADE,
    meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (action_sheet_id, meeting_id)
);
CREATE INDEX action_sheet_meeting_meeting ON action_sheet_meeting(meeting_id);
