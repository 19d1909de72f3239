package dev.codebasemcp.bootstrap.jobs;

import dev.codebasemcp.application.port.out.SourceTree;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

/** The real source tree with a delay per file read, so a run lasts long enough to be interrupted. */
final class SlowSourceTree implements SourceTree {

    private final SourceTree delegate;
    private final Duration perFile;

    SlowSourceTree(SourceTree delegate, Duration perFile) {
        this.delegate = delegate;
        this.perFile = perFile;
    }

    @Override
    public Listing list(Path root) {
        return delegate.list(root);
    }

    @Override
    public FileRead read(Path root, String path, long maxBytes) {
        if (!perFile.isZero()) {
            LockSupport.parkNanos(perFile.toNanos());
        }
        return delegate.read(root, path, maxBytes);
    }
}
