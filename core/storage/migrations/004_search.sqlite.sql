-- SPDX-License-Identifier: EUPL-1.2
-- Schema 4 (SQLite): full-text search over names, minutes and fiches with FTS5.
-- Accents are folded (remove_diacritics) so "etienne" finds "Étienne".
-- Kept in step by triggers so every writer, including archive import, feeds it.

CREATE VIRTUAL TABLE search_index USING fts5(
    kind UNINDEXED, ref_id UNINDEXED, title, body,
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER organisation_search_ai AFTER INSERT ON organisation BEGIN
    INSERT INTO search_index(kind, ref_id, title, body)
    VALUES ('organisation', new.id, new.name, new.acronym || ' ' || new.commune || ' ' || new.notes);
END;
CREATE TRIGGER organisation_search_au AFTER UPDATE ON organisation BEGIN
    DELETE FROM search_index WHERE kind = 'organisation' AND ref_id = old.id;
    INSERT INTO search_index(kind, ref_id, title, body)
    VALUES ('organisation', new.id, new.name, new.acronym || ' ' || new.commune || ' ' || new.notes);
END;
CREATE TRIGGER organisation_search_ad AFTER DELETE ON organisation BEGIN
    DELETE FROM search_index WHERE kind = 'organisation' AND ref_id = old.id;
END;

CREATE TRIGGER contact_search_ai AFTER INSERT ON contact BEGIN
    INSERT INTO search_index(kind, ref_id, title, body)
    VALUES ('contact', new.id, new.first_name || ' ' || new.last_name, new.job_title || ' ' || new.email);
END;
CREATE TRIGGER contact_search_au AFTER UPDATE ON contact BEGIN
    DELETE FROM search_index WHERE kind = 'contact' AND ref_id = old.id;
    INSERT INTO search_index(kind, ref_id, title, body)
    VALUES ('contact', new.id, new.first_name || ' ' || new.last_name, new.job_title || ' ' || new.email);
END;
CREATE TRIGGER contact_search_ad AFTER DELETE ON contact BEGIN
    DELETE FROM search_index WHERE kind = 'contact' AND ref_id = old.id;
END;

CREATE TRIGGER agenda_item_search_ai AFTER INSERT ON agenda_item BEGIN
    INSERT INTO search_index(kind, ref_id, title, body)
    VALUES ('agenda_item', new.id, new.title, new.minutes_html);
END;
CREATE TRIGGER agenda_item_search_au AFTER UPDATE ON agenda_item BEGIN
    DELETE FROM search_index WHERE kind = 'agenda_item' AND ref_id = old.id;
    INSERT INTO search_index(kind, ref_id, title, body)
    VALUES ('agenda_item', new.id, new.title, new.minutes_html);
END;
CREATE TRIGGER agenda_item_search_ad AFTER DELETE ON agenda_item BEGIN
    DELETE FROM search_index WHERE kind = 'agenda_item' AND ref_id = old.id;
END;

CREATE TRIGGER action_sheet_search_ai AFTER INSERT ON action_sheet BEGIN
    INSERT INTO search_index(kind, ref_id, title, body)
    VALUES ('action_sheet', new.id, new.code || ' ' || new.title,
            new.context || ' ' || new.general_objective || ' ' || new.specific_objectives);
END;
CREATE TRIGGER action_sheet_search_au AFTER UPDATE ON action_sheet BEGIN
    DELETE FROM search_index WHERE kind = 'action_sheet' AND ref_id = old.id;
    INSERT INTO search_index(kind, ref_id, title, body)
    VALUES ('action_sheet', new.id, new.code || ' ' || new.title,
            new.context || ' ' || new.general_objective || ' ' || new.specific_objectives);
END;
CREATE TRIGGER action_sheet_search_ad AFTER DELETE ON action_sheet BEGIN
    DELETE FROM search_index WHERE kind = 'action_sheet' AND ref_id = old.id;
END;

INSERT INTO search_index(kind, ref_id, title, body)
    SELECT 'organisation', id, name, acronym || ' ' || commune || ' ' || notes FROM organisation;
INSERT INTO search_index(kind, ref_id, title, body)
    SELECT 'contact', id, first_name || ' ' || last_name, job_title || ' ' || email FROM contact;
INSERT INTO search_index(kind, ref_id, title, body)
    SELECT 'agenda_item', id, title, minutes_html FROM agenda_item;
INSERT INTO search_index(kind, ref_id, title, body)
    SELECT 'action_sheet', id, code || ' ' || title,
           context || ' ' || general_objective || ' ' || specific_objectives FROM action_sheet;
