-- Undoes V2__job_engine.sql. Cancelled jobs become failed: V1 knows no 'cancelled' status.

DROP INDEX IF EXISTS idx_indexing_jobs_project_created;
DROP INDEX IF EXISTS uq_indexing_jobs_active_repo;
DROP INDEX IF EXISTS idx_indexing_jobs_lease;
DROP INDEX IF EXISTS idx_indexing_jobs_pending;

ALTER TABLE indexing_jobs
    DROP CONSTRAINT IF EXISTS indexing_jobs_running_lease_check,
    DROP CONSTRAINT IF EXISTS indexing_jobs_counters_check,
    DROP COLUMN IF EXISTS phase,
    DROP COLUMN IF EXISTS files_total,
    DROP COLUMN IF EXISTS files_done,
    DROP COLUMN IF EXISTS bytes_done,
    DROP COLUMN IF EXISTS chunks_done,
    DROP COLUMN IF EXISTS files_skipped,
    DROP COLUMN IF EXISTS attempts,
    DROP COLUMN IF EXISTS worker_id,
    DROP COLUMN IF EXISTS lease_expires_at,
    DROP COLUMN IF EXISTS cancel_requested,
    DROP COLUMN IF EXISTS force_reindex,
    DROP COLUMN IF EXISTS updated_at,
    ALTER COLUMN files_indexed DROP NOT NULL,
    ALTER COLUMN chunks_created DROP NOT NULL,
    ALTER COLUMN created_at DROP NOT NULL;

UPDATE indexing_jobs
SET status = 'failed', error_message = COALESCE(error_message, 'Cancelled')
WHERE status = 'cancelled';

ALTER TABLE indexing_jobs DROP CONSTRAINT indexing_jobs_status_check;
ALTER TABLE indexing_jobs ADD CONSTRAINT indexing_jobs_status_check
    CHECK (status IN ('pending', 'running', 'completed', 'failed'));

DO $$
BEGIN
    IF to_regclass('flyway_schema_history') IS NOT NULL THEN
        DELETE FROM flyway_schema_history WHERE version = '2';
    END IF;
END $$;
