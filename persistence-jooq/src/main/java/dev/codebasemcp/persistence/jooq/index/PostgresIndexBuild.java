package dev.codebasemcp.persistence.jooq.index;

import dev.codebasemcp.application.port.out.IndexBuild;
import dev.codebasemcp.domain.index.Chunk;
import dev.codebasemcp.domain.index.ContentHash;
import dev.codebasemcp.persistence.jooq.database.StoreFailures;
import dev.codebasemcp.persistence.jooq.search.CodeTokenVector;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One generation being written. Each {@link #write} is one transaction of three COPYs (chunks,
 * contents, files) on its own pooled connection, so several writers load in parallel. The token
 * column is computed here, on the writer threads, as a tsvector literal ({@link CodeTokenVector}).
 *
 * <p>{@link #publish} switches {@code index_repository.active_generation} in one transaction (for a
 * staged build, after building the staging table's indexes and together with attaching it), which
 * also removes the previous generation's files and every content no longer referenced, with its chunks.
 * A build that is never published leaves its stored contents behind for the next run to reuse.
 */
final class PostgresIndexBuild implements IndexBuild {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresIndexBuild.class);

    /** New contents from which the planner's statistics are refreshed at once instead of by autovacuum later. */
    private static final int ANALYZE_AFTER_NEW_CONTENTS = 500;

    private final DataSource dataSource;
    private final IndexBuildTuning tuning;
    private final ChunkTables tables;
    private final GenerationState state;
    private final Map<String, StoredFile> publishedFiles;
    private final Map<ContentHash, StoredContent> reusableContents;
    private final AtomicInteger newContents = new AtomicInteger();
    private volatile boolean finished;

    PostgresIndexBuild(DataSource dataSource, IndexBuildTuning tuning, ChunkTables tables, GenerationState state,
                       Connection connection) throws SQLException {
        this.dataSource = dataSource;
        this.tuning = tuning;
        this.tables = tables;
        this.state = state;
        this.publishedFiles = state.rebuild() || state.previousGeneration() == null
                ? Map.of() : loadFiles(connection, state.previousGeneration());
        this.reusableContents = state.rebuild() ? Map.of() : loadContents(connection, state.repositoryId());
    }

    @Override
    public Map<String, StoredFile> publishedFiles() {
        return publishedFiles;
    }

    @Override
    public Map<ContentHash, StoredContent> reusableContents() {
        return reusableContents;
    }

    @Override
    public long[] reserveContentIds(int count) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT nextval(pg_get_serial_sequence('file_content', 'id')) FROM generate_series(1, ?)")) {
            statement.setInt(1, count);
            long[] ids = new long[count];
            try (ResultSet rows = statement.executeQuery()) {
                for (int i = 0; i < count && rows.next(); i++) {
                    ids[i] = rows.getLong(1);
                }
            }
            return ids;
        } catch (SQLException e) {
            throw IndexStoreException.of("reserving content ids", e);
        }
    }

    @Override
    public void write(List<NewContent> contents, List<FileEntry> files) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                // Losing the last writes in a crash is harmless: nothing is visible before the publish.
                Sql.execute(connection, "SET LOCAL synchronous_commit = off");
                CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
                if (!contents.isEmpty()) {
                    copyChunks(copy, contents);
                    copyContents(copy, contents);
                }
                copyFiles(copy, files);
                connection.commit();
                newContents.addAndGet(contents.size());
            } catch (SQLException | RuntimeException e) {
                StoreFailures.rollbackAfter(connection, e);
                throw e;
            }
        } catch (SQLException e) {
            throw IndexStoreException.of("writing " + files.size() + " files", e);
        }
    }

    private void copyChunks(CopyManager copy, List<NewContent> contents) throws SQLException {
        String table = state.staged() ? tables.staging() : tables.partition();
        CopyText rows = new CopyText(copy.copyIn("COPY " + table
                + " (repository_id, content_id, ordinal, start_line, end_line, truncated, content, content_tokens) FROM STDIN"));
        for (NewContent content : contents) {
            int ordinal = 0;
            for (Chunk chunk : content.chunks()) {
                rows.field(state.repositoryId()).field(content.contentId()).field(ordinal++)
                        .field(chunk.startLine()).field(chunk.endLine()).field(chunk.truncated())
                        .field(chunk.content()).field(CodeTokenVector.literal(chunk.content()));
                rows.endRow();
            }
        }
        rows.finish();
    }

    private void copyContents(CopyManager copy, List<NewContent> contents) throws SQLException {
        CopyText rows = new CopyText(copy.copyIn(
                "COPY file_content (id, repository_id, content_hash, line_count, chunk_count) FROM STDIN"));
        for (NewContent content : contents) {
            rows.field(content.contentId()).field(state.repositoryId()).bytea(content.hash().bytes())
                    .field(content.lineCount()).field(content.chunks().size());
            rows.endRow();
        }
        rows.finish();
    }

    private void copyFiles(CopyManager copy, List<FileEntry> files) throws SQLException {
        if (files.isEmpty()) {
            return;
        }
        CopyText rows = new CopyText(copy.copyIn(
                "COPY indexed_file (generation_id, path, content_id, language, size_bytes, modified_ns) FROM STDIN"));
        for (FileEntry file : files) {
            rows.field(state.generationId()).field(file.path()).field(file.contentId()).field(file.language())
                    .field(file.sizeBytes()).field(file.modifiedNanos());
            rows.endRow();
        }
        rows.finish();
    }

    @Override
    public void publish(Instant now) {
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
        finished = true;
        if (state.staged() || newContents.get() >= ANALYZE_AFTER_NEW_CONTENTS) {
            refreshStatistics();
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

    @Override
    public void discard() {
        if (finished) {
            return;
        }
        finished = true;
        try (Connection connection = dataSource.getConnection()) {
            Sql.update(connection, "DELETE FROM index_generation WHERE id = ? AND status = 'building'", state.generationId());
        } catch (SQLException | RuntimeException e) {
            LOG.warn("Could not discard index generation {}: {}", state.generationId(), e.getMessage());
        }
    }

    private static Map<String, StoredFile> loadFiles(Connection connection, long generationId) throws SQLException {
        Map<String, StoredFile> files = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                SELECT f.path, f.size_bytes, f.modified_ns, f.content_id, c.chunk_count, f.language
                FROM indexed_file f JOIN file_content c ON c.id = f.content_id WHERE f.generation_id = ?""")) {
            statement.setLong(1, generationId);
            statement.setFetchSize(5000);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    files.put(rows.getString(1), new StoredFile(rows.getLong(2), rows.getLong(3), rows.getLong(4), rows.getInt(5),
                            rows.getString(6)));
                }
            }
        }
        return files;
    }

    private static Map<ContentHash, StoredContent> loadContents(Connection connection, long repositoryId) throws SQLException {
        Map<ContentHash, StoredContent> contents = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT content_hash, id, chunk_count FROM file_content WHERE repository_id = ?")) {
            statement.setLong(1, repositoryId);
            statement.setFetchSize(5000);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    contents.put(ContentHash.fromBytes(rows.getBytes(1)), new StoredContent(rows.getLong(2), rows.getInt(3)));
                }
            }
        }
        return contents;
    }
}
