package dev.codebasemcp.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.codebasemcp.application.port.out.IndexResult;
import dev.codebasemcp.application.port.out.Indexer;
import dev.codebasemcp.application.port.out.IndexingMetrics;
import dev.codebasemcp.application.port.out.IndexingMonitor;
import dev.codebasemcp.application.port.out.IndexingStoppedException;
import dev.codebasemcp.domain.project.ProjectId;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MeteredIndexerTest {

    private static final Indexer.IndexRequest REQUEST = new Indexer.IndexRequest(ProjectId.DEFAULT, Path.of("/repo"), false);

    private final List<String> events = new ArrayList<>();
    private final StepClock clock = new StepClock(Duration.ofSeconds(3));
    private final IndexingMetrics recorder = new IndexingMetrics() {
        @Override
        public void runCompleted(IndexResult result) {
            events.add("completed " + result.filesIndexed() + " files " + result.bytesIndexed() + " bytes");
        }

        @Override
        public void runStopped(IndexingStoppedException.Reason reason, Duration duration) {
            events.add("stopped " + reason + " after " + duration.toSeconds() + "s");
        }

        @Override
        public void runFailed(Duration duration) {
            events.add("failed after " + duration.toSeconds() + "s");
        }
    };

    @Test
    void completedRunIsReportedWithItsResult() {
        IndexResult result = new IndexResult(4, 9, 1, Map.of(), 2048, Duration.ofSeconds(2));
        MeteredIndexer indexer = new MeteredIndexer((request, monitor) -> result, recorder, clock);

        assertThat(indexer.index(REQUEST, IndexingMonitor.NONE)).isSameAs(result);
        assertThat(events).containsExactly("completed 4 files 2048 bytes");
    }

    @Test
    void stoppedRunIsReportedWithReasonAndDurationAndRethrown() {
        MeteredIndexer indexer = new MeteredIndexer((request, monitor) -> {
            throw new IndexingStoppedException(IndexingStoppedException.Reason.CANCELLED, "cancelled");
        }, recorder, clock);

        assertThatThrownBy(() -> indexer.index(REQUEST, IndexingMonitor.NONE)).isInstanceOf(IndexingStoppedException.class);
        assertThat(events).containsExactly("stopped CANCELLED after 3s");
    }

    @Test
    void failedRunIsReportedAndRethrown() {
        MeteredIndexer indexer = new MeteredIndexer((request, monitor) -> {
            throw new IllegalStateException("disk full");
        }, recorder, clock);

        assertThatThrownBy(() -> indexer.index(REQUEST, IndexingMonitor.NONE)).hasMessage("disk full");
        assertThat(events).containsExactly("failed after 3s");
    }

    /** A clock that moves forward by a fixed step every time it is read. */
    private static final class StepClock extends Clock {
        private final Duration step;
        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        StepClock(Duration step) {
            this.step = step;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            Instant current = now;
            now = now.plus(step);
            return current;
        }
    }
}
