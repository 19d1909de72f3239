package dev.codebasemcp.persistence.jooq.index;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.codebasemcp.persistence.jooq.database.SchemaMigrations;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * The database of the indexing benchmark: a fresh, migrated database on the server named by
 * {@value #URL_VARIABLE}, or on an embedded PostgreSQL started with its default (durable) settings
 * in a directory of the benchmark's work folder.
 */
public final class BenchmarkDatabase implements AutoCloseable {

    public static final String URL_VARIABLE = "CODEBASE_BENCH_DATABASE_URL";
    private static final String NAME = "codebase_bench";

    private final EmbeddedPostgres embedded;
    private final HikariDataSource dataSource;
    private final String serverVersion;

    private BenchmarkDatabase(EmbeddedPostgres embedded, String adminUrl, int poolSize) throws SQLException {
        this.embedded = embedded;
        try (Connection admin = DriverManager.getConnection(adminUrl); Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + NAME + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + NAME);
            try (ResultSet version = statement.executeQuery("SHOW server_version")) {
                version.next();
                serverVersion = version.getString(1);
            }
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(adminUrl.replaceFirst("^(jdbc:postgresql://[^/?]*)(/[^?]*)?", "$1/" + NAME));
        config.setMaximumPoolSize(poolSize);
        config.setPoolName("bench");
        dataSource = new HikariDataSource(config);
        SchemaMigrations.applyAll(dataSource);
    }

    public static BenchmarkDatabase start(Path workDirectory, int poolSize) throws IOException, SQLException {
        String url = System.getenv(URL_VARIABLE);
        if (url != null && !url.isBlank()) {
            return new BenchmarkDatabase(null, url.strip(), poolSize);
        }
        EmbeddedPostgres embedded = EmbeddedPostgres.builder()
                .setDataDirectory(workDirectory.resolve("pgdata"))
                .setCleanDataDirectory(true)
                .setServerConfig("max_connections", "50")
                .start();
        return new BenchmarkDatabase(embedded, embedded.getJdbcUrl("postgres", "postgres"), poolSize);
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public String serverVersion() {
        return serverVersion;
    }

    /** Bytes on disk of the index tables (all chunk partitions, contents, files) with their indexes and TOAST. */
    public long indexSizeBytes() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet size = statement.executeQuery("""
                     SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0) FROM pg_class c
                     WHERE c.relkind = 'r' AND (c.relname IN ('file_content', 'indexed_file', 'index_generation', 'index_repository')
                            OR c.relname ~ '^chunk_[rs][0-9]+$')""")) {
            size.next();
            return size.getLong(1);
        }
    }

    @Override
    public void close() throws IOException {
        dataSource.close();
        if (embedded != null) {
            embedded.close();
        }
    }
}
