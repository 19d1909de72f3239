-- Text search treats a query word found in a file's name as found in each of the file's chunks, so
-- "hash map resize" finds resize() in HashMap.java although the chunk never says HashMap.
-- name_key is the lower-cased file name (the last path segment); string functions only, so computing
-- it costs the indexer's COPY next to nothing.

ALTER TABLE indexed_file
    ADD COLUMN name_key TEXT GENERATED ALWAYS AS (lower(reverse(split_part(reverse(path), '/', 1)))) STORED;

CREATE OR REPLACE VIEW searchable_chunk AS
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
