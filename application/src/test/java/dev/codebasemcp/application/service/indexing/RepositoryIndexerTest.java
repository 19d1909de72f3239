package dev.codebasemcp.application.service.indexing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.codebasemcp.application.port.out.InMemoryIndexStore;
import dev.codebasemcp.application.port.out.IndexResult;
import dev.codebasemcp.application.port.out.Indexer.IndexRequest;
import dev.codebasemcp.application.port.out.IndexingMonitor;
import dev.codebasemcp.application.port.out.IndexingStoppedException;
import dev.codebasemcp.application.port.out.SourceTree.FileRead;
import dev.codebasemcp.domain.index.ChunkingOptions;
import dev.codebasemcp.domain.index.SkipReason;
import dev.codebasemcp.domain.index.SkippedPath;
import dev.codebasemcp.domain.job.JobPhase;
import dev.codebasemcp.domain.job.JobProgress;
import dev.codebasemcp.domain.project.ProjectId;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RepositoryIndexerTest {

    private static final Path ROOT = Path.of("/repo");

    private final InMemorySourceTree tree = new InMemorySourceTree();
    private final InMemoryIndexStore store = new InMemoryIndexStore();
    private final RepositoryIndexer indexer = new RepositoryIndexer(tree, store,
            new IndexingSettings(100, new ChunkingOptions(3, 200, 1), 2, 2, 1000),
            Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));

    @Test
    void indexesTextFilesAndCountsEverySkippedFileByReason() {
        tree.put("a.java", "class A {}\n")
                .put("b.py", "x = 1\ny = 2\nz = 3\nw = 4\n")
                .put("empty.txt", "")
                .put("binary.bin", new byte[] {1, 0, 2})
                .put("latin1.txt", new byte[] {'c', 'a', 'f', (byte) 0xE9})
                .put("big.txt", "x".repeat(101))
                .readsAs("gone.txt", new FileRead.Vanished())
                .readsAs("secret.txt", new FileRead.Unreadable("permission denied"));

        IndexResult result = index(false);

        assertThat(result.filesIndexed()).isEqualTo(4);
        assertThat(result.chunksCreated()).isEqualTo(4);
        assertThat(result.filesReused()).isZero();
        assertThat(result.bytesIndexed()).isEqualTo(11 + 24 + 4);
        assertThat(result.filesSkipped()).isEqualTo(Map.of(SkipReason.BINARY, 1,
                SkipReason.TOO_LARGE, 1, SkipReason.VANISHED, 1, SkipReason.UNREADABLE, 1, SkipReason.SYMLINK, 1));
        assertThat(result.skippedPaths()).extracting(SkippedPath::path, SkippedPath::reason).containsExactlyInAnyOrder(
                tuple("binary.bin", "binary"), tuple("big.txt", "too_large"),
                tuple("gone.txt", "vanished"), tuple("secret.txt", "unreadable: permission denied"));
        assertThat(store.searchable()).containsOnlyKeys("a.java", "b.py", "empty.txt", "latin1.txt");
        assertThat(InMemoryIndexStore.contentsOf(store.searchable().get("b.py"))).containsExactly("x = 1\ny = 2\nz = 3", "w = 4");
        assertThat(store.publishedFiles().get("a.java").language()).isEqualTo("java");
    }

    @Test
    void unchangedFilesAreReusedWithoutBeingRead() {
        tree.put("a.java", "class A {}").put("b.java", "class B {}");
        index(false);
        int readsBefore = tree.reads();
        int contentsBefore = store.contentsWritten();

        tree.put("b.java", "class B { int x; }").put("c.java", "class C {}").remove("a.java");
        IndexResult result = index(false);

        assertThat(tree.reads() - readsBefore).isEqualTo(2);
        assertThat(store.contentsWritten() - contentsBefore).isEqualTo(2);
        assertThat(result.filesIndexed()).isEqualTo(2);
        assertThat(result.filesReused()).isZero();
        assertThat(store.searchable()).containsOnlyKeys("b.java", "c.java");
        assertThat(InMemoryIndexStore.contentsOf(store.searchable().get("b.java"))).containsExactly("class B { int x; }");
    }

    @Test
    void aTouchedFileWithTheSameContentIsReusedByItsHash() {
        tree.put("a.java", "class A {}");
        index(false);
        int contentsBefore = store.contentsWritten();

        tree.put("a.java", "class A {}");
        IndexResult result = index(false);

        assertThat(result.filesReused()).isEqualTo(1);
        assertThat(store.contentsWritten()).isEqualTo(contentsBefore);
    }

    @Test
    void forceReindexReadsAndStoresEverythingAgain() {
        tree.put("a.java", "class A {}").put("b.java", "class B {}");
        index(false);
        int contentsBefore = store.contentsWritten();

        IndexResult result = index(true);

        assertThat(result.filesReused()).isZero();
        assertThat(store.contentsWritten() - contentsBefore).isEqualTo(2);
        assertThat(store.searchable()).containsOnlyKeys("a.java", "b.java");
    }

    @Test
    void identicalFilesShareOneStoredContent() {
        tree.put("a/LICENSE.txt", "same text").put("b/LICENSE.txt", "same text").put("c/LICENSE.txt", "same text");

        IndexResult result = index(false);

        assertThat(result.filesIndexed()).isEqualTo(3);
        assertThat(result.chunksCreated()).isEqualTo(3);
        assertThat(store.contentsWritten()).isEqualTo(1);
    }

    @Test
    void aStopAtACheckpointDiscardsTheBuildAndKeepsThePublishedIndex() {
        tree.put("a.java", "class A {}");
        index(false);
        tree.put("b.java", "class B {}");
        AtomicInteger checkpoints = new AtomicInteger();
        IndexingMonitor stopping = new IndexingMonitor() {
            @Override
            public void progress(JobProgress progress) {
            }

            @Override
            public void checkpoint() {
                // The first two checkpoints come before and after listing; stop once files are being indexed.
                if (checkpoints.incrementAndGet() > 2) {
                    throw new IndexingStoppedException(IndexingStoppedException.Reason.CANCELLED, "cancelled");
                }
            }
        };

        assertThatThrownBy(() -> indexer.index(new IndexRequest(ProjectId.DEFAULT, ROOT, false), stopping))
                .isInstanceOf(IndexingStoppedException.class);

        assertThat(store.discarded()).isEqualTo(1);
        assertThat(store.searchable()).containsOnlyKeys("a.java");
    }

    @Test
    void aStopTakesEffectWhileAReadHangs() {
        tree.put("a.java", "class A {}");
        index(false);
        CountDownLatch readHangs = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        tree.put("b.java", "class B {}").put("fifo.java", "never read").hangsOn("fifo.java", readHangs, release);
        IndexingMonitor cancelOnceStuck = new IndexingMonitor() {
            @Override
            public void progress(JobProgress progress) {
            }

            @Override
            public void checkpoint() {
                if (readHangs.getCount() == 0) {
                    throw new IndexingStoppedException(IndexingStoppedException.Reason.CANCELLED, "cancelled");
                }
            }
        };

        try {
            // The bound only guards against a hang of the old behaviour; the run ends within STOP_GRACE.
            assertTimeoutPreemptively(Duration.ofSeconds(60), () -> assertThatThrownBy(
                    () -> indexer.index(new IndexRequest(ProjectId.DEFAULT, ROOT, false), cancelOnceStuck))
                    .isInstanceOf(IndexingStoppedException.class));
        } finally {
            release.countDown();
        }

        assertThat(store.discarded()).isEqualTo(1);
        assertThat(store.searchable()).containsOnlyKeys("a.java");
    }

    @Test
    void anInterruptedThreadStopsTheRunAsAShutdownAndKeepsItsInterruptFlag() {
        tree.put("a.java", "class A {}");
        IndexingMonitor interrupting = new IndexingMonitor() {
            @Override
            public void progress(JobProgress progress) {
            }

            @Override
            public void checkpoint() {
                Thread.currentThread().interrupt();
            }
        };

        try {
            assertThatThrownBy(() -> indexer.index(new IndexRequest(ProjectId.DEFAULT, ROOT, false), interrupting))
                    .isInstanceOfSatisfying(IndexingStoppedException.class,
                            stopped -> assertThat(stopped.reason()).isEqualTo(IndexingStoppedException.Reason.SHUTTING_DOWN));
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
        assertThat(store.searchable()).isEmpty();
    }

    @Test
    void anInterruptWhilePublishingLetsThePublishFinishAndTheRunSucceed() {
        tree.put("a.java", "class A {}");
        IndexingMonitor interruptingWhenFinalizing = new IndexingMonitor() {
            @Override
            public void progress(JobProgress progress) {
                if (progress.phase() == JobPhase.FINALIZING) {
                    Thread.currentThread().interrupt();
                }
            }

            @Override
            public void checkpoint() {
            }
        };

        try {
            IndexResult result = indexer.index(new IndexRequest(ProjectId.DEFAULT, ROOT, false), interruptingWhenFinalizing);

            assertThat(result.filesIndexed()).isEqualTo(1);
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
        assertThat(store.searchable()).containsOnlyKeys("a.java");
        assertThat(store.discarded()).isZero();
    }

    @Test
    void aFailedWriteDiscardsTheBuildAndIsRethrown() {
        tree.put("a.java", "class A {}");
        store.failWritesWith(new IllegalStateException("disk full"));

        assertThatThrownBy(() -> index(false)).isInstanceOf(IllegalStateException.class).hasMessage("disk full");

        assertThat(store.discarded()).isEqualTo(1);
        assertThat(store.searchable()).isEmpty();
    }

    @Test
    void reportsScanningThenFinalizingThenDone() {
        tree.put("a.java", "class A {}");
        List<JobProgress> reports = new CopyOnWriteArrayList<>();
        IndexingMonitor recording = new IndexingMonitor() {
            @Override
            public void progress(JobProgress progress) {
                reports.add(progress);
            }

            @Override
            public void checkpoint() {
            }
        };

        indexer.index(new IndexRequest(ProjectId.DEFAULT, ROOT, false), recording);

        assertThat(reports.getFirst().phase()).isEqualTo(JobPhase.SCANNING);
        assertThat(reports).extracting(JobProgress::phase).contains(JobPhase.FINALIZING);
        assertThat(reports.getLast()).isEqualTo(new JobProgress(JobPhase.DONE, 1, 1, 10, 1, 1));
    }

    private IndexResult index(boolean force) {
        return indexer.index(new IndexRequest(ProjectId.DEFAULT, ROOT, force), IndexingMonitor.NONE);
    }
}
