package dev.codebasemcp.application.port.out;

import dev.codebasemcp.domain.index.SkipReason;
import dev.codebasemcp.domain.index.SkippedPath;
import java.time.Duration;
import java.util.List;
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
 * @param skippedPaths   the files and directories left out with their reasons, at most
 *                       {@link SkippedPath#MAX_RECORDED}, directories first
 */
public record IndexResult(int filesIndexed, int chunksCreated, int filesReused, Map<SkipReason, Integer> filesSkipped,
                          long bytesIndexed, Duration duration, List<SkippedPath> skippedPaths) {

    public IndexResult {
        filesSkipped = Map.copyOf(filesSkipped);
        skippedPaths = List.copyOf(skippedPaths);
    }

    public IndexResult(int filesIndexed, int chunksCreated, int filesReused, Map<SkipReason, Integer> filesSkipped,
                       long bytesIndexed, Duration duration) {
        this(filesIndexed, chunksCreated, filesReused, filesSkipped, bytesIndexed, duration, List.of());
    }

    public int totalSkipped() {
        return filesSkipped.values().stream().mapToInt(Integer::intValue).sum();
    }
}
