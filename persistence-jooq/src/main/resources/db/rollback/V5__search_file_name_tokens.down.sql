-- Undoes V5__search_file_name_tokens.sql: back to V4's lower-cased file name.

DROP VIEW IF EXISTS searchable_chunk;

DROP INDEX IF EXISTS indexed_file_name_tokens_idx;

ALTER TABLE indexed_file DROP COLUMN IF EXISTS name_tokens;

ALTER TABLE indexed_file
    ADD COLUMN name_key TEXT GENERATED ALWAYS AS (lower(reverse(split_part(reverse(path), '/', 1)))) STORED;

CREATE VIEW searchable_chunk AS
SELECT r.id          AS repository_id,
       r.project_id  AS project_id,
       r.repo_path   AS repo_path,
       f.path        AS path,
       f.language    AS language,
       c.content_id  AS content_id,
       c.ordinal     AS ordinal,
       c.start_line  AS start_line,
       c.end_line    AS end_line,
       c.truncated   AS truncated,
       c.content     AS content,
       c.content_tokens AS content_tokens,
       f.name_key    AS name_key
FROM index_repository r
JOIN indexed_file f ON f.generation_id = r.active_generation
JOIN chunk c ON c.repository_id = r.id AND c.content_id = f.content_id;

DO $$
BEGIN
    IF to_regclass('flyway_schema_history') IS NOT NULL THEN
        DELETE FROM flyway_schema_history WHERE version = '5';
    END IF;
END $$;
