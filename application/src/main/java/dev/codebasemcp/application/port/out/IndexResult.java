package dev.codebasemcp.application.port.out;

import dev.codebasemcp.domain.index.SkipReason;
import java.time.Duration;
import java.util.Map;

/**
 * What an indexing run published.
 *
 * @param filesIndexed   files in the new index
 * @param chunksCreated  chunks in the new index
 * @param filesReused    files unchanged since the previous index, reused without re-chunking
 * @param filesSkipped   files left out, by reason
 * @param bytesIndexed   bytes of the files in the new index
 * @param duration       wall-clock time of the run
 */
public record IndexResult(int filesIndexed, int chunksCreated, int filesReused, Map<SkipReason, Integer> filesSkipped,
                          long bytesIndexed, Duration duration) {

    public IndexResult {
        filesSkipped = Map.copyOf(filesSkipped);
    }

    public int totalSkipped() {
        return filesSkipped.values().stream().mapToInt(Integer::intValue).sum();
    }
}
