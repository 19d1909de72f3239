package dev.codebasemcp.application.port.out;

import dev.codebasemcp.domain.job.JobStatus;
import dev.codebasemcp.domain.project.ProjectId;

/** Filters for listing jobs; null means "any". */
public record JobFilter(JobStatus status, ProjectId projectId, String repoPath, int limit) {

    public JobFilter {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1");
        }
    }
}
