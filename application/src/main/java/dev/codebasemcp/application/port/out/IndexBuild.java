package dev.codebasemcp.application.port.out;

import dev.codebasemcp.domain.index.Chunk;
import dev.codebasemcp.domain.index.ContentHash;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One generation of a repository's index while it is being built. {@link #write} may be called from
 * several threads at once; everything else from one thread. Nothing becomes searchable before
 * {@link #publish}.
 */
public interface IndexBuild {

    /** The files of the published generation by path; empty for a rebuild or a first index. */
    Map<String, StoredFile> publishedFiles();

    /** Contents already stored for this repository that the new generation may point at; empty for a rebuild. */
    Map<ContentHash, StoredContent> reusableContents();

    /** Fresh ids for contents this build will store, unique across all builds. */
    long[] reserveContentIds(int count);

    /** Stores new contents with their chunks and adds files to the generation, in one transaction. */
    void write(List<NewContent> contents, List<FileEntry> files);

    /** Makes the generation the repository's searchable index, replacing the previous one atomically. */
    void publish(Instant now);

    /** Drops the generation; the published index stays as it was. Never throws. */
    void discard();

    /** A file of the published generation. */
    record StoredFile(long sizeBytes, long modifiedNanos, long contentId, int chunkCount, String language) {
    }

    /** A stored content and how many chunks it has. */
    record StoredContent(long contentId, int chunkCount) {
    }

    /** A content to store: its chunks in order. */
    record NewContent(long contentId, ContentHash hash, int lineCount, List<Chunk> chunks) {
        public NewContent {
            chunks = List.copyOf(chunks);
        }
    }

    /** A file of the new generation; {@code language} is null when unknown. */
    record FileEntry(String path, String language, long sizeBytes, long modifiedNanos, long contentId) {
    }
}
