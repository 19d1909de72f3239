package dev.codebasemcp.application.service.jobs;

import dev.codebasemcp.application.port.out.PathInspector;
import dev.codebasemcp.domain.path.PathFacts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The test fixture's view of the real temporary directories the tests create. */
public final class DiskPaths implements PathInspector {

    @Override
    public PathFacts inspect(Path path) {
        if (!Files.exists(path)) {
            return PathFacts.missing();
        }
        try {
            return new PathFacts(true, Files.isDirectory(path), Files.isReadable(path), path.toRealPath(), null);
        } catch (IOException e) {
            return new PathFacts(true, Files.isDirectory(path), Files.isReadable(path), null, e.toString());
        }
    }
}
