package dev.codebasemcp.persistence.jooq.database;

import java.time.Instant;
import java.util.Arrays;
import dev.codebasemcp.persistence.jooq.database.DatabaseInfo.AppliedMigration;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings a database to the schema of this build with the Flyway migrations in
 * {@value #LOCATION}. Safe to run from several processes at once: Flyway serialises them with a
 * PostgreSQL advisory lock, and a migration that is already applied is not run again.
 */
final class SchemaMigrator {

    static final String LOCATION = "classpath:db/migration";

    private SchemaMigrator() {
    }

    /** Applies every pending migration. @return how many migrations ran */
    static int migrate(DataSource dataSource) {
        return flyway(dataSource, MigrationVersion.LATEST).migrate().migrationsExecuted;
    }

    /** Applies pending migrations up to and including {@code version} (such as "1"). @return how many ran */
    static int migrateTo(DataSource dataSource, String version) {
        MigrateResult result = flyway(dataSource, MigrationVersion.fromVersion(version)).migrate();
        return result.migrationsExecuted;
    }

    /** The migrations applied to the database, in the order they ran. */
    static List<AppliedMigration> applied(DataSource dataSource) {
        return Arrays.stream(flyway(dataSource, MigrationVersion.LATEST).info().applied())
                .filter(MigrationInfo::isVersioned)
                .map(SchemaMigrator::toApplied)
                .toList();
    }

    private static AppliedMigration toApplied(MigrationInfo info) {
        Instant installedOn = info.getInstalledOn() == null ? null : info.getInstalledOn().toInstant();
        return new AppliedMigration(info.getVersion().getVersion(), info.getDescription(), installedOn,
                info.getState().isApplied() && !info.getState().isFailed());
    }

    private static Flyway flyway(DataSource dataSource, MigrationVersion target) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations(LOCATION)
                .target(target)
                .load();
    }
}
