package dev.codebasemcp.bootstrap.bench;

import dev.codebasemcp.application.port.out.IndexResult;
import dev.codebasemcp.application.port.out.Indexer.IndexRequest;
import dev.codebasemcp.application.port.out.IndexingMonitor;
import dev.codebasemcp.application.port.out.SourceTree.FileRead;
import dev.codebasemcp.application.port.out.SourceTree.Listing;
import dev.codebasemcp.application.port.out.SourceTree.SourceFile;
import dev.codebasemcp.application.service.indexing.IndexingSettings;
import dev.codebasemcp.application.service.indexing.RepositoryIndexer;
import dev.codebasemcp.bootstrap.filesystem.FileSystemSourceTree;
import dev.codebasemcp.domain.index.Chunk;
import dev.codebasemcp.domain.index.Chunker;
import dev.codebasemcp.domain.index.ContentHash;
import dev.codebasemcp.domain.index.FileText;
import dev.codebasemcp.domain.job.JobPhase;
import dev.codebasemcp.domain.job.JobProgress;
import dev.codebasemcp.domain.project.ProjectId;
import dev.codebasemcp.persistence.jooq.index.BenchmarkDatabase;
import dev.codebasemcp.persistence.jooq.index.PostgresIndexStore;
import dev.codebasemcp.persistence.jooq.search.CodeTokenVector;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.util.Locale;

/**
 * Indexes a repository cold, again without changes, and again after one file changed; prints files,
 * MB, seconds, files/s, MB/s, the split of the cold run by phase, peak heap and index size.
 * Arguments: repository path, work directory. The benchmark's report is its standard output.
 */
public final class IndexBenchmark {

    private static final PrintStream OUT = System.out;

    private IndexBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path repo = Path.of(args[0]).toRealPath();
        Path work = Path.of(args[1]).toAbsolutePath();
        IndexingSettings settings = IndexingSettings.defaults();
        try (BenchmarkDatabase database = BenchmarkDatabase.start(work, settings.parallelism() + 4)) {
            FileSystemSourceTree tree = new FileSystemSourceTree();
            RepositoryIndexer indexer = new RepositoryIndexer(tree, new PostgresIndexStore(database.dataSource()), settings,
                    Clock.systemUTC());
            OUT.printf("repository %s%nPostgreSQL %s, %d indexing threads, %d processors, max heap %d MB%n%n", repo,
                    database.serverVersion(), settings.parallelism(), Runtime.getRuntime().availableProcessors(),
                    Runtime.getRuntime().maxMemory() >> 20);

            Measured cold = measure("cold index", indexer, repo);
            long indexBytes = database.indexSizeBytes();
            Measured unchanged = measure("no-change re-index", indexer, repo);
            Path touched = pickFile(repo, tree.list(repo));
            byte[] original = Files.readAllBytes(touched);
            FileTime originalTime = Files.getLastModifiedTime(touched);
            Measured oneChanged;
            try {
                Files.writeString(touched, "\n// changed by the index benchmark\n", java.nio.file.StandardOpenOption.APPEND);
                oneChanged = measure("one file changed", indexer, repo);
            } finally {
                Files.write(touched, original);
                Files.setLastModifiedTime(touched, originalTime);
            }

            OUT.printf("%n%-20s %8s %9s %8s %9s %8s %9s %10s%n", "run", "files", "MB", "seconds", "files/s", "MB/s", "chunks",
                    "peak heap");
            for (Measured run : new Measured[] {cold, unchanged, oneChanged}) {
                run.printRow();
            }
            OUT.printf("%ncold run by phase: scan %.2f s, read+chunk+write %.2f s, index build+publish %.2f s%n",
                    cold.scanSeconds(), cold.writeSeconds(), cold.finalizeSeconds());
            OUT.printf("index size on disk: %.1f MB (%.2f x the indexed bytes)%n", indexBytes / 1e6,
                    (double) indexBytes / cold.result().bytesIndexed());
            printJavaWork(tree, repo, settings);
            OUT.printf("changed file: %s%n", repo.relativize(touched));
            Files.writeString(work.resolve("cold-seconds.txt"), String.format(Locale.ROOT, "%.3f%n",
                    cold.result().duration().toNanos() / 1e9));
        }
    }

    private static Measured measure(String name, RepositoryIndexer indexer, Path repo) {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        PhaseClock clock = new PhaseClock();
        IndexResult result = indexer.index(new IndexRequest(ProjectId.of("bench"), repo, false), clock);
        long end = System.nanoTime();
        long peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum();
        Measured measured = new Measured(name, result, peakHeap, clock.seconds(clock.started, clock.scanned),
                clock.seconds(clock.scanned, clock.finalizing), clock.seconds(clock.finalizing, end));
        OUT.printf("%s: %s%n", name, result);
        return measured;
    }

    /** Where the Java side spends its time: the cold run's read, hash, decode, chunk and token work on one thread. */
    private static void printJavaWork(FileSystemSourceTree tree, Path repo, IndexingSettings settings) {
        long start = System.nanoTime();
        Listing listing = tree.list(repo);
        long listed = System.nanoTime();
        Chunker chunker = new Chunker(settings.chunking());
        long readNanos = 0;
        long chunkNanos = 0;
        long tokenNanos = 0;
        int chunks = 0;
        for (SourceFile file : listing.files()) {
            long t0 = System.nanoTime();
            if (!(tree.read(repo, file.path(), settings.maxFileBytes()) instanceof FileRead.Content content)) {
                continue;
            }
            ContentHash.of(content.bytes(), content.bytes().length);
            long t1 = System.nanoTime();
            readNanos += t1 - t0;
            if (!(FileText.decode(content.bytes(), content.bytes().length) instanceof FileText.Text text)) {
                continue;
            }
            var fileChunks = chunker.chunk(text.text());
            long t2 = System.nanoTime();
            chunkNanos += t2 - t1;
            for (Chunk chunk : fileChunks) {
                CodeTokenVector.literal(chunk.content());
            }
            tokenNanos += System.nanoTime() - t2;
            chunks += fileChunks.size();
        }
        OUT.printf(Locale.ROOT, "java work on one thread (warm cache): list %.2f s, read+hash %.2f s, decode+chunk %.2f s,"
                        + " tokens %.2f s, %d chunks%n", (listed - start) / 1e9, readNanos / 1e9, chunkNanos / 1e9,
                tokenNanos / 1e9, chunks);
    }

    /** The first listed file of a typical source size, to change and restore. */
    private static Path pickFile(Path repo, Listing listing) {
        return listing.files().stream()
                .filter(file -> file.sizeBytes() > 1_000 && file.sizeBytes() < 100_000)
                .findFirst()
                .map(file -> repo.resolve(file.path()))
                .orElseThrow(() -> new IllegalStateException("the repository has no file of 1-100 KB to change"));
    }

    /** Notes when the run moved from phase to phase. */
    private static final class PhaseClock implements IndexingMonitor {
        final long started = System.nanoTime();
        long scanned;
        long finalizing;

        @Override
        public void progress(JobProgress progress) {
            long now = System.nanoTime();
            if (scanned == 0 && (progress.phase() != JobPhase.SCANNING || progress.filesTotal() > 0)) {
                scanned = now;
            }
            if (finalizing == 0 && (progress.phase() == JobPhase.FINALIZING || progress.phase() == JobPhase.DONE)) {
                finalizing = now;
            }
        }

        @Override
        public void checkpoint() {
        }

        double seconds(long from, long to) {
            return (to - from) / 1e9;
        }
    }

    private record Measured(String name, IndexResult result, long peakHeapBytes, double scanSeconds, double writeSeconds,
                            double finalizeSeconds) {
        void printRow() {
            double seconds = result.duration().toNanos() / 1e9;
            double megabytes = result.bytesIndexed() / 1e6;
            OUT.printf(Locale.ROOT, "%-20s %8d %9.1f %8.2f %9.0f %8.1f %9d %7d MB%n", name, result.filesIndexed(), megabytes,
                    seconds, result.filesIndexed() / seconds, megabytes / seconds, result.chunksCreated(), peakHeapBytes >> 20);
        }
    }
}
