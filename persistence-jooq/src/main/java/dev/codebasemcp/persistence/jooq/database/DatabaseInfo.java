package dev.codebasemcp.persistence.jooq.database;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * What {@code db info} reports.
 *
 * @param jdbcUrl       the URL the pool connects to, without a password
 * @param embedded      true for the embedded server
 * @param serverVersion PostgreSQL's {@code server_version}
 * @param dataDirectory the embedded server's data directory; null for an external server
 * @param migrations    the schema migrations applied, oldest first
 */
public record DatabaseInfo(String jdbcUrl, boolean embedded, String serverVersion, Path dataDirectory,
                           List<AppliedMigration> migrations) {

    public DatabaseInfo {
        migrations = List.copyOf(migrations);
    }

    /** One row of the schema history. */
    public record AppliedMigration(String version, String description, Instant installedOn, boolean success) {
    }
}
