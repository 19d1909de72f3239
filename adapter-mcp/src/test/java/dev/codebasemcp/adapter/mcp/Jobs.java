package dev.codebasemcp.adapter.mcp;

import dev.codebasemcp.domain.job.IndexingJob;
import dev.codebasemcp.domain.job.JobId;
import dev.codebasemcp.domain.job.JobPhase;
import dev.codebasemcp.domain.job.JobProgress;
import dev.codebasemcp.domain.project.ProjectId;
import java.time.Duration;
import java.time.Instant;

/** Jobs in given states, built through the domain's own transitions. */
final class Jobs {

    static final Instant CREATED = Instant.parse("2026-11-24T06:00:00Z");
    static final Instant STARTED = CREATED.plusSeconds(2);

    private Jobs() {
    }

    static IndexingJob pending(String project, String repo) {
        return IndexingJob.pending(JobId.random(), repo, ProjectId.of(project), false, CREATED);
    }

    static IndexingJob running(String project, String repo, int filesDone, int filesTotal) {
        return pending(project, repo).claim("worker-1", STARTED, STARTED.plus(Duration.ofSeconds(30)))
                .withProgress(new JobProgress(JobPhase.INDEXING, filesTotal, filesDone, 1000, filesDone * 3, 0));
    }

    static IndexingJob completed(String project, String repo) {
        return running(project, repo, 4, 4).complete(4, 12, STARTED.plusSeconds(5));
    }

    static IndexingJob failed(String project, String repo, String reason) {
        return running(project, repo, 1, 4).fail(reason, STARTED.plusSeconds(5));
    }
}
