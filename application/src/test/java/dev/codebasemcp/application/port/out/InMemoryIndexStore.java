package dev.codebasemcp.application.port.out;

import dev.codebasemcp.domain.index.Chunk;
import dev.codebasemcp.domain.index.ContentHash;
import dev.codebasemcp.domain.project.ProjectId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** An index store for one repository in memory, with the same publish and reuse rules as the real one. */
public final class InMemoryIndexStore implements IndexStore {

    private final AtomicLong ids = new AtomicLong();
    private final Map<Long, IndexBuild.NewContent> contents = new HashMap<>();
    private Map<String, IndexBuild.FileEntry> published = Map.of();
    private final AtomicInteger contentsWritten = new AtomicInteger();
    private int discarded;
    private RuntimeException failWrites;

    /** The searchable index: path to the chunks of its content. */
    public synchronized Map<String, List<Chunk>> searchable() {
        Map<String, List<Chunk>> index = new TreeMap<>();
        published.forEach((path, file) -> index.put(path, contents.get(file.contentId()).chunks()));
        return index;
    }

    public synchronized Map<String, IndexBuild.FileEntry> publishedFiles() {
        return published;
    }

    public int contentsWritten() {
        return contentsWritten.get();
    }

    public synchronized int discarded() {
        return discarded;
    }

    public synchronized void failWritesWith(RuntimeException failure) {
        this.failWrites = failure;
    }

    @Override
    public synchronized IndexBuild begin(ProjectId projectId, String repoPath, boolean rebuild, Instant now) {
        return new Build(rebuild);
    }

    private final class Build implements IndexBuild {
        private final boolean rebuild;
        private final Map<String, FileEntry> files = new TreeMap<>();

        Build(boolean rebuild) {
            this.rebuild = rebuild;
        }

        @Override
        public Map<String, StoredFile> publishedFiles() {
            synchronized (InMemoryIndexStore.this) {
                Map<String, StoredFile> stored = new HashMap<>();
                if (!rebuild) {
                    published.forEach((path, file) -> stored.put(path, new StoredFile(file.sizeBytes(), file.modifiedNanos(),
                            file.contentId(), contents.get(file.contentId()).chunks().size(), file.language())));
                }
                return stored;
            }
        }

        @Override
        public Map<ContentHash, StoredContent> reusableContents() {
            synchronized (InMemoryIndexStore.this) {
                Map<ContentHash, StoredContent> reusable = new HashMap<>();
                if (!rebuild) {
                    contents.values().forEach(content -> reusable.put(content.hash(),
                            new StoredContent(content.contentId(), content.chunks().size())));
                }
                return reusable;
            }
        }

        @Override
        public long[] reserveContentIds(int count) {
            long[] reserved = new long[count];
            for (int i = 0; i < count; i++) {
                reserved[i] = ids.incrementAndGet();
            }
            return reserved;
        }

        @Override
        public void write(List<NewContent> newContents, List<FileEntry> newFiles) {
            synchronized (InMemoryIndexStore.this) {
                if (failWrites != null) {
                    throw failWrites;
                }
                newContents.forEach(content -> contents.put(content.contentId(), content));
                contentsWritten.addAndGet(newContents.size());
                newFiles.forEach(file -> files.put(file.path(), file));
            }
        }

        @Override
        public void publish(Instant now) {
            synchronized (InMemoryIndexStore.this) {
                published = Map.copyOf(files);
            }
        }

        @Override
        public void discard() {
            synchronized (InMemoryIndexStore.this) {
                discarded++;
            }
        }
    }

    public static List<String> contentsOf(List<Chunk> chunks) {
        List<String> texts = new ArrayList<>();
        chunks.forEach(chunk -> texts.add(chunk.content()));
        return texts;
    }
}
