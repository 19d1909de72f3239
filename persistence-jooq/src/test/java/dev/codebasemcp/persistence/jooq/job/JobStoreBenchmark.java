package dev.codebasemcp.persistence.jooq.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codebasemcp.domain.job.IndexingJob;
import dev.codebasemcp.domain.job.JobId;
import dev.codebasemcp.domain.project.ProjectId;
import dev.codebasemcp.persistence.jooq.database.Database;
import dev.codebasemcp.persistence.jooq.database.DatabaseFactory;
import dev.codebasemcp.persistence.jooq.database.DatabaseSettings;
import dev.codebasemcp.persistence.jooq.testing.TestDatabase;
import dev.codebasemcp.persistence.jooq.testing.TestDatabases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.IntConsumer;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Timed loops over the job store's hot paths: create, find by id, claim. Not part of the test run
 * (the name does not end in Test); run it with
 * <pre>./mvnw -B -q -o -pl persistence-jooq -am verify -Dtest=JobStoreBenchmark -Dsurefire.failIfNoSpecifiedTests=false</pre>
 * (the test server and the embedded default) and with {@code CODEBASE_TEST_DATABASE_URL} set to
 * measure that server instead of the test server. Results go to stderr
 * and to {@code persistence-jooq/target/benchmarks/job-store.txt}.
 */
class JobStoreBenchmark {

    private static final int WARM_UP = 300;
    private static final int CREATES = 2_000;
    private static final int FINDS = 5_000;
    private static final int CLAIMS = 1_000;
    private static final ProjectId PROJECT = ProjectId.of("bench");

    /** The test server: embedded (fsync off) or the server of CODEBASE_TEST_DATABASE_URL. */
    @Test
    void testServer() throws IOException, SQLException {
        try (TestDatabase database = TestDatabases.migrated()) {
            run(database.dataSource(), System.getenv(TestDatabases.URL_VARIABLE) == null
                    ? "the embedded test server (fsync off)" : "CODEBASE_TEST_DATABASE_URL");
        }
    }

    /** The embedded default as the application runs it (fsync on), in a throw-away CODEBASE_HOME. */
    @Test
    void embeddedDefault(@TempDir Path home) throws IOException, SQLException {
        try (Database database = DatabaseFactory.open(DatabaseSettings.embedded(home))) {
            run(database.dataSource(), "the embedded default server");
        }
    }

    private static void run(DataSource dataSource, String where) throws IOException, SQLException {
        PostgresJobStore store = new PostgresJobStore(dataSource);
        Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
        List<JobId> ids = new ArrayList<>();

        time(WARM_UP, i -> ids.add(store.insert(pending("/warm/" + i, t0.plusMillis(i))).id()));
        long[] create = time(CREATES, i -> ids.add(store.insert(pending("/repo/" + i, t0.plusSeconds(10).plusMillis(i))).id()));
        Random random = new Random(42);
        time(WARM_UP, i -> store.findById(ids.get(random.nextInt(ids.size()))));
        long[] find = time(FINDS, i -> store.findById(ids.get(random.nextInt(ids.size()))).orElseThrow());
        time(WARM_UP / 3, i -> store.claim("warm", 1, t0.plusSeconds(100), t0.plusSeconds(130)));
        long[] claim = time(CLAIMS, i -> assertThat(store.claim("bench", 1, t0.plusSeconds(100), t0.plusSeconds(130))).hasSize(1));

        String report = String.format("Job store on %s (PostgreSQL %s), %d pending jobs at start:%n%s%s%s",
                where, serverVersion(dataSource), WARM_UP + CREATES,
                line("create (insert)", create), line("find by id", find), line("claim 1 (SKIP LOCKED)", claim));
        System.err.print(report);
        Path out = Path.of("target", "benchmarks", "job-store.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report + System.lineSeparator(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private static long[] time(int iterations, IntConsumer operation) {
        long[] nanos = new long[iterations];
        for (int i = 0; i < iterations; i++) {
            long start = System.nanoTime();
            operation.accept(i);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return nanos;
    }

    private static String line(String name, long[] sortedNanos) {
        return String.format("  %-24s n=%5d  median %7.3f ms  p99 %7.3f ms%n", name, sortedNanos.length,
                sortedNanos[sortedNanos.length / 2] / 1e6, sortedNanos[(int) Math.ceil(sortedNanos.length * 0.99) - 1] / 1e6);
    }

    private static String serverVersion(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SHOW server_version")) {
            result.next();
            return result.getString(1);
        }
    }

    private static IndexingJob pending(String repoPath, Instant createdAt) {
        return IndexingJob.pending(JobId.random(), repoPath, PROJECT, false, createdAt);
    }
}
