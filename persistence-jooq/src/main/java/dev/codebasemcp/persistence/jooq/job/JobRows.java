package dev.codebasemcp.persistence.jooq.job;

import dev.codebasemcp.domain.job.IndexingJob;
import dev.codebasemcp.domain.job.JobId;
import dev.codebasemcp.domain.job.JobPhase;
import dev.codebasemcp.domain.job.JobProgress;
import dev.codebasemcp.domain.job.JobStatus;
import dev.codebasemcp.domain.project.ProjectId;
import dev.codebasemcp.persistence.jooq.generated.tables.records.IndexingJobsRecord;

/** Translates between rows of {@code indexing_jobs} and {@link IndexingJob} values. */
final class JobRows {

    private JobRows() {
    }

    static IndexingJob toJob(IndexingJobsRecord row) {
        return new IndexingJob(
                new JobId(row.getId()),
                row.getRepoPath(),
                ProjectId.of(row.getProjectId()),
                JobStatus.parse(row.getStatus()),
                row.getErrorMessage(),
                row.getFilesIndexed(),
                row.getChunksCreated(),
                row.getStartedAt(),
                row.getCompletedAt(),
                row.getCreatedAt(),
                row.getAttempts(),
                row.getForceReindex(),
                row.getCancelRequested(),
                row.getWorkerId(),
                row.getLeaseExpiresAt(),
                new JobProgress(JobPhase.fromWireName(row.getPhase()), row.getFilesTotal(), row.getFilesDone(),
                        row.getBytesDone(), row.getChunksDone(), row.getFilesSkipped()));
    }

    /** Every column that describes the job's state, all marked as changed; updated_at is left to the database. */
    static IndexingJobsRecord toRow(IndexingJob job) {
        IndexingJobsRecord row = new IndexingJobsRecord();
        row.setId(job.id().value());
        row.setRepoPath(job.repoPath());
        row.setProjectId(job.projectId().value());
        row.setStatus(job.status().wireName());
        row.setErrorMessage(job.errorMessage());
        row.setFilesIndexed(job.filesIndexed());
        row.setChunksCreated(job.chunksCreated());
        row.setStartedAt(job.startedAt());
        row.setCompletedAt(job.completedAt());
        row.setCreatedAt(job.createdAt());
        row.setAttempts(job.attempts());
        row.setForceReindex(job.forceReindex());
        row.setCancelRequested(job.cancelRequested());
        row.setWorkerId(job.workerId());
        row.setLeaseExpiresAt(job.leaseExpiresAt());
        setProgress(row, job.progress());
        return row;
    }

    static void setProgress(IndexingJobsRecord row, JobProgress progress) {
        row.setPhase(progress.phase().wireName());
        row.setFilesTotal(progress.filesTotal());
        row.setFilesDone(progress.filesDone());
        row.setBytesDone(progress.bytesDone());
        row.setChunksDone(progress.chunksDone());
        row.setFilesSkipped(progress.filesSkipped());
    }
}
