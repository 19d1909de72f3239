package dev.codebasemcp.application.service.indexing;

import dev.codebasemcp.domain.index.SkipReason;
import dev.codebasemcp.domain.index.SkippedPath;
import dev.codebasemcp.domain.job.JobPhase;
import dev.codebasemcp.domain.job.JobProgress;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** What an indexing pass has done so far; updated by the worker threads, read for progress and the result. */
final class IndexingCounters {

    private final int filesTotal;
    private final AtomicInteger filesDone = new AtomicInteger();
    private final AtomicInteger filesIndexed = new AtomicInteger();
    private final AtomicInteger filesReused = new AtomicInteger();
    private final AtomicInteger chunks = new AtomicInteger();
    private final AtomicLong bytes = new AtomicLong();
    private final Map<SkipReason, AtomicInteger> skipped = new EnumMap<>(SkipReason.class);
    private final List<SkippedPath> skippedPaths = new ArrayList<>();

    IndexingCounters(int filesTotal, Map<SkipReason, Integer> skippedWhileListing, List<SkippedPath> pathsSkippedWhileListing) {
        this.filesTotal = filesTotal;
        pathsSkippedWhileListing.forEach(this::recordSkipped);
        for (SkipReason reason : SkipReason.values()) {
            skipped.put(reason, new AtomicInteger(skippedWhileListing.getOrDefault(reason, 0)));
        }
    }

    void indexed(long sizeBytes, int chunkCount, boolean reused) {
        filesIndexed.incrementAndGet();
        if (reused) {
            filesReused.incrementAndGet();
        }
        chunks.addAndGet(chunkCount);
        bytes.addAndGet(sizeBytes);
        filesDone.incrementAndGet();
    }

    void skipped(String path, SkipReason reason, String detail) {
        skipped.get(reason).incrementAndGet();
        filesDone.incrementAndGet();
        recordSkipped(new SkippedPath(path, false, detail == null ? reason.wireName() : reason.wireName() + ": " + detail));
    }

    /** Directories first, then files in the order met; at most {@link SkippedPath#MAX_RECORDED}. */
    List<SkippedPath> skippedPaths() {
        List<SkippedPath> paths = new ArrayList<>(skippedPaths);
        paths.sort(Comparator.comparing((SkippedPath path) -> !path.directory()));
        return paths;
    }

    private void recordSkipped(SkippedPath path) {
        synchronized (skippedPaths) {
            if (skippedPaths.size() < SkippedPath.MAX_RECORDED) {
                skippedPaths.add(path);
            }
        }
    }

    int filesIndexed() {
        return filesIndexed.get();
    }

    int filesReused() {
        return filesReused.get();
    }

    int chunks() {
        return chunks.get();
    }

    long bytes() {
        return bytes.get();
    }

    Map<SkipReason, Integer> skippedByReason() {
        Map<SkipReason, Integer> counts = new EnumMap<>(SkipReason.class);
        skipped.forEach((reason, count) -> {
            if (count.get() > 0) {
                counts.put(reason, count.get());
            }
        });
        return counts;
    }

    JobProgress progress(JobPhase phase) {
        int skippedTotal = skipped.values().stream().mapToInt(AtomicInteger::get).sum();
        return new JobProgress(phase, filesTotal, filesDone.get(), bytes.get(), chunks.get(), skippedTotal);
    }
}
