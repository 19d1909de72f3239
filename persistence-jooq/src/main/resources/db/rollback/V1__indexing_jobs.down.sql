-- Undoes V1__indexing_jobs.sql.

DROP INDEX IF EXISTS idx_created_at;
DROP INDEX IF EXISTS idx_active_jobs;
DROP TABLE IF EXISTS indexing_jobs;

DO $$
BEGIN
    IF to_regclass('flyway_schema_history') IS NOT NULL THEN
        DELETE FROM flyway_schema_history WHERE version = '1';
    END IF;
END $$;
