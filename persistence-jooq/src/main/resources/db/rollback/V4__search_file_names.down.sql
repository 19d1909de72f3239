-- Undoes V4__search_file_names.sql: the view without name_key, then the column.

DROP VIEW IF EXISTS searchable_chunk;

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
       c.content_tokens AS content_tokens
FROM index_repository r
JOIN indexed_file f ON f.generation_id = r.active_generation
JOIN chunk c ON c.repository_id = r.id AND c.content_id = f.content_id;

ALTER TABLE indexed_file DROP COLUMN IF EXISTS name_key;

DO $$
BEGIN
    IF to_regclass('flyway_schema_history') IS NOT NULL THEN
        DELETE FROM flyway_schema_history WHERE version = '4';
    END IF;
END $$;
