package dev.codebasemcp.adapter.http;

import dev.codebasemcp.application.port.in.CancelIndexingUseCase;
import dev.codebasemcp.application.port.in.GetIndexingStatusUseCase;
import dev.codebasemcp.application.port.in.JobReport;
import dev.codebasemcp.application.port.in.JobView;
import dev.codebasemcp.application.port.in.ListJobsQuery;
import dev.codebasemcp.application.port.in.ListJobsUseCase;
import dev.codebasemcp.application.port.in.StartIndexingResult;
import dev.codebasemcp.application.port.in.StartIndexingUseCase;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The job endpoints under {@code /api/v1/jobs}; each one calls exactly one use case. */
final class JobRoutes {

    static final String JOBS = "/api/v1/jobs";
    static final String JOB = JOBS + "/{id}";
    static final String CANCEL = JOB + "/cancel";

    private static final List<String> LIST_PARAMETERS = List.of("status", "project_id", "repo_path", "limit");

    private final StartIndexingUseCase startIndexing;
    private final GetIndexingStatusUseCase getStatus;
    private final ListJobsUseCase listJobs;
    private final CancelIndexingUseCase cancelIndexing;
    private final JsonBodies bodies;

    JobRoutes(StartIndexingUseCase startIndexing, GetIndexingStatusUseCase getStatus, ListJobsUseCase listJobs,
              CancelIndexingUseCase cancelIndexing, JsonBodies bodies) {
        this.startIndexing = startIndexing;
        this.getStatus = getStatus;
        this.listJobs = listJobs;
        this.cancelIndexing = cancelIndexing;
        this.bodies = bodies;
    }

    void start(Context ctx) {
        QueryParams.allowOnly(ctx, List.of());
        StartJobRequest request = bodies.read(ctx, StartJobRequest.class, StartJobRequest.FIELDS);
        StartIndexingResult result = startIndexing.start(request.toCommand());
        // A new job is pending, with no progress or ETA yet; an active one may be under way, so ask for its status.
        JobReport report = result.alreadyActive()
                ? getStatus.status(result.job().id().toString())
                : new JobReport(result.job(), null, null);
        ctx.header("Location", JOBS + "/" + result.job().id())
                .status(result.alreadyActive() ? 200 : 202)
                .json(started(report, result.alreadyActive()));
    }

    void status(Context ctx) {
        QueryParams.allowOnly(ctx, List.of());
        ctx.json(JobView.of(getStatus.status(ctx.pathParam("id"))));
    }

    void list(Context ctx) {
        QueryParams.allowOnly(ctx, LIST_PARAMETERS);
        ListJobsQuery query = new ListJobsQuery(QueryParams.text(ctx, "status"), QueryParams.text(ctx, "project_id"),
                QueryParams.text(ctx, "repo_path"), QueryParams.integer(ctx, "limit"));
        ctx.json(Map.of("jobs", JobView.of(listJobs.list(query))));
    }

    void cancel(Context ctx) {
        QueryParams.allowOnly(ctx, List.of());
        ctx.status(202).json(JobView.of(cancelIndexing.cancel(ctx.pathParam("id"))));
    }

    /** The answer to a start request: the job, and whether it was already active instead of newly queued. */
    private static Map<String, Object> started(JobReport report, boolean alreadyActive) {
        Map<String, Object> body = new LinkedHashMap<>(JobView.of(report));
        body.put("already_active", alreadyActive);
        return body;
    }
}
