package dev.codebasemcp.application.service.jobs;

import dev.codebasemcp.application.port.in.JobReport;
import dev.codebasemcp.application.port.in.ListJobsQuery;
import dev.codebasemcp.application.port.in.ListJobsUseCase;
import dev.codebasemcp.application.port.out.JobFilter;
import dev.codebasemcp.application.port.out.JobStore;
import dev.codebasemcp.application.port.out.PathInspector;
import dev.codebasemcp.domain.InvalidInputException;
import dev.codebasemcp.domain.job.JobStatus;
import dev.codebasemcp.domain.path.PathPolicy;
import dev.codebasemcp.domain.project.ProjectId;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/** Lists jobs newest first, filtered as the user asked. */
public final class ListJobsService implements ListJobsUseCase {

    private final JobStore store;
    private final PathInspector paths;
    private final JobReports reports;

    public ListJobsService(JobStore store, PathInspector paths, Clock clock) {
        this.store = store;
        this.paths = paths;
        this.reports = new JobReports(clock);
    }

    @Override
    public List<JobReport> list(ListJobsQuery query) {
        JobFilter filter = new JobFilter(
                blank(query.status()) ? null : JobStatus.parse(query.status()),
                blank(query.projectId()) ? null : ProjectId.of(query.projectId().strip()),
                blank(query.repoPath()) ? null : storedForm(query.repoPath()),
                limit(query.limit()));
        return store.list(filter).stream().map(reports::of).toList();
    }

    private static int limit(Integer requested) {
        if (requested == null) {
            return ListJobsQuery.DEFAULT_LIMIT;
        }
        if (requested < 1 || requested > ListJobsQuery.MAX_LIMIT) {
            throw new InvalidInputException("limit", "limit must be between 1 and " + ListJobsQuery.MAX_LIMIT
                    + ", got: " + requested);
        }
        return requested;
    }

    /** Jobs store the real path of the repository, so a path given through a symbolic link still matches. */
    private String storedForm(String rawPath) {
        Path path = PathPolicy.checkSyntax(rawPath);
        Path real = paths.inspect(path).realPath();
        return (real == null ? path : real).toString();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
