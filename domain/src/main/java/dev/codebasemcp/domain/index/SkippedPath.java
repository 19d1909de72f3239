package dev.codebasemcp.domain.index;

import java.util.Objects;

/**
 * A file or directory of a repository that an indexing run left out, and why.
 *
 * @param path      relative to the repository root, '/'-separated; "" for the root itself
 * @param directory whether a whole directory was left out (its files are missing from the index)
 * @param reason    why, in words: "permission denied", "binary", "its .gitignore is over 1 MiB"
 */
public record SkippedPath(String path, boolean directory, String reason) {

    /** Runs keep at most this many paths; counts by reason cover the rest. */
    public static final int MAX_RECORDED = 200;

    public SkippedPath {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(reason, "reason");
    }

    public String kind() {
        return directory ? "directory" : "file";
    }
}
