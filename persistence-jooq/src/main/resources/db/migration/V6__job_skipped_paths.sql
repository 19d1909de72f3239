-- The files and directories a completed indexing job left out, with the reason, so status can
-- list them: an unreadable directory or ignore file shortens the listing, and the published index
-- then lacks those files. At most a few hundred rows per job (the indexer caps the list); the rows
-- go with their job.
CREATE TABLE indexing_job_skipped_path (
    job_id    UUID    NOT NULL REFERENCES indexing_jobs (id) ON DELETE CASCADE,
    ordinal   INTEGER NOT NULL,
    path      TEXT    NOT NULL,
    directory BOOLEAN NOT NULL,
    reason    TEXT    NOT NULL,
    PRIMARY KEY (job_id, ordinal)
);
