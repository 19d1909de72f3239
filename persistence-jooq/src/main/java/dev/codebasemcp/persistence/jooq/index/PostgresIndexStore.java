package dev.codebasemcp.persistence.jooq.index;

import dev.codebasemcp.application.port.out.IndexBuild;
import dev.codebasemcp.application.port.out.IndexStore;
import dev.codebasemcp.domain.project.ProjectId;
import dev.codebasemcp.persistence.jooq.database.StoreFailures;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * The code index in PostgreSQL (tables of migration V3). See {@link PostgresIndexBuild} for how a
 * generation is written and published.
 */
public final class PostgresIndexStore implements IndexStore {

    private final DataSource dataSource;
    private final IndexBuildTuning tuning;

    PostgresIndexStore(DataSource dataSource, IndexBuildTuning tuning) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.tuning = Objects.requireNonNull(tuning, "tuning");
    }

    public PostgresIndexStore(DataSource dataSource) {
        this(dataSource, IndexBuildTuning.DEFAULT);
    }

    @Override
    public IndexBuild begin(ProjectId projectId, String repoPath, boolean rebuild, Instant now) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                PostgresIndexBuild build = start(connection, projectId, repoPath, rebuild, now);
                connection.commit();
                return build;
            } catch (SQLException | RuntimeException e) {
                StoreFailures.rollbackAfter(connection, e);
                throw e;
            }
        } catch (SQLException e) {
            throw IndexStoreException.of("starting an index build of " + repoPath, e);
        }
    }

    private PostgresIndexBuild start(Connection connection, ProjectId projectId, String repoPath, boolean rebuild,
                                     Instant now) throws SQLException {
        long repositoryId;
        Long activeGeneration;
        try (PreparedStatement upsert = connection.prepareStatement("""
                INSERT INTO index_repository (project_id, repo_path, created_at) VALUES (?, ?, ?)
                ON CONFLICT (project_id, repo_path) DO UPDATE SET project_id = EXCLUDED.project_id
                RETURNING id, active_generation""")) {
            upsert.setString(1, projectId.value());
            upsert.setString(2, repoPath);
            upsert.setTimestamp(3, Timestamp.from(now));
            try (ResultSet row = upsert.executeQuery()) {
                row.next();
                repositoryId = row.getLong(1);
                activeGeneration = (Long) row.getObject(2);
            }
        }
        ChunkTables tables = new ChunkTables(repositoryId);
        tables.fenceOrphans(connection);
        Sql.update(connection, "DELETE FROM index_generation WHERE repository_id = ? AND status = 'building'", repositoryId);
        boolean partitionExists = tables.partitionExists(connection);
        boolean staged = rebuild || !partitionExists;
        if (rebuild || partitionExists) {
            // A staging table left by an interrupted build is not reusable here: drop it and the contents it held.
            if (tables.dropStaging(connection)) {
                Sql.update(connection, """
                        DELETE FROM file_content fc
                        WHERE fc.repository_id = ? AND fc.chunk_count > 0
                          AND NOT EXISTS (SELECT 1 FROM indexed_file f WHERE f.content_id = fc.id AND f.generation_id = ?)
                          AND NOT EXISTS (SELECT 1 FROM chunk c WHERE c.repository_id = fc.repository_id AND c.content_id = fc.id)""",
                        repositoryId, activeGeneration == null ? -1L : activeGeneration);
            }
        }
        if (staged) {
            tables.createStaging(connection);
        }
        long generationId;
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO index_generation (repository_id, status, started_at) VALUES (?, 'building', ?) RETURNING id")) {
            insert.setLong(1, repositoryId);
            insert.setTimestamp(2, Timestamp.from(now));
            try (ResultSet row = insert.executeQuery()) {
                row.next();
                generationId = row.getLong(1);
            }
        }
        GenerationState state = new GenerationState(repositoryId, generationId, activeGeneration, staged, rebuild);
        return new PostgresIndexBuild(dataSource, tuning, tables, state, connection);
    }
}
