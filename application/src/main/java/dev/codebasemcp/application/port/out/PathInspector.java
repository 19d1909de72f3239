package dev.codebasemcp.application.port.out;

import dev.codebasemcp.domain.path.PathFacts;
import java.nio.file.Path;

/** Looks at a path on the local file system, following symbolic links; never throws for what it finds. */
@FunctionalInterface
public interface PathInspector {

    PathFacts inspect(Path path);
}
