package dev.codebasemcp.bootstrap.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codebasemcp.application.port.in.StartIndexingCommand;
import dev.codebasemcp.application.port.in.StartIndexingResult;
import dev.codebasemcp.application.testing.Eventually;
import dev.codebasemcp.domain.job.JobStatus;
import dev.codebasemcp.persistence.jooq.testing.Jdbc;
import dev.codebasemcp.persistence.jooq.testing.TestDatabaseExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Latency of start and status through the use cases on PostgreSQL, without a worker competing, and
 * how soon an idle worker in another engine picks a started job up (its poll is an hour, so only
 * the LISTEN/NOTIFY wake-up counts). Run with {@code -Dbenchmark=true}; see docs/benchmarks.md for the command and the figures.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class JobEngineBenchmark {

    private static final Logger LOG = LoggerFactory.getLogger(JobEngineBenchmark.class);
    private static final int WARM_UP = 300;
    private static final int STARTS = 2000;
    private static final int STATUS_CALLS = 5000;
    private static final int PICKUPS = 100;

    @RegisterExtension
    static final TestDatabaseExtension DATABASE = TestDatabaseExtension.migrated();

    @TempDir
    Path tmp;

    @Test
    void startAndStatusLatency() throws IOException, SQLException {
        String pickup = pickupLine();
        List<Path> repos = new ArrayList<>();
        for (int i = 0; i < WARM_UP + STARTS; i++) {
            repos.add(Files.createDirectories(tmp.resolve("repo-" + i)));
        }
        try (JobEngineRig rig = JobEngineRig.clientOnly(DATABASE.jdbcUrl(), "benchmark")) {
            List<String> ids = new ArrayList<>();
            long[] startNanos = new long[STARTS];
            for (int i = 0; i < WARM_UP + STARTS; i++) {
                StartIndexingCommand command = StartIndexingCommand.of(repos.get(i).toString());
                long begin = System.nanoTime();
                StartIndexingResult result = rig.engine().start().start(command);
                long took = System.nanoTime() - begin;
                if (i >= WARM_UP) {
                    startNanos[i - WARM_UP] = took;
                }
                ids.add(result.job().id().toString());
            }
            long[] statusNanos = new long[STATUS_CALLS];
            for (int i = 0; i < WARM_UP + STATUS_CALLS; i++) {
                String id = ids.get(ThreadLocalRandom.current().nextInt(ids.size()));
                long begin = System.nanoTime();
                rig.engine().status().status(id);
                long took = System.nanoTime() - begin;
                if (i >= WARM_UP) {
                    statusNanos[i - WARM_UP] = took;
                }
            }

            String report = "Job engine on " + Jdbc.column(DATABASE.dataSource(), "SELECT version()").getFirst()
                    + "\n" + line("start", startNanos) + "\n" + line("status", statusNanos) + "\n" + pickup;
            LOG.info("\n{}", report);
            Path out = Path.of("target", "benchmarks", "job-engine.txt");
            Files.createDirectories(out.getParent());
            Files.writeString(out, report + "\n");

            assertThat(Jdbc.count(DATABASE.dataSource(), "SELECT count(*) FROM indexing_jobs WHERE status = 'pending'"))
                    .isEqualTo(WARM_UP + STARTS);
            assertThat(Jdbc.count(DATABASE.dataSource(), "SELECT count(*) FROM indexing_jobs WHERE status = 'completed'"))
                    .isEqualTo(PICKUPS);
        }
    }

    /** Time from start returning to the job being running, claimed by a worker woken by NOTIFY. */
    private String pickupLine() throws IOException {
        long[] pickupNanos = new long[PICKUPS];
        try (JobEngineRig worker = JobEngineRig.started(DATABASE.jdbcUrl(),
                JobEngineRig.SETTINGS.withPollInterval(Duration.ofHours(1)), Duration.ZERO, "idle-worker");
             JobEngineRig client = JobEngineRig.clientOnly(DATABASE.jdbcUrl(), "starter")) {
            for (int i = 0; i < PICKUPS; i++) {
                Path repo = Files.createDirectories(tmp.resolve("pickup-" + i));
                String id = client.engine().start().start(StartIndexingCommand.of(repo.toString())).job().id().toString();
                long started = System.nanoTime();
                while (client.engine().status().status(id).job().status() == JobStatus.PENDING) {
                    Thread.onSpinWait();
                }
                pickupNanos[i] = System.nanoTime() - started;
                Eventually.await("pickup job " + id + " completed",
                        () -> client.engine().status().status(id).job().status() == JobStatus.COMPLETED);
            }
        }
        return line("pickup", pickupNanos);
    }

    private static String line(String operation, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, "%-6s n=%d  median %.2f ms  p99 %.2f ms  max %.2f ms", operation, sorted.length,
                millis(percentile(sorted, 50)), millis(percentile(sorted, 99)), millis(sorted[sorted.length - 1]));
    }

    private static long percentile(long[] sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)];
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }
}
