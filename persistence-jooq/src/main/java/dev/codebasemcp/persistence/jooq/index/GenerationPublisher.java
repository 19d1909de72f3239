package dev.codebasemcp.persistence.jooq.index;

import dev.codebasemcp.persistence.jooq.database.StoreFailures;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ends one generation's build. {@link #publish} switches {@code index_repository.active_generation}
 * in one transaction (for a staged build, after building the staging table's indexes and together
 * with attaching it), which also removes the previous generation's files and every content no longer
 * referenced, with its chunks. {@link #discard} drops the unpublished generation's files; its stored
 * contents stay behind for the next run to reuse.
 */
final class GenerationPublisher {

    private static final Logger LOG = LoggerFactory.getLogger(GenerationPublisher.class);

    /** New contents from which the planner's statistics are refreshed at once instead of by autovacuum later. */
    private static final int ANALYZE_AFTER_NEW_CONTENTS = 500;

    private final DataSource dataSource;
    private final IndexBuildTuning tuning;
    private final ChunkTables tables;
    private final GenerationState state;

    GenerationPublisher(DataSource dataSource, IndexBuildTuning tuning, ChunkTables tables, GenerationState state) {
        this.dataSource = dataSource;
        this.tuning = tuning;
        this.tables = tables;
        this.state = state;
    }

    /** @param newContents how many contents the build added, which decides whether statistics are refreshed now */
    void publish(Instant now, int newContents) {
        try {
            if (state.staged()) {
                tables.indexStaging(dataSource, tuning);
            }
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(false);
                try {
                    tables.tagSession(connection);
                    switchGeneration(connection, now);
                    removeUnreferenced(connection);
                    connection.commit();
                } catch (SQLException | RuntimeException e) {
                    StoreFailures.rollbackAfter(connection, e);
                    throw e;
                }
            }
        } catch (SQLException e) {
            throw IndexStoreException.of("publishing generation " + state.generationId(), e);
        }
        if (state.staged() || newContents >= ANALYZE_AFTER_NEW_CONTENTS) {
            refreshStatistics();
        }
    }

    void discard() {
        try (Connection connection = dataSource.getConnection()) {
            Sql.update(connection, "DELETE FROM index_generation WHERE id = ? AND status = 'building'", state.generationId());
        } catch (SQLException | RuntimeException e) {
            LOG.warn("Could not discard index generation {}: {}", state.generationId(), e.getMessage());
        }
    }

    /**
     * Without fresh statistics the planner misjudges the file tables after a large index and text
     * searches take seconds until autovacuum runs ANALYZE; the index is already published, so a
     * failure here only costs speed.
     */
    private void refreshStatistics() {
        try (Connection connection = dataSource.getConnection()) {
            Sql.execute(connection, "ANALYZE indexed_file, file_content");
        } catch (SQLException | RuntimeException e) {
            LOG.warn("Could not refresh statistics after publishing generation {}: {}", state.generationId(), e.getMessage());
        }
    }

    private void switchGeneration(Connection connection, Instant now) throws SQLException {
        Sql.execute(connection, "SELECT 1 FROM index_repository WHERE id = " + state.repositoryId() + " FOR UPDATE");
        if (state.staged()) {
            tables.swapInStaging(connection);
        }
        Sql.update(connection, """
                UPDATE index_generation g SET status = 'active', published_at = ?,
                       file_count = s.files, chunk_count = s.chunks, byte_count = s.bytes
                FROM (SELECT count(*) AS files, coalesce(sum(c.chunk_count), 0) AS chunks, coalesce(sum(f.size_bytes), 0) AS bytes
                      FROM indexed_file f JOIN file_content c ON c.id = f.content_id WHERE f.generation_id = ?) s
                WHERE g.id = ?""", Timestamp.from(now), state.generationId(), state.generationId());
        Sql.update(connection, "UPDATE index_repository SET active_generation = ? WHERE id = ?",
                state.generationId(), state.repositoryId());
        Sql.update(connection, "DELETE FROM index_generation WHERE repository_id = ? AND id <> ?",
                state.repositoryId(), state.generationId());
    }

    /**
     * Deletes the contents (and their chunks) the new generation does not use, in the publishing
     * transaction: after a rebuild their chunks are gone with the old partition, so they must never
     * outlive it and be reused.
     */
    private void removeUnreferenced(Connection connection) throws SQLException {
        Sql.execute(connection, """
                    CREATE TEMPORARY TABLE unreferenced_content ON COMMIT DROP AS
                    SELECT fc.id FROM file_content fc
                    WHERE fc.repository_id = %d
                      AND NOT EXISTS (SELECT 1 FROM indexed_file f WHERE f.generation_id = %d AND f.content_id = fc.id)"""
                    .formatted(state.repositoryId(), state.generationId()));
        Sql.update(connection, "DELETE FROM chunk WHERE repository_id = ? AND content_id IN (SELECT id FROM unreferenced_content)",
                state.repositoryId());
        Sql.update(connection, "DELETE FROM file_content WHERE id IN (SELECT id FROM unreferenced_content)");
    }
}
