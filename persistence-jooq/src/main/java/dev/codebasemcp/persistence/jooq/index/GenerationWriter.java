package dev.codebasemcp.persistence.jooq.index;

import dev.codebasemcp.application.port.out.IndexBuild.FileEntry;
import dev.codebasemcp.application.port.out.IndexBuild.NewContent;
import dev.codebasemcp.domain.index.Chunk;
import dev.codebasemcp.persistence.jooq.database.StoreFailures;
import dev.codebasemcp.persistence.jooq.search.CodeTokenVector;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Writes the rows of one generation. Each {@link #write} is one transaction of three COPYs (chunks,
 * contents, files) on its own pooled connection, so several writers load in parallel. The token
 * column is computed here, on the writer threads, as a tsvector literal ({@link CodeTokenVector}).
 * Chunks go to the staging table of a staged build, else straight to the repository's partition.
 */
final class GenerationWriter {

    private final DataSource dataSource;
    private final ChunkTables tables;
    private final GenerationState state;
    private final AtomicInteger newContents = new AtomicInteger();

    GenerationWriter(DataSource dataSource, ChunkTables tables, GenerationState state) {
        this.dataSource = dataSource;
        this.tables = tables;
        this.state = state;
    }

    long[] reserveContentIds(int count) {
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

    void write(List<NewContent> contents, List<FileEntry> files) {
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

    /** How many contents the committed writes added. */
    int newContents() {
        return newContents.get();
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
}
