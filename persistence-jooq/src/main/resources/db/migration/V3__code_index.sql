-- The code index: repositories, their index generations, the files of each generation and the
-- chunks of each distinct file content.
--
-- Reading rule: only the active generation of a repository is searchable
-- (index_repository.active_generation). A run writes a new generation while the previous one stays
-- active, then switches active_generation in one transaction: a reader sees the old complete index
-- or the new complete one, never a mixture.
--
-- Reuse rule: chunks belong to a file_content row (one per distinct content of a repository), not
-- to a generation. A file that did not change is carried into the next generation by writing one
-- indexed_file row that points at the existing content: no chunk is rewritten.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE index_repository (
    id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    project_id        TEXT        NOT NULL,
    repo_path         TEXT        NOT NULL,
    active_generation BIGINT,
    created_at        TIMESTAMPTZ NOT NULL,
    CONSTRAINT index_repository_project_path_key UNIQUE (project_id, repo_path)
);

CREATE TABLE index_generation (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    repository_id BIGINT      NOT NULL REFERENCES index_repository (id) ON DELETE CASCADE,
    status        TEXT        NOT NULL CHECK (status IN ('building', 'active')),
    started_at    TIMESTAMPTZ NOT NULL,
    published_at  TIMESTAMPTZ,
    file_count    INT,
    chunk_count   INT,
    byte_count    BIGINT
);
CREATE INDEX index_generation_repository_idx ON index_generation (repository_id);

ALTER TABLE index_repository
    ADD CONSTRAINT index_repository_active_generation_fkey
        FOREIGN KEY (active_generation) REFERENCES index_generation (id);

-- One row per distinct file content of a repository (SHA-256 of the raw bytes). Several rows may
-- share a hash after a forced rebuild until the older one is garbage-collected.
CREATE TABLE file_content (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    repository_id BIGINT NOT NULL REFERENCES index_repository (id) ON DELETE CASCADE,
    content_hash  BYTEA  NOT NULL,
    line_count    INT    NOT NULL,
    chunk_count   INT    NOT NULL
);
CREATE INDEX file_content_repository_hash_idx ON file_content (repository_id, content_hash);

-- The files of one generation. modified_ns and size_bytes let the next run skip reading a file
-- whose size and modification time did not change.
CREATE TABLE indexed_file (
    generation_id BIGINT NOT NULL REFERENCES index_generation (id) ON DELETE CASCADE,
    path          TEXT   NOT NULL,
    content_id    BIGINT NOT NULL REFERENCES file_content (id),
    language      TEXT,
    size_bytes    BIGINT NOT NULL,
    modified_ns   BIGINT NOT NULL,
    PRIMARY KEY (generation_id, path)
);
CREATE INDEX indexed_file_content_idx ON indexed_file (content_id);

-- Chunks of whole lines (1-based, inclusive line numbers). One partition per repository: a
-- repository indexed for the first time is bulk-loaded into a detached table whose indexes are
-- built after the load, then attached. content_tokens holds the code-aware tokens of the chunk
-- (identifiers whole and split), computed by the indexer and stored as a tsvector.
CREATE TABLE chunk (
    repository_id  BIGINT   NOT NULL,
    content_id     BIGINT   NOT NULL,
    ordinal        INT      NOT NULL,
    start_line     INT      NOT NULL,
    end_line       INT      NOT NULL,
    truncated      BOOLEAN  NOT NULL,
    content        TEXT     NOT NULL,
    content_tokens TSVECTOR NOT NULL,
    PRIMARY KEY (repository_id, content_id, ordinal)
) PARTITION BY LIST (repository_id);

CREATE INDEX chunk_content_trgm_idx ON chunk USING gin (content gin_trgm_ops);
CREATE INDEX chunk_content_tokens_idx ON chunk USING gin (content_tokens);

-- What search reads: every chunk of the active generation of every repository.
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
