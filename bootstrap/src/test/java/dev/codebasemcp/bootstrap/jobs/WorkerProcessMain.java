package dev.codebasemcp.bootstrap.jobs;

import dev.codebasemcp.application.service.jobs.JobEngineSettings;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * A server process reduced to its job worker, for tests that kill real processes: wires the worker
 * with the PostgreSQL adapters and the real indexer, hands its jobs back on SIGTERM, and runs until
 * it is stopped. Arguments: the JDBC URL and the delay per file read in milliseconds.
 */
public final class WorkerProcessMain {

    /** Written to stderr once the worker runs. */
    static final String READY = "WORKER READY";

    private WorkerProcessMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        String jdbcUrl = args[0];
        Duration perFile = Duration.ofMillis(Long.parseLong(args[1]));
        JobEngineSettings settings = JobEngineRig.SETTINGS.withShutdownGrace(Duration.ofSeconds(10));
        JobEngineRig rig = JobEngineRig.started(jdbcUrl, settings, perFile, "worker-process");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            rig.close();
            stopped.countDown();
        }, "worker-process-shutdown"));
        System.err.println(READY + " " + rig.engine().worker().workerId());
        stopped.await();
    }
}
