-- SPDX-License-Identifier: EUPL-1.2
-- Schema 1: councils, their territory, the partner network and the instances.
-- Portable SQL: @ID@ is the dialect's identity primary key; dates are ISO-8601 TEXT,
-- booleans INTEGER 0/1, money INTEGER cents. Every row carries created_at, updated_at, version.

CREATE TABLE council (
    id @ID@,
    name TEXT NOT NULL,
    short_name TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL DEFAULT 'communal',
    created_on TEXT,
    chairs TEXT NOT NULL DEFAULT '',
    coordinator_name TEXT NOT NULL DEFAULT '',
    coordinator_fte_percent INTEGER NOT NULL DEFAULT 0,
    coordinator_employer TEXT NOT NULL DEFAULT '',
    coordinator_funding TEXT NOT NULL DEFAULT '',
    conventions TEXT NOT NULL DEFAULT '',
    situations_enabled INTEGER NOT NULL DEFAULT 0,
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE commune (
    id @ID@,
    council_id INTEGER NOT NULL REFERENCES council(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    insee_code TEXT NOT NULL DEFAULT '',
    population INTEGER NOT NULL DEFAULT 0,
    qpv_count INTEGER NOT NULL DEFAULT 0,
    valid_from TEXT,
    valid_to TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX commune_council ON commune(council_id);

CREATE TABLE psychiatric_sector (
    id @ID@,
    council_id INTEGER NOT NULL REFERENCES council(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    population_kind TEXT NOT NULL DEFAULT 'adult',
    establishment TEXT NOT NULL DEFAULT '',
    valid_from TEXT,
    valid_to TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX psychiatric_sector_council ON psychiatric_sector(council_id);

-- The editable list of partner sectors (élus-collectivités, psychiatrie publique…).
CREATE TABLE sector (
    id @ID@,
    code TEXT NOT NULL UNIQUE,
    label TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0,
    color TEXT NOT NULL DEFAULT '#888888',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE organisation (
    id @ID@,
    name TEXT NOT NULL,
    acronym TEXT NOT NULL DEFAULT '',
    sector_id INTEGER REFERENCES sector(id) ON DELETE RESTRICT,
    org_type TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    postcode TEXT NOT NULL DEFAULT '',
    commune TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    website TEXT NOT NULL DEFAULT '',
    active INTEGER NOT NULL DEFAULT 1,
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX organisation_sector ON organisation(sector_id);
CREATE INDEX organisation_name ON organisation(name);

-- Which councils a shared partner works with.
CREATE TABLE council_partner (
    id @ID@,
    council_id INTEGER NOT NULL REFERENCES council(id) ON DELETE CASCADE,
    organisation_id INTEGER NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
    since TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (council_id, organisation_id)
);

CREATE TABLE contact (
    id @ID@,
    civility TEXT NOT NULL DEFAULT '',
    first_name TEXT NOT NULL DEFAULT '',
    last_name TEXT NOT NULL,
    job_title TEXT NOT NULL DEFAULT '',
    pillar TEXT NOT NULL DEFAULT 'professionnel',
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    mobile TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    legal_basis TEXT NOT NULL DEFAULT 'interet_legitime',
    consent_confirmed_on TEXT,
    charter_signed_on TEXT,
    active INTEGER NOT NULL DEFAULT 1,
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX contact_name ON contact(last_name, first_name);

-- A contact's organisations over time: past attendance stays under the old one.
CREATE TABLE affiliation (
    id @ID@,
    contact_id INTEGER NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
    organisation_id INTEGER NOT NULL REFERENCES organisation(id) ON DELETE RESTRICT,
    job_title TEXT NOT NULL DEFAULT '',
    valid_from TEXT,
    valid_to TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX affiliation_contact ON affiliation(contact_id);
CREATE INDEX affiliation_organisation ON affiliation(organisation_id);

CREATE TABLE instance (
    id @ID@,
    council_id INTEGER NOT NULL REFERENCES council(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    name TEXT NOT NULL,
    theme TEXT NOT NULL DEFAULT '',
    usual_place TEXT NOT NULL DEFAULT '',
    cadence TEXT NOT NULL DEFAULT '',
    quorum INTEGER NOT NULL DEFAULT 0,
    referent_contact_id INTEGER REFERENCES contact(id) ON DELETE SET NULL,
    active INTEGER NOT NULL DEFAULT 1,
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX instance_council ON instance(council_id);

-- Members are a contact or an organisation; chairs are members with role 'chair'.
CREATE TABLE instance_member (
    id @ID@,
    instance_id INTEGER NOT NULL REFERENCES instance(id) ON DELETE CASCADE,
    contact_id INTEGER REFERENCES contact(id) ON DELETE CASCADE,
    organisation_id INTEGER REFERENCES organisation(id) ON DELETE CASCADE,
    role TEXT NOT NULL DEFAULT 'member',
    membership TEXT NOT NULL DEFAULT 'permanent',
    seat TEXT NOT NULL DEFAULT 'titulaire',
    valid_from TEXT,
    valid_to TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    CHECK (contact_id IS NOT NULL OR organisation_id IS NOT NULL)
);
CREATE INDEX instance_member_instance ON instance_member(instance_id);
CREATE INDEX instance_member_contact ON instance_member(contact_id);
CREATE INDEX instance_member_organisation ON instance_member(organisation_id);
