package dev.codebasemcp.application.service.indexing;

import dev.codebasemcp.domain.InvalidInputException;
import dev.codebasemcp.domain.index.ChunkingOptions;
import java.util.Objects;

/**
 * How the indexer works.
 *
 * @param maxFileBytes larger files are skipped as too large
 * @param chunking     chunk bounds
 * @param parallelism  files are read, chunked and written by this many threads
 * @param batchFiles   most files written in one transaction
 * @param batchBytes   most bytes of files written in one transaction (a single larger file still forms a batch)
 */
public record IndexingSettings(long maxFileBytes, ChunkingOptions chunking, int parallelism, int batchFiles, long batchBytes) {

    public static final long DEFAULT_MAX_FILE_BYTES = 1024 * 1024;

    public IndexingSettings {
        Objects.requireNonNull(chunking, "chunking");
        if (maxFileBytes < 1) {
            throw new InvalidInputException("max_file_bytes", "max_file_bytes must be at least 1, was " + maxFileBytes);
        }
        if (parallelism < 1 || parallelism > 64) {
            throw new InvalidInputException("parallelism", "parallelism must be between 1 and 64, was " + parallelism);
        }
        if (batchFiles < 1 || batchBytes < 1) {
            throw new InvalidInputException("batch_files", "batch limits must be at least 1");
        }
    }

    /** 1 MiB files, default chunks, one thread per processor (at most 8), batches of 500 files or 4 MiB. */
    public static IndexingSettings defaults() {
        return withMaxFileBytes(DEFAULT_MAX_FILE_BYTES);
    }

    public static IndexingSettings withMaxFileBytes(long maxFileBytes) {
        return new IndexingSettings(maxFileBytes, ChunkingOptions.DEFAULT, defaultParallelism(), 500, 4L * 1024 * 1024);
    }

    /**
     * The configurable part (CODEBASE_MAX_FILE_BYTES, CODEBASE_CHUNK_MAX_LINES, CODEBASE_CHUNK_MAX_CHARS);
     * a chunk may close early at a top-level declaration once it holds a fifth of its line limit.
     */
    public static IndexingSettings of(long maxFileBytes, int chunkMaxLines, int chunkMaxChars) {
        ChunkingOptions chunking = new ChunkingOptions(chunkMaxLines, chunkMaxChars, Math.max(1, Math.min(20, chunkMaxLines / 5)));
        return new IndexingSettings(maxFileBytes, chunking, defaultParallelism(), 500, 4L * 1024 * 1024);
    }

    private static int defaultParallelism() {
        return Math.min(8, Runtime.getRuntime().availableProcessors());
    }
}
