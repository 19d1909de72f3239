package dev.codebasemcp.persistence.jooq.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;

/**
 * Undoes applied migrations with the hand-written scripts in {@value #LOCATION}: for
 * {@code db/migration/V1__indexing_jobs.sql} that is {@code db/rollback/V1__indexing_jobs.down.sql}.
 * Each script runs in one transaction and also removes its row from Flyway's schema history, so a
 * later migrate applies the migration again.
 */
final class SchemaRollback {

    public static final String LOCATION = "db/rollback/";

    private SchemaRollback() {
    }

    /** Rolls back the newest applied migration. @return its version, or empty when none is applied */
    public static Optional<String> rollBackLatest(DataSource dataSource) {
        Optional<MigrationInfo> latest = appliedNewestFirst(dataSource).stream().findFirst();
        latest.ifPresent(migration -> run(dataSource, migration));
        return latest.map(migration -> migration.getVersion().getVersion());
    }

    /**
     * Rolls back every applied migration newer than {@code version}, newest first; "0" rolls back all.
     *
     * @return the versions rolled back, in the order they were undone
     */
    public static List<String> rollBackTo(DataSource dataSource, String version) {
        MigrationVersion target = MigrationVersion.fromVersion(version);
        List<String> undone = new ArrayList<>();
        for (MigrationInfo migration : appliedNewestFirst(dataSource)) {
            if (migration.getVersion().compareTo(target) <= 0) {
                break;
            }
            run(dataSource, migration);
            undone.add(migration.getVersion().getVersion());
        }
        return undone;
    }

    private static List<MigrationInfo> appliedNewestFirst(DataSource dataSource) {
        MigrationInfo[] applied = Flyway.configure()
                .dataSource(dataSource)
                .locations(SchemaMigrator.LOCATION)
                .load()
                .info()
                .applied();
        return Arrays.stream(applied)
                .filter(MigrationInfo::isVersioned)
                .sorted(Comparator.comparing(MigrationInfo::getVersion).reversed())
                .toList();
    }

    private static void run(DataSource dataSource, MigrationInfo migration) {
        String script = LOCATION + migration.getScript().replaceFirst("\\.sql$", ".down.sql");
        String sql = read(script, migration);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute(sql);
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Rollback script " + script + " failed: " + e.getMessage(), e);
        }
    }

    private static String read(String script, MigrationInfo migration) {
        try (InputStream in = SchemaRollback.class.getClassLoader().getResourceAsStream(script)) {
            if (in == null) {
                throw new IllegalStateException("No rollback script " + script + " for migration "
                        + migration.getVersion() + " (" + migration.getDescription() + ")");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + script, e);
        }
    }
}
