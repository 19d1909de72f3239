-- Undoes V6__job_skipped_paths.sql.

DROP TABLE IF EXISTS indexing_job_skipped_path;

DO $$
BEGIN
    IF to_regclass('flyway_schema_history') IS NOT NULL THEN
        DELETE FROM flyway_schema_history WHERE version = '6';
    END IF;
END $$;
