package dev.codebasemcp.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codebasemcp.application.port.in.StartIndexingCommand;
import dev.codebasemcp.application.port.out.IndexResult;
import dev.codebasemcp.application.port.out.IndexingStoppedException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PrometheusMetricsTest {

    private final PrometheusMetrics metrics = new PrometheusMetrics();

    @Test
    void completedRunsAddFilesBytesAndDuration() {
        metrics.runCompleted(new IndexResult(4, 10, 0, Map.of(), 4096, Duration.ofSeconds(3)));
        metrics.runCompleted(new IndexResult(1, 2, 0, Map.of(), 100, Duration.ofSeconds(1)));

        assertThat(metrics.scrape())
                .contains("codebase_indexed_files_total 5.0")
                .contains("codebase_indexed_bytes_total 4196.0")
                .contains("codebase_indexing_run_duration_seconds_count{outcome=\"completed\"} 2")
                .contains("codebase_indexing_run_duration_seconds_sum{outcome=\"completed\"} 4.0");
    }

    @Test
    void stoppedAndFailedRunsAreCountedByOutcome() {
        metrics.runStopped(IndexingStoppedException.Reason.CANCELLED, Duration.ofSeconds(2));
        metrics.runStopped(IndexingStoppedException.Reason.TIMED_OUT, Duration.ofSeconds(60));
        metrics.runFailed(Duration.ofMillis(500));

        assertThat(metrics.scrape())
                .contains("codebase_indexing_run_duration_seconds_count{outcome=\"cancelled\"} 1")
                .contains("codebase_indexing_run_duration_seconds_count{outcome=\"timed_out\"} 1")
                .contains("codebase_indexing_run_duration_seconds_count{outcome=\"failed\"} 1")
                .doesNotContain("outcome=\"completed\"");
    }

    @Test
    void activeJobsAreCountedWhenScraped() {
        FakeIndexing indexing = new FakeIndexing();
        metrics.watchActiveJobs(indexing);
        indexing.start(StartIndexingCommand.of("/srv/a"));
        indexing.start(StartIndexingCommand.of("/srv/b"));

        assertThat(metrics.scrape()).contains("codebase_jobs_active{status=\"pending\"} 2.0");
    }
}
