-- SPDX-License-Identifier: EUPL-1.2
-- Schema 3: action plan (axes, fiches actions, indicators, budgets), follow-ups, events, situations.

CREATE TABLE action_plan (
    id @ID@,
    council_id INTEGER NOT NULL REFERENCES council(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    first_year INTEGER NOT NULL,
    last_year INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE axis (
    id @ID@,
    plan_id INTEGER NOT NULL REFERENCES action_plan(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    code TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX axis_plan ON axis(plan_id);

CREATE TABLE action_sheet (
    id @ID@,
    axis_id INTEGER NOT NULL REFERENCES axis(id) ON DELETE RESTRICT,
    code TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL,
    context TEXT NOT NULL DEFAULT '',
    general_objective TEXT NOT NULL DEFAULT '',
    specific_objectives TEXT NOT NULL DEFAULT '',
    lead_organisation_id INTEGER REFERENCES organisation(id) ON DELETE SET NULL,
    target_public TEXT NOT NULL DEFAULT '',
    expected_reach INTEGER NOT NULL DEFAULT 0,
    territory TEXT NOT NULL DEFAULT '',
    starts_on TEXT,
    ends_on TEXT,
    status TEXT NOT NULL DEFAULT 'planned',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX action_sheet_axis ON action_sheet(axis_id);

CREATE TABLE action_partner (
    id @ID@,
    action_sheet_id INTEGER NOT NULL REFERENCES action_sheet(id) ON DELETE CASCADE,
    organisation_id INTEGER NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
    role TEXT NOT NULL DEFAULT 'partenaire',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (action_sheet_id, organisation_id, role)
);

CREATE TABLE action_status_change (
    id @ID@,
    action_sheet_id INTEGER NOT NULL REFERENCES action_sheet(id) ON DELETE CASCADE,
    status TEXT NOT NULL,
    changed_on TEXT NOT NULL,
    comment TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE milestone (
    id @ID@,
    action_sheet_id INTEGER NOT NULL REFERENCES action_sheet(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    due_on TEXT,
    done_on TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE budget_line (
    id @ID@,
    action_sheet_id INTEGER NOT NULL REFERENCES action_sheet(id) ON DELETE CASCADE,
    funder TEXT NOT NULL,
    year INTEGER NOT NULL,
    planned_cents INTEGER NOT NULL DEFAULT 0,
    obtained_cents INTEGER NOT NULL DEFAULT 0,
    spent_cents INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX budget_line_sheet ON budget_line(action_sheet_id);

CREATE TABLE indicator (
    id @ID@,
    action_sheet_id INTEGER NOT NULL REFERENCES action_sheet(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'process',
    unit TEXT NOT NULL DEFAULT '',
    data_source TEXT NOT NULL DEFAULT '',
    baseline DOUBLE PRECISION,
    target DOUBLE PRECISION,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX indicator_sheet ON indicator(action_sheet_id);

CREATE TABLE indicator_value (
    id @ID@,
    indicator_id INTEGER NOT NULL REFERENCES indicator(id) ON DELETE CASCADE,
    period TEXT NOT NULL,
    value DOUBLE PRECISION NOT NULL,
    target DOUBLE PRECISION,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (indicator_id, period)
);

CREATE TABLE follow_up (
    id @ID@,
    meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    owner_contact_id INTEGER REFERENCES contact(id) ON DELETE SET NULL,
    due_on TEXT,
    status TEXT NOT NULL DEFAULT 'open',
    done_on TEXT,
    action_sheet_id INTEGER REFERENCES action_sheet(id) ON DELETE SET NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX follow_up_meeting ON follow_up(meeting_id);
CREATE INDEX follow_up_due ON follow_up(status, due_on);

CREATE TABLE event (
    id @ID@,
    council_id INTEGER NOT NULL REFERENCES council(id) ON DELETE CASCADE,
    kind TEXT NOT NULL DEFAULT 'other',
    title TEXT NOT NULL,
    theme TEXT NOT NULL DEFAULT '',
    starts_on TEXT NOT NULL,
    ends_on TEXT,
    place TEXT NOT NULL DEFAULT '',
    audience TEXT NOT NULL DEFAULT '',
    participant_count INTEGER NOT NULL DEFAULT 0,
    training_module TEXT NOT NULL DEFAULT '',
    trainers TEXT NOT NULL DEFAULT '',
    people_trained INTEGER NOT NULL DEFAULT 0,
    action_sheet_id INTEGER REFERENCES action_sheet(id) ON DELETE SET NULL,
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX event_council ON event(council_id, starts_on);

CREATE TABLE event_partner (
    id @ID@,
    event_id INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
    organisation_id INTEGER NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (event_id, organisation_id)
);

-- Cellule de situations: pseudonymous by construction, no column for a name.
CREATE TABLE situation (
    id @ID@,
    council_id INTEGER NOT NULL REFERENCES council(id) ON DELETE CASCADE,
    pseudonym TEXT NOT NULL UNIQUE,
    referral_sector TEXT NOT NULL DEFAULT '',
    opened_on TEXT NOT NULL,
    last_contact_on TEXT,
    categories TEXT NOT NULL DEFAULT '',
    outcome TEXT NOT NULL DEFAULT '',
    consent_on TEXT,
    consent_how TEXT NOT NULL DEFAULT '',
    consent_scope TEXT NOT NULL DEFAULT '',
    closed_on TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE situation_review (
    id @ID@,
    situation_id INTEGER NOT NULL REFERENCES situation(id) ON DELETE CASCADE,
    meeting_id INTEGER REFERENCES meeting(id) ON DELETE SET NULL,
    reviewed_on TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
