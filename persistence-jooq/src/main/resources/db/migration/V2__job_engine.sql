-- What the job engine needs on top of the original table: cancellation, progress, leases and retries.

ALTER TABLE indexing_jobs DROP CONSTRAINT indexing_jobs_status_check;
ALTER TABLE indexing_jobs ADD CONSTRAINT indexing_jobs_status_check
    CHECK (status IN ('pending', 'running', 'completed', 'failed', 'cancelled'));

UPDATE indexing_jobs SET files_indexed = 0 WHERE files_indexed IS NULL;
UPDATE indexing_jobs SET chunks_created = 0 WHERE chunks_created IS NULL;
UPDATE indexing_jobs SET created_at = NOW() WHERE created_at IS NULL;

ALTER TABLE indexing_jobs
    ALTER COLUMN files_indexed SET NOT NULL,
    ALTER COLUMN chunks_created SET NOT NULL,
    ALTER COLUMN created_at SET NOT NULL,
    ADD COLUMN phase VARCHAR(20) NOT NULL DEFAULT 'queued'
        CONSTRAINT indexing_jobs_phase_check
        CHECK (phase IN ('queued', 'scanning', 'indexing', 'finalizing', 'done')),
    ADD COLUMN files_total INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN files_done INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN bytes_done BIGINT NOT NULL DEFAULT 0,
    ADD COLUMN chunks_done INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN files_skipped INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN worker_id VARCHAR(255),
    ADD COLUMN lease_expires_at TIMESTAMPTZ,
    ADD COLUMN cancel_requested BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN force_reindex BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN updated_at TIMESTAMPTZ NOT NULL DEFAULT NOW();

ALTER TABLE indexing_jobs ADD CONSTRAINT indexing_jobs_counters_check
    CHECK (files_indexed >= 0 AND chunks_created >= 0 AND files_total >= 0 AND files_done >= 0
           AND bytes_done >= 0 AND chunks_done >= 0 AND files_skipped >= 0 AND attempts >= 0);

-- A running job always has an owner and a lease, so the reaper can find it once the owner is gone.
ALTER TABLE indexing_jobs ADD CONSTRAINT indexing_jobs_running_lease_check
    CHECK (status <> 'running' OR (worker_id IS NOT NULL AND lease_expires_at IS NOT NULL AND started_at IS NOT NULL));

-- Claiming: pending jobs, oldest first.
CREATE INDEX idx_indexing_jobs_pending ON indexing_jobs(created_at, id) WHERE status = 'pending';

-- Reaper: running jobs by lease end.
CREATE INDEX idx_indexing_jobs_lease ON indexing_jobs(lease_expires_at) WHERE status = 'running';

-- At most one active (pending or running) job per repository of a project.
CREATE UNIQUE INDEX uq_indexing_jobs_active_repo ON indexing_jobs(project_id, repo_path)
    WHERE status IN ('pending', 'running');

-- Listing one project's jobs, newest first.
CREATE INDEX idx_indexing_jobs_project_created ON indexing_jobs(project_id, created_at DESC);
