package dev.codebasemcp.application.port.out;

import dev.codebasemcp.domain.project.ProjectId;
import java.nio.file.Path;

/**
 * Indexes one repository: scans it, chunks changed files, stores them and publishes the new index
 * atomically. A run that ends in an exception publishes nothing; the previous index stays searchable.
 */
public interface Indexer {

    IndexResult index(IndexRequest request, IndexingMonitor monitor);

    record IndexRequest(ProjectId projectId, Path repoPath, boolean forceReindex) {
    }
}
