package dev.codebasemcp.application.service.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codebasemcp.application.port.out.InMemoryJobStore;
import dev.codebasemcp.domain.job.IndexingJob;
import dev.codebasemcp.domain.job.JobId;
import dev.codebasemcp.domain.project.ProjectId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeartbeatTest {

    private static final Instant T0 = Instant.parse("2026-04-01T08:00:00Z");
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final InMemoryJobStore store = new InMemoryJobStore();
    private final JobEngineSettings settings = JobEngineSettings.defaults().withJobTimeout(TIMEOUT);

    @Test
    void neverRenewsALeaseBeyondTheRunsDeadlinePlusTheTimeItGetsToStop() {
        store.insert(IndexingJob.pending(JobId.random(), "/r", ProjectId.DEFAULT, false, T0));
        IndexingJob claimed = store.claim("w", 1, T0, T0.plus(settings.leaseDuration())).get(0);
        Clock late = Clock.fixed(T0.plusSeconds(15), ZoneOffset.UTC);
        JobExecution execution = new JobExecution(claimed, store, late, TIMEOUT);

        new Heartbeat(store, late, settings, "w").beat(List.of(execution));

        assertThat(settings.leaseDuration()).isGreaterThan(Duration.ofSeconds(5).plus(settings.shutdownGrace()));
        assertThat(store.findById(claimed.id()).orElseThrow().leaseExpiresAt())
                .isEqualTo(T0.plus(TIMEOUT).plus(settings.shutdownGrace()));
    }

    @Test
    void stopsARunPastItsDeadlineAsTimedOut() {
        store.insert(IndexingJob.pending(JobId.random(), "/r", ProjectId.DEFAULT, false, T0));
        IndexingJob claimed = store.claim("w", 1, T0, T0.plus(settings.leaseDuration())).get(0);
        Clock past = Clock.fixed(T0.plus(TIMEOUT).plusSeconds(1), ZoneOffset.UTC);
        JobExecution execution = new JobExecution(claimed, store, past, TIMEOUT);

        new Heartbeat(store, past, settings, "w").beat(List.of(execution));

        assertThat(execution.isStopRequested()).isTrue();
        assertThat(store.findById(claimed.id()).orElseThrow().leaseExpiresAt())
                .isEqualTo(T0.plus(TIMEOUT).plus(settings.shutdownGrace()));
    }
}
