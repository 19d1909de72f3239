package dev.codebasemcp.application.service.indexing;

import dev.codebasemcp.application.port.out.SourceTree.SourceFile;
import java.util.ArrayList;
import java.util.List;

/** Cuts the listed files into batches of at most {@code batchFiles} files and about {@code batchBytes} bytes. */
final class Batches {

    private Batches() {
    }

    static List<List<SourceFile>> of(List<SourceFile> files, IndexingSettings settings) {
        List<List<SourceFile>> batches = new ArrayList<>();
        List<SourceFile> current = new ArrayList<>();
        long bytes = 0;
        for (SourceFile file : files) {
            // Files over the size limit are skipped unread, so they weigh nothing.
            long size = file.sizeBytes() > settings.maxFileBytes() ? 0 : file.sizeBytes();
            if (!current.isEmpty() && (current.size() == settings.batchFiles() || bytes + size > settings.batchBytes())) {
                batches.add(current);
                current = new ArrayList<>();
                bytes = 0;
            }
            current.add(file);
            bytes += size;
        }
        if (!current.isEmpty()) {
            batches.add(current);
        }
        return batches;
    }
}
