package dev.codebasemcp.application.service.indexing;

import dev.codebasemcp.domain.index.SkipReason;
import dev.codebasemcp.domain.job.JobPhase;
import dev.codebasemcp.domain.job.JobProgress;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** What a run has done so far; updated by the worker threads, read for progress and the result. */
final class RunCounters {

    private final int filesTotal;
    private final AtomicInteger filesDone = new AtomicInteger();
    private final AtomicInteger filesIndexed = new AtomicInteger();
    private final AtomicInteger filesReused = new AtomicInteger();
    private final AtomicInteger chunks = new AtomicInteger();
    private final AtomicLong bytes = new AtomicLong();
    private final Map<SkipReason, AtomicInteger> skipped = new EnumMap<>(SkipReason.class);

    RunCounters(int filesTotal, Map<SkipReason, Integer> skippedWhileListing) {
        this.filesTotal = filesTotal;
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

    void skipped(SkipReason reason) {
        skipped.get(reason).incrementAndGet();
        filesDone.incrementAndGet();
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
