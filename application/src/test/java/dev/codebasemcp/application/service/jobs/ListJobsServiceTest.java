package dev.codebasemcp.application.service.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.codebasemcp.application.port.in.JobReport;
import dev.codebasemcp.application.port.in.ListJobsQuery;
import dev.codebasemcp.application.port.out.InMemoryJobStore;
import dev.codebasemcp.domain.InvalidInputException;
import dev.codebasemcp.domain.job.IndexingJob;
import dev.codebasemcp.domain.job.JobId;
import dev.codebasemcp.domain.project.ProjectId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListJobsServiceTest {

    private static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");

    private final InMemoryJobStore store = new InMemoryJobStore();
    private final ListJobsService service = new ListJobsService(store, new DiskPaths(), Clock.fixed(T0, ZoneOffset.UTC));

    private IndexingJob insert(String repo, String project, int secondsAfterT0) {
        return store.insert(IndexingJob.pending(JobId.random(), repo, ProjectId.of(project), false,
                T0.plusSeconds(secondsAfterT0)));
    }

    @Test
    void listsNewestFirstWithTheDefaultLimit() {
        List<IndexingJob> jobs = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            jobs.add(insert("/r" + i, "p", i));
        }

        List<JobReport> reports = service.list(ListJobsQuery.all());

        assertThat(reports).hasSize(ListJobsQuery.DEFAULT_LIMIT);
        assertThat(reports.get(0).job()).isEqualTo(jobs.get(24));
        assertThat(reports.get(19).job()).isEqualTo(jobs.get(5));
    }

    @Test
    void filtersByStatusProjectAndRepository() {
        IndexingJob wanted = insert("/a", "p", 1);
        insert("/b", "p", 2);
        insert("/a", "q", 3);

        List<JobReport> reports = service.list(new ListJobsQuery(" Pending ", "p", "/a", 100));

        assertThat(reports).extracting(JobReport::job).containsExactly(wanted);
    }

    @Test
    void aLimitOutsideOneToHundredIsRejected() {
        assertThatThrownBy(() -> service.list(new ListJobsQuery(null, null, null, 101)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("limit");
                    assertThat(e).hasMessage("limit must be between 1 and 100, got: 101");
                });
        assertThatThrownBy(() -> service.list(new ListJobsQuery(null, null, null, 0)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void anUnknownStatusIsRejectedWithTheAllowedValues() {
        assertThatThrownBy(() -> service.list(new ListJobsQuery("done", null, null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("status");
                    assertThat(e.getMessage()).contains("pending, running, completed, failed, cancelled");
                });
    }

    @Test
    void aRelativeRepositoryFilterIsRejected() {
        assertThatThrownBy(() -> service.list(new ListJobsQuery(null, null, "relative/path", null)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("repo_path"));
    }
}
