-- SPDX-License-Identifier: EUPL-1.2
-- Schema 4 (SQLite): full-text search over names, minutes and fiches with FTS5.
-- Accents are folded (remove_diacritics) so "etienne" finds "Étienne".
-- No triggers: with trusted_schema=OFF SQLite refuses virtual-table writes from triggers,
-- so core/storage/SearchIndex keeps the index in step inside each write transaction.

CREATE VIRTUAL TABLE search_index USING fts5(
    kind UNINDEXED, ref_id UNINDEXED, title, body,
    tokenize = 'unicode61 remove_diacritics 2'
);

INSERT INTO search_index(kind, ref_id, title, body)
    SELECT 'organisation', id, name, acronym || ' ' || commune || ' ' || notes FROM organisation;
INSERT INTO search_index(kind, ref_id, title, body)
    SELECT 'contact', id, first_name || ' ' || last_name, job_title || ' ' || email FROM contact;
INSERT INTO search_index(kind, ref_id, title, body)
    SELECT 'agenda_item', id, title, minutes_html FROM agenda_item;
INSERT INTO search_index(kind, ref_id, title, body)
    SELECT 'action_sheet', id, code || ' ' || title,
           context || ' ' || general_objective || ' ' || specific_objectives FROM action_sheet;
