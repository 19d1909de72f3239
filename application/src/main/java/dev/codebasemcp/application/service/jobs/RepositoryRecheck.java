package dev.codebasemcp.application.service.jobs;

import dev.codebasemcp.application.port.out.IndexResult;
import dev.codebasemcp.application.port.out.Indexer;
import dev.codebasemcp.application.port.out.IndexingMonitor;
import dev.codebasemcp.application.port.out.PathInspector;
import dev.codebasemcp.domain.path.InvalidRepositoryPathException;
import dev.codebasemcp.domain.path.PathPolicy;
import dev.codebasemcp.domain.path.PathRule;
import java.nio.file.Path;

/**
 * Checks the path policy again when a worker starts a job, not only when it was submitted: a
 * directory swapped for a symbolic link in between would otherwise lead the indexer out of the
 * allowed roots. The stored path is the real path found at submission, so any link that appeared
 * in it since makes the real path differ, and the job fails.
 */
final class RepositoryRecheck implements Indexer {

    private final Indexer delegate;
    private final PathPolicy pathPolicy;
    private final PathInspector paths;

    RepositoryRecheck(Indexer delegate, PathPolicy pathPolicy, PathInspector paths) {
        this.delegate = delegate;
        this.pathPolicy = pathPolicy;
        this.paths = paths;
    }

    @Override
    public IndexResult index(IndexRequest request, IndexingMonitor monitor) {
        Path submitted = request.repoPath();
        Path real = pathPolicy.validate(submitted.toString(), paths::inspect);
        if (!real.equals(submitted)) {
            throw new InvalidRepositoryPathException(PathRule.UNCHANGED_SINCE_SUBMISSION, "repo_path " + submitted
                    + " now resolves to " + real + ": a symbolic link appeared in it since the job was submitted,"
                    + " so it is not indexed");
        }
        return delegate.index(request, monitor);
    }
}
