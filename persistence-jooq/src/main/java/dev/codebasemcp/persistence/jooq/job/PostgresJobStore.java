package dev.codebasemcp.persistence.jooq.job;

import static dev.codebasemcp.persistence.jooq.generated.Tables.INDEXING_JOBS;
import static dev.codebasemcp.persistence.jooq.generated.Tables.INDEXING_JOB_SKIPPED_PATH;

import dev.codebasemcp.application.port.out.ActiveJobExistsException;
import dev.codebasemcp.application.port.out.ExpiredLeases;
import dev.codebasemcp.application.port.out.JobFilter;
import dev.codebasemcp.application.port.out.JobLease;
import dev.codebasemcp.application.port.out.JobStore;
import dev.codebasemcp.application.port.out.LeaseState;
import dev.codebasemcp.domain.index.SkippedPath;
import dev.codebasemcp.domain.job.IndexingJob;
import dev.codebasemcp.domain.job.JobId;
import dev.codebasemcp.domain.job.JobPhase;
import dev.codebasemcp.domain.job.JobProgress;
import dev.codebasemcp.domain.job.JobStatus;
import dev.codebasemcp.domain.project.ProjectId;
import dev.codebasemcp.persistence.jooq.database.StoreFailures;
import dev.codebasemcp.persistence.jooq.generated.tables.records.IndexingJobsRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.jooq.CommonTableExpression;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.SQLDialect;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * {@link JobStore} on PostgreSQL: the {@code indexing_jobs} table is the queue. Workers claim with
 * {@code FOR UPDATE SKIP LOCKED}, so any number of processes can share one database; every write to
 * a running job names its worker and attempt. State changes other than claiming are computed by the
 * domain ({@link IndexingJob}, {@link ExpiredLeases}) and written as whole rows.
 */
public final class PostgresJobStore implements JobStore {

    private static final String ACTIVE_JOB_INDEX = "uq_indexing_jobs_active_repo";
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String PENDING = JobStatus.PENDING.wireName();
    private static final String RUNNING = JobStatus.RUNNING.wireName();
    private static final String CANCELLED = JobStatus.CANCELLED.wireName();
    /** What {@link IndexingJob#claim} starts an attempt with. */
    private static final JobProgress CLAIMED = JobProgress.SCANNING_STARTED;
    private static final Comparator<IndexingJob> OLDEST_FIRST =
            Comparator.comparing(IndexingJob::createdAt).thenComparing(job -> job.id().value());

    private final DSLContext dsl;

    public PostgresJobStore(DataSource dataSource) {
        this.dsl = DSL.using(dataSource, SQLDialect.POSTGRES);
    }

    /**
     * {@inheritDoc}
     *
     * @throws ActiveJobExistsException when the project and repository already have an active job
     */
    @Override
    public IndexingJob insert(IndexingJob pendingJob) {
        if (pendingJob.status() != JobStatus.PENDING) {
            throw new IllegalArgumentException("Only a pending job can be inserted; job " + pendingJob.id()
                    + " is " + pendingJob.status().wireName());
        }
        try {
            return JobRows.toJob(dsl.insertInto(INDEXING_JOBS).set(JobRows.toRow(pendingJob)).returning().fetchSingle());
        } catch (DataAccessException e) {
            if (UNIQUE_VIOLATION.equals(e.sqlState()) && violatedConstraint(e).filter(ACTIVE_JOB_INDEX::equals).isPresent()) {
                throw new ActiveJobExistsException(pendingJob.projectId(), pendingJob.repoPath());
            }
            throw e;
        }
    }

    @Override
    public Optional<IndexingJob> findById(JobId id) {
        return StoreFailures.read("reading job " + id, () ->
                dsl.selectFrom(INDEXING_JOBS).where(INDEXING_JOBS.ID.eq(id.value())).fetchOptional().map(JobRows::toJob));
    }

    @Override
    public List<IndexingJob> list(JobFilter filter) {
        List<Condition> conditions = new ArrayList<>();
        if (filter.status() != null) {
            conditions.add(INDEXING_JOBS.STATUS.eq(filter.status().wireName()));
        }
        if (filter.projectId() != null) {
            conditions.add(INDEXING_JOBS.PROJECT_ID.eq(filter.projectId().value()));
        }
        if (filter.repoPath() != null) {
            conditions.add(INDEXING_JOBS.REPO_PATH.eq(filter.repoPath()));
        }
        return StoreFailures.read("listing jobs", () -> dsl.selectFrom(INDEXING_JOBS)
                .where(conditions)
                .orderBy(INDEXING_JOBS.CREATED_AT.desc(), INDEXING_JOBS.ID.desc())
                .limit(filter.limit())
                .fetch(JobRows::toJob));
    }

    @Override
    public Optional<IndexingJob> findActive(ProjectId projectId, String repoPath) {
        return StoreFailures.read("finding the active job of " + repoPath, () -> dsl.selectFrom(INDEXING_JOBS)
                .where(INDEXING_JOBS.PROJECT_ID.eq(projectId.value()))
                .and(INDEXING_JOBS.REPO_PATH.eq(repoPath))
                .and(INDEXING_JOBS.STATUS.in(PENDING, RUNNING))
                .orderBy(INDEXING_JOBS.CREATED_AT)
                .limit(1)
                .fetchOptional()
                .map(JobRows::toJob));
    }

    @Override
    public List<IndexingJob> claim(String workerId, int maxJobs, Instant now, Instant leaseUntil) {
        if (maxJobs < 1) {
            return List.of();
        }
        IndexingJobsRecord running = new IndexingJobsRecord();
        running.setStatus(RUNNING);
        running.setWorkerId(workerId);
        running.setLeaseExpiresAt(leaseUntil);
        running.setStartedAt(now);
        running.setErrorMessage(null);
        running.setCompletedAt(null);
        running.setCancelRequested(false);
        JobRows.setProgress(running, CLAIMED);
        // The oldest pending ids are picked and locked once, in a materialized CTE: as an IN
        // subquery PostgreSQL may run the locking subquery again per row and claim more than maxJobs.
        // The lock rechecks status = 'pending' on the newest row version, so the update needs no
        // second status filter (one would lead the planner to scan every pending row).
        CommonTableExpression<Record1<UUID>> next = DSL.name("next").fields("id").asMaterialized(
                DSL.select(INDEXING_JOBS.ID)
                        .from(INDEXING_JOBS)
                        .where(INDEXING_JOBS.STATUS.eq(PENDING))
                        .orderBy(INDEXING_JOBS.CREATED_AT, INDEXING_JOBS.ID)
                        .limit(maxJobs)
                        .forUpdate()
                        .skipLocked());
        return dsl.with(next)
                .update(INDEXING_JOBS)
                .set(running)
                .set(INDEXING_JOBS.ATTEMPTS, INDEXING_JOBS.ATTEMPTS.plus(1))
                .set(INDEXING_JOBS.UPDATED_AT, DSL.currentInstant())
                .from(next)
                .where(INDEXING_JOBS.ID.eq(next.field("id", UUID.class)))
                .returning()
                .fetch(JobRows::toJob)
                .stream()
                .sorted(OLDEST_FIRST)
                .toList();
    }

    @Override
    public LeaseState renewLease(JobLease lease, Instant leaseUntil, JobProgress progress) {
        IndexingJobsRecord renewed = new IndexingJobsRecord();
        renewed.setLeaseExpiresAt(leaseUntil);
        JobRows.setProgress(renewed, progress);
        return dsl.update(INDEXING_JOBS)
                .set(renewed)
                .set(INDEXING_JOBS.UPDATED_AT, DSL.currentInstant())
                .where(heldBy(lease))
                .returning(INDEXING_JOBS.CANCEL_REQUESTED)
                .fetchOptional(INDEXING_JOBS.CANCEL_REQUESTED)
                .map(cancelRequested -> cancelRequested ? LeaseState.CANCEL_REQUESTED : LeaseState.HELD)
                .orElse(LeaseState.LOST);
    }

    @Override
    public boolean finish(JobLease lease, IndexingJob next) {
        if (!next.id().equals(lease.jobId())) {
            throw new IllegalArgumentException("The lease is for job " + lease.jobId() + ", not for job " + next.id());
        }
        if (next.status() == JobStatus.RUNNING) {
            throw new IllegalArgumentException("finish needs the job's next state (completed, failed, cancelled or pending); job "
                    + next.id() + " is still running");
        }
        if (next.status() != JobStatus.PENDING) {
            return write(dsl, next, heldBy(lease)) == 1;
        }
        // A cancel requested since the claim wins over a hand-back or requeue: decided on the row
        // itself, so a request that arrives while the worker computes its next state is kept.
        Condition cancelled = INDEXING_JOBS.CANCEL_REQUESTED.isTrue();
        return dsl.update(INDEXING_JOBS)
                .set(JobRows.toRow(next))
                .set(INDEXING_JOBS.STATUS, DSL.when(cancelled, DSL.inline(CANCELLED)).otherwise(DSL.inline(PENDING)))
                .set(INDEXING_JOBS.COMPLETED_AT, DSL.when(cancelled, DSL.currentInstant())
                        .otherwise(DSL.castNull(SQLDataType.INSTANT)))
                .set(INDEXING_JOBS.ERROR_MESSAGE, DSL.when(cancelled, DSL.castNull(SQLDataType.CLOB))
                        .otherwise(DSL.val(next.errorMessage(), SQLDataType.CLOB)))
                .set(INDEXING_JOBS.CANCEL_REQUESTED, false)
                .set(INDEXING_JOBS.UPDATED_AT, DSL.currentInstant())
                .where(heldBy(lease))
                .execute() == 1;
    }

    @Override
    public LeaseState startPublishing(JobLease lease, JobProgress progress) {
        IndexingJobsRecord publishing = new IndexingJobsRecord();
        JobRows.setProgress(publishing, progress);
        return StoreFailures.write("recording that job " + lease.jobId() + " publishes", () -> dsl.transactionResult(tx -> {
            Optional<Boolean> cancelRequested = tx.dsl().select(INDEXING_JOBS.CANCEL_REQUESTED)
                    .from(INDEXING_JOBS)
                    .where(heldBy(lease))
                    .forUpdate()
                    .fetchOptional(INDEXING_JOBS.CANCEL_REQUESTED);
            if (cancelRequested.isEmpty()) {
                return LeaseState.LOST;
            }
            if (cancelRequested.get()) {
                return LeaseState.CANCEL_REQUESTED;
            }
            tx.dsl().update(INDEXING_JOBS)
                    .set(publishing)
                    .set(INDEXING_JOBS.UPDATED_AT, DSL.currentInstant())
                    .where(heldBy(lease))
                    .execute();
            return LeaseState.HELD;
        }));
    }

    @Override
    public void recordSkippedPaths(JobId id, List<SkippedPath> paths) {
        StoreFailures.write("recording the skipped paths of job " + id, () -> dsl.transactionResult(tx -> {
            tx.dsl().deleteFrom(INDEXING_JOB_SKIPPED_PATH).where(INDEXING_JOB_SKIPPED_PATH.JOB_ID.eq(id.value())).execute();
            var insert = tx.dsl().insertInto(INDEXING_JOB_SKIPPED_PATH, INDEXING_JOB_SKIPPED_PATH.JOB_ID,
                    INDEXING_JOB_SKIPPED_PATH.ORDINAL, INDEXING_JOB_SKIPPED_PATH.PATH, INDEXING_JOB_SKIPPED_PATH.DIRECTORY,
                    INDEXING_JOB_SKIPPED_PATH.REASON);
            for (int i = 0; i < paths.size(); i++) {
                SkippedPath path = paths.get(i);
                insert = insert.values(id.value(), i, path.path(), path.directory(), path.reason());
            }
            return paths.isEmpty() ? 0 : insert.execute();
        }));
    }

    @Override
    public List<SkippedPath> skippedPaths(JobId id) {
        return StoreFailures.read("reading the skipped paths of job " + id, () -> dsl.selectFrom(INDEXING_JOB_SKIPPED_PATH)
                .where(INDEXING_JOB_SKIPPED_PATH.JOB_ID.eq(id.value()))
                .orderBy(INDEXING_JOB_SKIPPED_PATH.ORDINAL)
                .fetch(row -> new SkippedPath(row.getPath(), row.getDirectory(), row.getReason())));
    }

    @Override
    public boolean cancelPending(JobId id, Instant now) {
        return dsl.transactionResult(transaction -> {
            DSLContext tx = transaction.dsl();
            Optional<IndexingJob> pending = tx.selectFrom(INDEXING_JOBS)
                    .where(INDEXING_JOBS.ID.eq(id.value()))
                    .and(INDEXING_JOBS.STATUS.eq(PENDING))
                    .forUpdate()
                    .fetchOptional()
                    .map(JobRows::toJob);
            pending.ifPresent(job -> write(tx, job.cancel(now), INDEXING_JOBS.ID.eq(id.value())));
            return pending.isPresent();
        });
    }

    @Override
    public boolean requestCancel(JobId id) {
        return dsl.update(INDEXING_JOBS)
                .set(INDEXING_JOBS.CANCEL_REQUESTED, true)
                .set(INDEXING_JOBS.UPDATED_AT, DSL.currentInstant())
                .where(INDEXING_JOBS.ID.eq(id.value()))
                .and(INDEXING_JOBS.STATUS.eq(RUNNING))
                // Re-checked on the newest row version after a concurrent startPublishing commits.
                .and(INDEXING_JOBS.PHASE.ne(JobPhase.FINALIZING.wireName()))
                .execute() == 1;
    }

    @Override
    public List<IndexingJob> reapExpiredLeases(Instant now, int maxAttempts) {
        return dsl.transactionResult(transaction -> {
            DSLContext tx = transaction.dsl();
            List<IndexingJob> expired = tx.selectFrom(INDEXING_JOBS)
                    .where(INDEXING_JOBS.STATUS.eq(RUNNING))
                    .and(INDEXING_JOBS.LEASE_EXPIRES_AT.lt(now))
                    .orderBy(INDEXING_JOBS.CREATED_AT, INDEXING_JOBS.ID)
                    .forUpdate()
                    .skipLocked()
                    .fetch(JobRows::toJob);
            List<IndexingJob> reaped = new ArrayList<>();
            for (IndexingJob job : expired) {
                IndexingJob next = ExpiredLeases.nextState(job, maxAttempts, now);
                reaped.add(JobRows.toJob(tx.update(INDEXING_JOBS)
                        .set(JobRows.toRow(next))
                        .set(INDEXING_JOBS.UPDATED_AT, DSL.currentInstant())
                        .where(INDEXING_JOBS.ID.eq(job.id().value()))
                        .returning()
                        .fetchSingle()));
            }
            return reaped;
        });
    }

    private static Optional<String> violatedConstraint(DataAccessException e) {
        return Optional.ofNullable(e.getCause(PSQLException.class))
                .map(PSQLException::getServerErrorMessage)
                .map(ServerErrorMessage::getConstraint);
    }

    private static Condition heldBy(JobLease lease) {
        return INDEXING_JOBS.ID.eq(lease.jobId().value())
                .and(INDEXING_JOBS.STATUS.eq(RUNNING))
                .and(INDEXING_JOBS.WORKER_ID.eq(lease.workerId()))
                .and(INDEXING_JOBS.ATTEMPTS.eq(lease.attempt()));
    }

    private static int write(DSLContext context, IndexingJob job, Condition guard) {
        return context.update(INDEXING_JOBS)
                .set(JobRows.toRow(job))
                .set(INDEXING_JOBS.UPDATED_AT, DSL.currentInstant())
                .where(guard)
                .execute();
    }
}
