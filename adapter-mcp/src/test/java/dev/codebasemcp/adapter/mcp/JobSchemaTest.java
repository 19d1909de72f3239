package dev.codebasemcp.adapter.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codebasemcp.application.port.in.JobReport;
import dev.codebasemcp.application.port.in.JobView;
import dev.codebasemcp.domain.index.SkippedPath;
import dev.codebasemcp.domain.job.IndexingJob;
import dev.codebasemcp.domain.job.JobId;
import dev.codebasemcp.domain.project.ProjectId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Keeps the tools' output schema of a job in step with the fields {@link JobView} writes. */
class JobSchemaTest {

    @Test
    void schemaDescribesExactlyTheFieldsAJobIsWrittenWith() {
        IndexingJob job = IndexingJob.pending(JobId.random(), "/srv/a", ProjectId.DEFAULT, false, Instant.EPOCH);
        JobReport report = new JobReport(job, null, null, List.of(new SkippedPath("private", true, "permission denied")));

        Map<String, Object> written = JobView.of(report);

        assertThat(new TreeSet<>(JobSchema.schemaProperties().keySet())).isEqualTo(new TreeSet<>(written.keySet()));
    }

    @Test
    void everyFieldButTheOptionalOnesIsRequired() {
        Set<String> optional = new TreeSet<>(JobSchema.schemaProperties().keySet());
        JobSchema.FIELDS.forEach(optional::remove);

        assertThat(optional).containsExactlyInAnyOrderElementsOf(JobView.OPTIONAL_FIELDS);
    }
}
