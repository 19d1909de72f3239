-- Undoes V3__code_index.sql: the view, every chunk table (attached partitions and staging tables of
-- interrupted first indexes), the index tables and pg_trgm.

DROP VIEW IF EXISTS searchable_chunk;

DO $$
DECLARE
    staging TEXT;
BEGIN
    FOR staging IN SELECT relname FROM pg_class WHERE relkind = 'r' AND relname ~ '^chunk_s[0-9]+$' LOOP
        EXECUTE format('DROP TABLE %I', staging);
    END LOOP;
END $$;

DROP TABLE IF EXISTS chunk;
DROP TABLE IF EXISTS indexed_file;
DROP TABLE IF EXISTS file_content;
ALTER TABLE IF EXISTS index_repository DROP CONSTRAINT IF EXISTS index_repository_active_generation_fkey;
DROP TABLE IF EXISTS index_generation;
DROP TABLE IF EXISTS index_repository;
DROP EXTENSION IF EXISTS pg_trgm;

DO $$
BEGIN
    IF to_regclass('flyway_schema_history') IS NOT NULL THEN
        DELETE FROM flyway_schema_history WHERE version = '3';
    END IF;
END $$;
