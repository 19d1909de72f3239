package dev.codebasemcp.adapter.http;

import dev.codebasemcp.application.port.in.JobReport;
import dev.codebasemcp.application.port.in.ListJobsQuery;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Moves the fake's jobs along in the background: pending to half done, then to completed, or to
 * cancelled when a cancellation was requested. Jobs of repositories whose path ends in
 * {@value #SLOW_SUFFIX} stay running until they are cancelled.
 */
final class FakeWorker implements AutoCloseable {

    static final String SLOW_SUFFIX = "-slow";

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "fake-worker");
        thread.setDaemon(true);
        return thread;
    });

    FakeWorker(FakeIndexing indexing) {
        executor.scheduleWithFixedDelay(() -> step(indexing), 300, 300, TimeUnit.MILLISECONDS);
    }

    private static void step(FakeIndexing indexing) {
        for (JobReport report : indexing.list(new ListJobsQuery("running", null, null, ListJobsQuery.MAX_LIMIT))) {
            if (report.job().cancelRequested()) {
                indexing.stopCancelled(report.job().id());
            } else if (!report.job().repoPath().endsWith(SLOW_SUFFIX)) {
                indexing.complete(report.job().id(), 12, 48);
            }
        }
        for (JobReport report : indexing.list(new ListJobsQuery("pending", null, null, ListJobsQuery.MAX_LIMIT))) {
            indexing.run(report.job().id(), 6, 12);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
