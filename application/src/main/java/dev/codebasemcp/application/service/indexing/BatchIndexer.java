package dev.codebasemcp.application.service.indexing;

import dev.codebasemcp.application.port.out.IndexBuild;
import dev.codebasemcp.application.port.out.IndexBuild.FileEntry;
import dev.codebasemcp.application.port.out.IndexBuild.NewContent;
import dev.codebasemcp.application.port.out.IndexBuild.StoredContent;
import dev.codebasemcp.application.port.out.IndexBuild.StoredFile;
import dev.codebasemcp.application.port.out.SourceTree;
import dev.codebasemcp.application.port.out.SourceTree.FileRead;
import dev.codebasemcp.application.port.out.SourceTree.SourceFile;
import dev.codebasemcp.domain.index.Chunk;
import dev.codebasemcp.domain.index.Chunker;
import dev.codebasemcp.domain.index.ContentHash;
import dev.codebasemcp.domain.index.FileText;
import dev.codebasemcp.domain.index.LanguageDetector;
import dev.codebasemcp.domain.index.SkipReason;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;

/**
 * Indexes batches of files for one indexing pass: reuses what is stored, reads, hashes, decodes and chunks
 * the rest, and writes each batch in one go. Thread-safe: several batches run at once.
 *
 * <p>A file is reused without being read when its size and modification time equal those in the
 * published generation; otherwise it is read and reused when a stored content has its hash. Two
 * files of a pass with equal new contents share one stored content.
 */
final class BatchIndexer {

    private final SourceTree tree;
    private final Path root;
    private final IndexBuild build;
    private final long maxFileBytes;
    private final Chunker chunker;
    private final Map<String, StoredFile> publishedFiles;
    private final Map<ContentHash, StoredContent> knownContents;
    private final ContentIdPool contentIds;
    private final IndexingCounters counters;
    private final BooleanSupplier stopRequested;

    BatchIndexer(SourceTree tree, Path root, IndexBuild build, IndexingSettings settings, IndexingCounters counters,
                 BooleanSupplier stopRequested) {
        this.tree = tree;
        this.root = root;
        this.build = build;
        this.maxFileBytes = settings.maxFileBytes();
        this.chunker = new Chunker(settings.chunking());
        this.publishedFiles = build.publishedFiles();
        this.knownContents = new ConcurrentHashMap<>(build.reusableContents());
        this.contentIds = new ContentIdPool(build);
        this.counters = counters;
        this.stopRequested = stopRequested;
    }

    /** Indexes and writes one batch; writes nothing when a stop is requested before its end. */
    void index(List<SourceFile> batch) {
        Batch pending = new Batch();
        for (SourceFile file : batch) {
            if (stopRequested.getAsBoolean()) {
                return;
            }
            indexFile(file, pending);
        }
        // A read that hung past a stop may return long after the pass gave up on this thread.
        if (stopRequested.getAsBoolean()) {
            return;
        }
        build.write(pending.contents, pending.files);
        pending.outcomes.forEach(Runnable::run);
    }

    private void indexFile(SourceFile file, Batch batch) {
        if (file.sizeBytes() > maxFileBytes) {
            batch.skipped(file, SkipReason.TOO_LARGE, null);
            return;
        }
        StoredFile published = publishedFiles.get(file.path());
        if (published != null && published.sizeBytes() == file.sizeBytes() && published.modifiedNanos() == file.modifiedNanos()) {
            batch.indexed(file, file.sizeBytes(), published.contentId(), published.chunkCount(), true,
                    published.language());
            return;
        }
        switch (tree.read(root, file.path(), maxFileBytes)) {
            case FileRead.Content content -> indexContent(file, content.bytes(), batch);
            case FileRead.TooLarge ignored -> batch.skipped(file, SkipReason.TOO_LARGE, null);
            case FileRead.Vanished ignored -> batch.skipped(file, SkipReason.VANISHED, null);
            case FileRead.Unreadable unreadable -> batch.skipped(file, SkipReason.UNREADABLE, unreadable.reason());
        }
    }

    private void indexContent(SourceFile file, byte[] bytes, Batch batch) {
        ContentHash hash = ContentHash.of(bytes, bytes.length);
        StoredContent known = knownContents.get(hash);
        if (known != null) {
            batch.indexed(file, bytes.length, known.contentId(), known.chunkCount(), true,
                    LanguageDetector.detect(file.path()).orElse(null));
            return;
        }
        switch (FileText.decode(bytes, bytes.length)) {
            case FileText.NotText notText -> batch.skipped(file, notText.reason(), null);
            case FileText.Text text -> {
                List<Chunk> chunks = chunker.chunk(text.text());
                StoredContent mine = new StoredContent(contentIds.next(), chunks.size());
                StoredContent winner = knownContents.putIfAbsent(hash, mine);
                if (winner == null) {
                    batch.contents.add(new NewContent(mine.contentId(), hash, lineCount(text.text()), chunks));
                    winner = mine;
                }
                batch.indexed(file, bytes.length, winner.contentId(), winner.chunkCount(), false,
                        LanguageDetector.detect(file.path(), text.text()).orElse(null));
            }
        }
    }

    static int lineCount(String text) {
        int lines = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            lines++;
        }
        return text.isEmpty() || text.endsWith("\n") ? lines : lines + 1;
    }

    /** What one batch will write, and the counter updates that apply once it is written. */
    private final class Batch {
        final List<NewContent> contents = new ArrayList<>();
        final List<FileEntry> files = new ArrayList<>();
        final List<Runnable> outcomes = new ArrayList<>();

        void indexed(SourceFile file, long sizeBytes, long contentId, int chunkCount, boolean reused, String language) {
            files.add(new FileEntry(file.path(), language, sizeBytes, file.modifiedNanos(), contentId));
            outcomes.add(() -> counters.indexed(sizeBytes, chunkCount, reused));
        }

        void skipped(SourceFile file, SkipReason reason, String detail) {
            outcomes.add(() -> counters.skipped(file.path(), reason, detail));
        }
    }
}
