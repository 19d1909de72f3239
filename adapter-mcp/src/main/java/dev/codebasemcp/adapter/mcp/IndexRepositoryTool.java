package dev.codebasemcp.adapter.mcp;

import static dev.codebasemcp.adapter.mcp.JsonSchemas.bool;
import static dev.codebasemcp.adapter.mcp.JsonSchemas.integer;
import static dev.codebasemcp.adapter.mcp.JsonSchemas.merge;
import static dev.codebasemcp.adapter.mcp.JsonSchemas.object;
import static dev.codebasemcp.adapter.mcp.JsonSchemas.properties;
import static dev.codebasemcp.adapter.mcp.JsonSchemas.string;

import dev.codebasemcp.application.port.in.GetIndexingStatusUseCase;
import dev.codebasemcp.application.port.in.JobReport;
import dev.codebasemcp.application.port.in.JobView;
import dev.codebasemcp.application.port.in.StartIndexingResult;
import dev.codebasemcp.application.port.in.StartIndexingUseCase;
import dev.codebasemcp.domain.job.IndexingJob;
import io.modelcontextprotocol.spec.McpSchema;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code index_repository}: starts a job and waits for it up to {@code wait_seconds}, reporting
 * progress to clients that sent a progress token. Returns the finished job, or the running job
 * with its id so the caller can go on polling.
 */
final class IndexRepositoryTool implements McpTool {

    static final String NAME = "index_repository";
    static final String TITLE = "Index a repository and wait for it";
    static final int DEFAULT_WAIT_SECONDS = 60;
    static final int MAX_WAIT_SECONDS = 600;

    private final StartIndexingUseCase startIndexing;
    private final GetIndexingStatusUseCase status;
    private final SessionDirectory session;
    private final Clock clock;
    private final Duration pollInterval;

    IndexRepositoryTool(StartIndexingUseCase startIndexing, GetIndexingStatusUseCase status,
                        SessionDirectory session, Clock clock, Duration pollInterval) {
        this.startIndexing = startIndexing;
        this.status = status;
        this.session = session;
        this.clock = clock;
        this.pollInterval = pollInterval;
    }

    @Override
    public McpSchema.Tool definition() {
        List<String> required = new ArrayList<>(JobSchema.FIELDS);
        required.addAll(List.of("message", "finished", "already_active"));
        return McpSchema.Tool.builder()
                .name(NAME)
                .title(TITLE)
                .description("Indexes a repository and waits for the job to finish, up to wait_seconds (default "
                        + DEFAULT_WAIT_SECONDS + "). Sends progress notifications when the request carries a "
                        + "progress token. Returns the finished job (check status: completed, failed or "
                        + "cancelled); if it is still running when the wait ends, finished=false and the job keeps "
                        + "going in the background: poll get_indexing_status with its job_id. Cancelling the call "
                        + "(notifications/cancelled) only ends the wait; cancel_indexing_job stops the job.")
                .inputSchema(object(merge(StartArguments.schemaProperties(), properties(
                        "wait_seconds", integer("How long to wait for the job, 0-" + MAX_WAIT_SECONDS
                                + " seconds (default " + DEFAULT_WAIT_SECONDS + "); 0 returns at once",
                                0, MAX_WAIT_SECONDS))),
                        List.of(Parameters.REPO_PATH)))
                .outputSchema(object(merge(JobSchema.schemaProperties(), properties(
                        "message", string("What happened, in one sentence"),
                        "finished", bool("true when the job reached completed, failed or cancelled within the wait"),
                        "already_active", bool("true when an already pending or running job for the same "
                                + "repository was joined instead of queuing another"))), required))
                .annotations(ToolHints.additive(TITLE, true))
                .build();
    }

    @Override
    public ToolOutcome handle(ToolCall call) {
        ToolArguments arguments = call.arguments();
        Integer waitArgument = arguments.optionalInteger("wait_seconds", 0, MAX_WAIT_SECONDS);
        Duration waitLimit = Duration.ofSeconds(waitArgument == null ? DEFAULT_WAIT_SECONDS : waitArgument);
        StartIndexingResult started = startIndexing.start(StartArguments.command(arguments, session.get(call.sessionId())));
        Wait wait = awaitEnd(started.job(), clock.instant().plus(waitLimit), call);
        JobReport report = wait.report();

        boolean finished = report.job().isTerminal();
        String message = JobSchema.summary(report);
        if (!finished) {
            message += (wait.cancelled()
                    ? ". Stopped waiting because the call was cancelled; the job keeps running in the background"
                    : ". Still running after " + waitLimit.toSeconds() + " s")
                    + ": poll get_indexing_status with job_id " + report.job().id()
                    + ", or stop it with cancel_indexing_job.";
        }
        Map<String, Object> structured = JobView.of(report);
        structured.put("message", message);
        structured.put("finished", finished);
        structured.put("already_active", started.alreadyActive());
        return new ToolOutcome(message, structured);
    }

    /**
     * Polls the job until it ends, the deadline passes or the client cancels the call. A cancelled
     * call only ends the wait: the job may have been joined by other callers (already_active), so
     * stopping it is left to cancel_indexing_job.
     */
    private Wait awaitEnd(IndexingJob job, Instant deadline, ToolCall call) {
        String jobId = job.id().toString();
        ProgressRelay progress = new ProgressRelay(call.progress());
        while (true) {
            JobReport report = status.status(jobId);
            progress.relay(report);
            if (report.job().isTerminal() || !clock.instant().isBefore(deadline)) {
                return new Wait(report, false);
            }
            if (call.cancellation().awaitCancelled(pollInterval)) {
                return new Wait(status.status(jobId), true);
            }
        }
    }

    private record Wait(JobReport report, boolean cancelled) {
    }

    /** Forwards job progress as MCP progress, which must only ever grow. */
    private static final class ProgressRelay {

        private final ProgressReporter reporter;
        private double lastSent = -1;

        ProgressRelay(ProgressReporter reporter) {
            this.reporter = reporter;
        }

        void relay(JobReport report) {
            IndexingJob job = report.job();
            int total = job.progress().filesTotal();
            double done = job.isTerminal() ? Math.max(total, job.progress().filesDone()) : job.progress().filesDone();
            if (done > lastSent) {
                lastSent = done;
                reporter.report(done, total == 0 ? null : (double) total, JobSchema.summary(report));
            }
        }
    }
}
