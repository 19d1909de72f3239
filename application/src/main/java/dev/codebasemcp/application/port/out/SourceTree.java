package dev.codebasemcp.application.port.out;

import dev.codebasemcp.domain.index.SkipReason;
import dev.codebasemcp.domain.index.SkippedPath;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The files of a repository as the indexer sees them: ignore rules applied, {@code .git} left out,
 * symbolic links never followed.
 */
public interface SourceTree {

    /**
     * Lists the regular files under {@code root} that no ignore rule excludes, sorted by path.
     * Entries that cannot be listed (unreadable directories) and symbolic links are counted in
     * {@link Listing#skipped()}, not thrown.
     *
     * @throws java.io.UncheckedIOException when {@code root} itself cannot be listed
     */
    Listing list(Path root);

    /**
     * Reads one listed file; never throws for a file that vanished, cannot be read or grew past
     * {@code maxBytes}: those come back as values.
     */
    FileRead read(Path root, String path, long maxBytes);

    /**
     * @param path          relative to the root, '/'-separated
     * @param sizeBytes     size when listed
     * @param modifiedNanos last modification time when listed, nanoseconds since the epoch
     */
    record SourceFile(String path, long sizeBytes, long modifiedNanos) {
    }

    /**
     * @param files        the files to index
     * @param skipped      entries left out while listing, by reason
     * @param skippedPaths directories that could not be listed (unreadable, or their ignore file
     *                     could not be read) and other entries left out, with their reasons
     */
    record Listing(List<SourceFile> files, Map<SkipReason, Integer> skipped, List<SkippedPath> skippedPaths) {
        public Listing {
            files = List.copyOf(files);
            skipped = Map.copyOf(skipped);
            skippedPaths = List.copyOf(skippedPaths);
        }

        public Listing(List<SourceFile> files, Map<SkipReason, Integer> skipped) {
            this(files, skipped, List.of());
        }
    }

    /** The outcome of reading one file. */
    sealed interface FileRead {
        record Content(byte[] bytes) implements FileRead {
        }

        record TooLarge(long sizeBytes) implements FileRead {
        }

        record Vanished() implements FileRead {
        }

        record Unreadable(String reason) implements FileRead {
        }
    }
}
