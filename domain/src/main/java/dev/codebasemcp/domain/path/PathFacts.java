package dev.codebasemcp.domain.path;

import java.nio.file.Path;

/**
 * What the file system says about a path, following symbolic links; gathered outside the domain so
 * that {@link PathPolicy} decides without touching the disk.
 *
 * @param exists         something is there
 * @param directory      it is a directory
 * @param readable       this process may read it
 * @param realPath       its real path (links resolved), or null when it cannot be resolved
 * @param resolveProblem why the real path cannot be resolved, or null
 */
public record PathFacts(boolean exists, boolean directory, boolean readable, Path realPath, String resolveProblem) {

    /** A readable directory whose real path is {@code realPath}. */
    public static PathFacts directory(Path realPath) {
        return new PathFacts(true, true, true, realPath, null);
    }

    /** Nothing at the path. */
    public static PathFacts missing() {
        return new PathFacts(false, false, false, null, "no such file or directory");
    }
}
