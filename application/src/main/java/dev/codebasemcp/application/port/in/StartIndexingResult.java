package dev.codebasemcp.application.port.in;

import dev.codebasemcp.domain.job.IndexingJob;

/** Either a new job was queued, or one for the same project and repository was already active. */
public sealed interface StartIndexingResult {

    IndexingJob job();

    /** True when no new job was queued because {@link #job()} was already pending or running. */
    default boolean alreadyActive() {
        return this instanceof AlreadyActive;
    }

    record Started(IndexingJob job) implements StartIndexingResult {
    }

    record AlreadyActive(IndexingJob job) implements StartIndexingResult {
    }
}
