package dev.codebasemcp.bootstrap.filesystem;

import dev.codebasemcp.application.port.out.PathInspector;
import dev.codebasemcp.domain.path.PathFacts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The local file system's answers about a path. */
public final class LocalPathInspector implements PathInspector {

    @Override
    public PathFacts inspect(Path path) {
        if (!Files.exists(path)) {
            return PathFacts.missing();
        }
        boolean directory = Files.isDirectory(path);
        boolean readable = Files.isReadable(path);
        try {
            return new PathFacts(true, directory, readable, path.toRealPath(), null);
        } catch (IOException e) {
            return new PathFacts(true, directory, readable, null, e.toString());
        }
    }

    /** The real paths of the allowed roots; a root that does not exist (yet) stays as written. */
    public List<Path> realRoots(List<Path> roots) {
        return roots.stream().map(root -> {
            Path real = inspect(root).realPath();
            return real == null ? root : real;
        }).toList();
    }
}
