package dev.codebasemcp.bootstrap.indexing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.codebasemcp.application.port.out.IndexResult;
import dev.codebasemcp.application.port.out.Indexer.IndexRequest;
import dev.codebasemcp.application.port.out.IndexingMonitor;
import dev.codebasemcp.application.port.out.IndexingStoppedException;
import dev.codebasemcp.application.service.indexing.IndexingSettings;
import dev.codebasemcp.application.service.indexing.RepositoryIndexer;
import dev.codebasemcp.bootstrap.filesystem.FileSystemSourceTree;
import dev.codebasemcp.domain.index.ChunkingOptions;
import dev.codebasemcp.domain.index.SkipReason;
import dev.codebasemcp.domain.job.JobProgress;
import dev.codebasemcp.domain.project.ProjectId;
import dev.codebasemcp.persistence.jooq.index.PostgresIndexStore;
import dev.codebasemcp.persistence.jooq.testing.PublishedChunks;
import dev.codebasemcp.persistence.jooq.testing.TestDatabaseExtension;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The scanner, the indexer and the PostgreSQL store together on repositories built on disk. */
class RepositoryIndexingTest {

    @RegisterExtension
    static final TestDatabaseExtension DATABASE = TestDatabaseExtension.migrated();

    private static final IndexingSettings SETTINGS = new IndexingSettings(1000, new ChunkingOptions(4, 400, 2), 2, 2, 10_000);

    @TempDir
    Path repo;

    private final RepositoryIndexer indexer = new RepositoryIndexer(new FileSystemSourceTree(),
            new PostgresIndexStore(DATABASE.dataSource()), SETTINGS, Clock.systemUTC());

    @Test
    void indexesAMessyRepositoryWithExactCounts() throws IOException, SQLException {
        write(".gitignore", "*.tmp\nlogs/\n");
        write("src/.gitignore", "generated/\n!keep.tmp\n");
        write("src/Main.java", "class Main {\n  void run() {}\n}\n");
        write("src/keep.tmp", "kept by a nested negation\n");
        write("src/drop.tmp", "ignored by the root\n");
        write("src/generated/Gen.java", "ignored directory\n");
        write("logs/app.log", "ignored directory\n");
        write("crlf.txt", "one\r\ntwo\r\nthree\r\n");
        write("empty.txt", "");
        Files.write(repo.resolve("image.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1});
        write("huge.txt", "x".repeat(1001));
        Files.write(repo.resolve("latin1.txt"), new byte[] {'c', 'a', 'f', (byte) 0xE9, '\n'});
        Files.createSymbolicLink(repo.resolve("src/loop"), repo);
        Path secret = write("secret.txt", "no read permission\n");
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
        // A process with CAP_DAC_OVERRIDE (root) reads the file anyway; then it is indexed like any other.
        boolean denied = !Files.isReadable(secret);

        IndexResult result = index("messy", false);

        Map<SkipReason, Integer> skipped = new EnumMap<>(Map.of(SkipReason.BINARY, 1, SkipReason.TOO_LARGE, 1,
                SkipReason.SYMLINK, 1));
        if (denied) {
            skipped.put(SkipReason.UNREADABLE, 1);
        }
        assertThat(result.filesSkipped()).isEqualTo(skipped);
        assertThat(result.filesIndexed()).isEqualTo(denied ? 7 : 8);
        assertThat(result.chunksCreated()).isEqualTo(denied ? 6 : 7);
        List<Tuple> expected = new ArrayList<>(List.of(
                tuple(".gitignore", 1, 2, "*.tmp\nlogs/"),
                tuple("crlf.txt", 1, 3, "one\ntwo\nthree"),
                tuple("latin1.txt", 1, 1, "caf\u00e9"),
                tuple("src/.gitignore", 1, 2, "generated/\n!keep.tmp"),
                tuple("src/Main.java", 1, 3, "class Main {\n  void run() {}\n}"),
                tuple("src/keep.tmp", 1, 1, "kept by a nested negation")));
        if (!denied) {
            expected.add(3, tuple("secret.txt", 1, 1, "no read permission"));
        }
        assertThat(chunks("messy")).containsExactlyElementsOf(expected);
        assertThat(files("messy")).contains("empty.txt").doesNotContain("src/drop.tmp", "image.png", "huge.txt");
    }

    @Test
    void reindexingAfterEditsPublishesExactlyTheNewChunks() throws IOException, SQLException {
        write("a.txt", "a1\na2\na3\n\na5\na6\n");
        write("b.txt", "b1\n");
        write("c.txt", "c1\n");
        index("edits", false);

        write("a.txt", "a1\nA2\na3\n\na5\na6\n");
        touchLater("a.txt");
        Files.delete(repo.resolve("b.txt"));
        write("d/e.txt", "e1\ne2\n");
        IndexResult result = index("edits", false);

        assertThat(result.filesIndexed()).isEqualTo(3);
        assertThat(result.filesReused()).isEqualTo(1);
        assertThat(chunks("edits")).containsExactly(
                tuple("a.txt", 1, 4, "a1\nA2\na3\n"),
                tuple("a.txt", 5, 6, "a5\na6"),
                tuple("c.txt", 1, 1, "c1"),
                tuple("d/e.txt", 1, 2, "e1\ne2"));
        assertThat(count("SELECT count(*) FROM file_content")).isEqualTo(count(
                "SELECT count(DISTINCT content_id) FROM indexed_file f JOIN index_repository r ON r.active_generation = f.generation_id"));
    }

    @Test
    void anInterruptedRunFollowedByARerunEqualsACleanRun() throws IOException, SQLException {
        for (int i = 0; i < 12; i++) {
            write("f" + i + ".txt", "file " + i + "\nline two of " + i + "\n");
        }
        AtomicInteger checkpoints = new AtomicInteger();
        IndexingMonitor interrupting = new IndexingMonitor() {
            @Override
            public void progress(JobProgress progress) {
            }

            @Override
            public void checkpoint() {
                // Two checkpoints come before any file is indexed, then one per batch of two files handed
                // out: at the fifth, two batches are on their way; let them land, then stop.
                if (checkpoints.incrementAndGet() == 5) {
                    awaitStoredContents("interrupted", 4);
                    throw new IndexingStoppedException(IndexingStoppedException.Reason.SHUTTING_DOWN, "shutting down");
                }
            }
        };

        assertThatThrownBy(() -> indexer.index(new IndexRequest(ProjectId.of("interrupted"), repo, false), interrupting))
                .isInstanceOf(IndexingStoppedException.class);
        assertThat(chunks("interrupted")).isEmpty();
        int storedByTheInterruptedRun = count("SELECT count(*) FROM file_content fc JOIN index_repository r"
                + " ON r.id = fc.repository_id WHERE r.project_id = 'interrupted'");

        IndexResult rerun = index("interrupted", false);
        index("clean", false);

        assertThat(storedByTheInterruptedRun).isEqualTo(4);
        assertThat(rerun.filesReused()).isEqualTo(storedByTheInterruptedRun);
        assertThat(rerun.filesIndexed()).isEqualTo(12);
        assertThat(chunks("interrupted")).hasSize(12).containsExactlyElementsOf(chunks("clean"));
    }

    @Test
    void aFileSwappedForAFifoAfterListingIsSkippedInsteadOfBlockingTheRun() throws IOException, SQLException {
        write("A.java", "class A {}\n");
        write("Swap.java", "class Swap {}\n");
        write("Z.java", "class Z {}\n");
        AtomicInteger listed = new AtomicInteger();
        IndexingMonitor swapAfterListing = new IndexingMonitor() {
            @Override
            public void progress(JobProgress progress) {
                listed.compareAndSet(0, progress.filesTotal());
            }

            @Override
            public void checkpoint() {
                if (listed.get() > 0 && Files.isRegularFile(repo.resolve("Swap.java"))) {
                    swapForFifo(repo.resolve("Swap.java"));
                }
            }
        };

        // The bound only turns the old behaviour (a read blocked for ever) into a failure.
        IndexResult result = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> indexer.index(new IndexRequest(ProjectId.of("fifo"), repo, false), swapAfterListing));

        assertThat(listed.get()).isEqualTo(3);
        assertThat(result.filesSkipped()).containsEntry(SkipReason.UNREADABLE, 1);
        assertThat(files("fifo")).containsExactly("A.java", "Z.java");
    }

    @Test
    void forceReindexRebuildsTheSameIndex() throws IOException, SQLException {
        write("a.txt", "alpha\n");
        write("b.txt", "beta\n");
        index("forced", false);
        List<Tuple> before = chunks("forced");

        IndexResult result = index("forced", true);

        assertThat(result.filesReused()).isZero();
        assertThat(chunks("forced")).isEqualTo(before).hasSize(2);
    }

    private IndexResult index(String project, boolean force) {
        return indexer.index(new IndexRequest(ProjectId.of(project), repo, force), IndexingMonitor.NONE);
    }

    private static void swapForFifo(Path file) {
        try {
            Files.delete(file);
            Process mkfifo = new ProcessBuilder("mkfifo", file.toString()).inheritIO().start();
            assertThat(mkfifo.waitFor(30, TimeUnit.SECONDS) && mkfifo.exitValue() == 0).isTrue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Path write(String path, String text) throws IOException {
        Path file = repo.resolve(path);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    /** Same size, so only the modification time tells the change; file systems with coarse clocks need the push. */
    private void touchLater(String path) throws IOException {
        Path file = repo.resolve(path);
        Files.setLastModifiedTime(file, FileTime.from(Files.getLastModifiedTime(file).toInstant().plusSeconds(5)));
    }

    private static List<Tuple> chunks(String project) throws SQLException {
        return PublishedChunks.of(DATABASE.dataSource(), project);
    }

    private static List<String> files(String project) throws SQLException {
        List<String> paths = new ArrayList<>();
        try (Connection connection = DATABASE.dataSource().getConnection();
             PreparedStatement statement = connection.prepareStatement("SELECT f.path FROM indexed_file f JOIN index_repository r"
                     + " ON r.active_generation = f.generation_id WHERE r.project_id = ? ORDER BY f.path COLLATE \"C\"")) {
            statement.setString(1, project);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    paths.add(result.getString(1));
                }
            }
        }
        return paths;
    }

    private static void awaitStoredContents(String project, int expected) {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        try {
            while (count("SELECT count(*) FROM file_content fc JOIN index_repository r ON r.id = fc.repository_id"
                    + " WHERE r.project_id = '" + project + "'") < expected) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("the first batches were not stored within 10 s");
                }
                java.util.concurrent.locks.LockSupport.parkNanos(5_000_000);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int count(String sql) throws SQLException {
        try (Connection connection = DATABASE.dataSource().getConnection();
             PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getInt(1);
        }
    }
}
