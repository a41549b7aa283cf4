-- SPDX-License-Identifier: EUPL-1.2
-- Schema 8 (PostgreSQL): the search index materialised. The view of schema 4 folded every row at
-- query time; this table holds the same kind/ref_id/title/body rows, fed by core/storage/SearchIndex
-- inside each write transaction exactly as the SQLite FTS5 table is, plus a stored tsvector with a GIN
-- index. Accents and punctuation are folded by maillage_search_text() before the parser sees the text,
-- so words split as SQLite's unicode61 tokenizer splits them (an e-mail is several words, "Étienne" is
-- "etienne") and no extension (unaccent) is needed. 'simple' lexemes serve prefix matching, as FTS5 does;
-- the prose of agenda items and action sheets also gets 'french' stems (a verb finds its noun). Names of
-- organisations and people get no stems: "Martine" must not find "Martin". Weights tell them apart:
-- A the title's words, B the body's, C the stems, which a stemmed query term alone may match (':C').

CREATE FUNCTION maillage_search_text(value TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN regexp_replace(
    lower(replace(replace(replace(replace(translate(coalesce(value, ''),
        'àâäáãåçéèêëíìîïñóòôöõúùûüýÿÀÂÄÁÃÅÇÉÈÊËÍÌÎÏÑÓÒÔÖÕÚÙÛÜÝŸ',
        'aaaaaaceeeeiiiinooooouuuuyyaaaaaaceeeeiiiinooooouuuuyy'),
        'œ', 'oe'), 'Œ', 'oe'), 'æ', 'ae'), 'Æ', 'ae')),
    '[^0-9a-z\u0100-\u024F\u0370-\u1FFF]+', ' ', 'g');

DROP VIEW search_index;

CREATE TABLE search_index (
    kind TEXT NOT NULL,
    ref_id INTEGER NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL DEFAULT '',
    document tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple'::regconfig, maillage_search_text(title)), 'A') ||
        setweight(to_tsvector('simple'::regconfig, maillage_search_text(body)), 'B') ||
        CASE WHEN kind IN ('agenda_item', 'action_sheet')
             THEN setweight(to_tsvector('french'::regconfig, maillage_search_text(title || ' ' || body)), 'C')
             ELSE ''::tsvector END) STORED
);
CREATE INDEX search_index_document ON search_index USING GIN (document);
CREATE INDEX search_index_ref ON search_index (kind, ref_id);

INSERT INTO search_index(kind, ref_id, title, body)
    SELECT 'organisation', id, name, acronym || ' ' || commune || ' ' || notes FROM organisation;
INSERT INTO search_index(kind, ref_id, title, body)
    SELECT 'contact', id, first_name || ' ' || last_name, job_title || ' ' || email FROM contact;
INSERT INTO search_index(kind, ref_id, title, body)
    SELECT 'agenda_item', id, title, minutes_html FROM agenda_item;
INSERT INTO search_index(kind, ref_id, title, body)
    SELECT 'action_sheet', id, code || ' ' || title,
           context || ' ' || general_objective || ' ' || specific_objectives FROM action_sheet;
