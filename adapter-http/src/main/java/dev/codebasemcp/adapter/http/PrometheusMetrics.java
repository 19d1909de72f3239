package dev.codebasemcp.adapter.http;

import dev.codebasemcp.application.port.in.ListJobsQuery;
import dev.codebasemcp.application.port.in.ListJobsUseCase;
import dev.codebasemcp.application.port.out.IndexResult;
import dev.codebasemcp.application.port.out.IndexingMetrics;
import dev.codebasemcp.application.port.out.IndexingStoppedException;
import dev.codebasemcp.domain.job.JobStatus;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The service's metrics in a Micrometer Prometheus registry: active jobs by status (read from the
 * job list when scraped), indexing runs by outcome with their durations, files and bytes indexed,
 * and search latency.
 */
public final class PrometheusMetrics implements IndexingMetrics {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Counter filesIndexed;
    private final Counter bytesIndexed;
    private final Timer searchLatency;

    public PrometheusMetrics() {
        filesIndexed = Counter.builder("codebase_indexed_files").description("Files in indexes published by this process")
                .register(registry);
        bytesIndexed = Counter.builder("codebase_indexed_bytes").description("Bytes of files in indexes published by this process")
                .baseUnit("bytes").register(registry);
        searchLatency = Timer.builder("codebase_search_duration").description("Time to answer a search request")
                .publishPercentileHistogram().register(registry);
    }

    /** Adds the gauges of waiting and running jobs, read through {@code listJobs} at every scrape. */
    void watchActiveJobs(ListJobsUseCase listJobs) {
        for (JobStatus status : new JobStatus[] {JobStatus.PENDING, JobStatus.RUNNING}) {
            Gauge.builder("codebase_jobs_active", () -> countActive(listJobs, status))
                    .description("Jobs waiting or running, by status (counted up to " + ListJobsQuery.MAX_LIMIT + ")")
                    .tag("status", status.wireName())
                    .register(registry);
        }
    }

    @Override
    public void runCompleted(IndexResult result) {
        runTimer("completed").record(result.duration());
        filesIndexed.increment(result.filesIndexed());
        bytesIndexed.increment(result.bytesIndexed());
    }

    @Override
    public void runStopped(IndexingStoppedException.Reason reason, Duration duration) {
        runTimer(reason.name().toLowerCase(Locale.ROOT)).record(duration);
    }

    @Override
    public void runFailed(Duration duration) {
        runTimer("failed").record(duration);
    }

    /** Runs a search and records how long it took. */
    <T> T timeSearch(Supplier<T> search) {
        return searchLatency.record(search);
    }

    /** The Prometheus text exposition of every metric. */
    String scrape() {
        return registry.scrape();
    }

    private Timer runTimer(String outcome) {
        return Timer.builder("codebase_indexing_run_duration").description("Wall-clock time of indexing runs, by outcome")
                .tag("outcome", outcome).register(registry);
    }

    private static int countActive(ListJobsUseCase listJobs, JobStatus status) {
        return listJobs.list(new ListJobsQuery(status.wireName(), null, null, ListJobsQuery.MAX_LIMIT)).size();
    }
}
