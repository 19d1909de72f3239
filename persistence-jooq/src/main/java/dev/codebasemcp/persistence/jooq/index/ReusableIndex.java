package dev.codebasemcp.persistence.jooq.index;

import dev.codebasemcp.application.port.out.IndexBuild.StoredContent;
import dev.codebasemcp.application.port.out.IndexBuild.StoredFile;
import dev.codebasemcp.domain.index.ContentHash;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * What a build may reuse, loaded once as it begins: the files of the published generation (an
 * unchanged file keeps its content) and the repository's stored contents by hash (a known content is
 * not chunked again). A rebuild reuses nothing.
 *
 * @param publishedFiles   the published generation's files by path
 * @param reusableContents the repository's stored contents by hash
 */
record ReusableIndex(Map<String, StoredFile> publishedFiles, Map<ContentHash, StoredContent> reusableContents) {

    private static final int FETCH_SIZE = 5000;

    static ReusableIndex load(Connection connection, GenerationState state) throws SQLException {
        if (state.rebuild()) {
            return new ReusableIndex(Map.of(), Map.of());
        }
        Map<String, StoredFile> files = state.previousGeneration() == null
                ? Map.of() : loadFiles(connection, state.previousGeneration());
        return new ReusableIndex(files, loadContents(connection, state.repositoryId()));
    }

    private static Map<String, StoredFile> loadFiles(Connection connection, long generationId) throws SQLException {
        Map<String, StoredFile> files = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                SELECT f.path, f.size_bytes, f.modified_ns, f.content_id, c.chunk_count, f.language
                FROM indexed_file f JOIN file_content c ON c.id = f.content_id WHERE f.generation_id = ?""")) {
            statement.setLong(1, generationId);
            statement.setFetchSize(FETCH_SIZE);
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
            statement.setFetchSize(FETCH_SIZE);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    contents.put(ContentHash.fromBytes(rows.getBytes(1)), new StoredContent(rows.getLong(2), rows.getInt(3)));
                }
            }
        }
        return contents;
    }
}
