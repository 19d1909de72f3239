package dev.codebasemcp.application.port.out;

import dev.codebasemcp.domain.project.ProjectId;
import java.time.Instant;

/**
 * Where indexes live. An index is built as a new generation of a repository next to the published
 * one and replaces it atomically in {@link IndexBuild#publish}.
 */
public interface IndexStore {

    /**
     * Starts building a new generation of the repository's index, registering the repository on
     * first use. Leftovers of interrupted builds of the same repository are cleaned up, except the
     * contents they stored, which stay reusable unless {@code rebuild} is set.
     *
     * @param rebuild store every file anew instead of reusing stored contents
     */
    IndexBuild begin(ProjectId projectId, String repoPath, boolean rebuild, Instant now);
}
