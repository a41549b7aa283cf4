-- SPDX-License-Identifier: EUPL-1.2
-- Schema 4 (PostgreSQL): the same search as a view over the source tables, matched with
-- to_tsvector('french', unaccent-free simple folding) at query time. A later schema can
-- materialise it with generated tsvector columns and GIN indexes when volumes need it.

CREATE VIEW search_index AS
    SELECT 'organisation' AS kind, id AS ref_id, name AS title,
           acronym || ' ' || commune || ' ' || notes AS body FROM organisation
    UNION ALL
    SELECT 'contact', id, first_name || ' ' || last_name, job_title || ' ' || email FROM contact
    UNION ALL
    SELECT 'agenda_item', id, title, minutes_html FROM agenda_item
    UNION ALL
    SELECT 'action_sheet', id, code || ' ' || title,
           context || ' ' || general_objective || ' ' || specific_objectives FROM action_sheet;
