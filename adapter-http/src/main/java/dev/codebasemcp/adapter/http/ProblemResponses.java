package dev.codebasemcp.adapter.http;

import dev.codebasemcp.application.port.in.JobAlreadyFinishedException;
import dev.codebasemcp.application.port.in.JobNotFoundException;
import dev.codebasemcp.application.port.out.StoreUnavailableException;
import dev.codebasemcp.domain.InvalidInputException;
import dev.codebasemcp.domain.search.SearchTooExpensiveException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.util.Map;

/** Turns every failure into an RFC 9457 problem+json response with a specific detail. */
final class ProblemResponses {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemResponses.class);

    private ProblemResponses() {
    }

    static void register(RoutesConfig routes) {
        routes.exception(ApiProblemException.class, (e, ctx) -> {
            Problem problem = Problem.of(e.type(), e.getMessage(), ctx.path());
            if (e.field() != null) {
                problem = problem.with("field", e.field());
            }
            if (e.type() == ProblemType.UNAUTHORIZED) {
                ctx.header("WWW-Authenticate", "Bearer realm=\"codebase-mcp\"");
            }
            send(ctx, problem);
        });
        routes.exception(InvalidInputException.class, (e, ctx) ->
                send(ctx, Problem.of(ProblemType.INVALID_INPUT, e.getMessage(), ctx.path()).with("field", e.field())));
        routes.exception(JobNotFoundException.class, (e, ctx) ->
                send(ctx, Problem.of(ProblemType.NOT_FOUND, e.getMessage(), ctx.path())));
        routes.exception(JobAlreadyFinishedException.class, (e, ctx) ->
                send(ctx, Problem.of(ProblemType.JOB_ALREADY_FINISHED, e.getMessage(), ctx.path())
                        .with("job_id", e.job().id().toString())
                        .with("job_status", e.job().status().wireName())));
        routes.exception(SearchTooExpensiveException.class, (e, ctx) ->
                send(ctx, Problem.of(ProblemType.SEARCH_TOO_EXPENSIVE, e.getMessage(), ctx.path())
                        .with("timeout_ms", e.timeout().toMillis())));
        routes.exception(StoreUnavailableException.class, (e, ctx) -> {
            LOG.warn("Request {} {}: {}", ctx.method(), ctx.path(), e.getMessage());
            ctx.header("Retry-After", "5");
            send(ctx, Problem.of(ProblemType.DATABASE_UNAVAILABLE, "The database is unreachable right now: "
                    + e.getMessage() + "; the server reconnects by itself, try again in a few seconds", ctx.path()));
        });
        routes.exception(HttpResponseException.class, (e, ctx) -> send(ctx, fromStatus(e.getStatus(), e.getMessage(), ctx)));
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("Request {} {} failed", ctx.method(), ctx.path(), e);
            send(ctx, Problem.of(ProblemType.INTERNAL_ERROR,
                    "The server failed to handle the request: " + e.getClass().getSimpleName()
                            + "; see the server log for details", ctx.path()));
        });
    }

    static void send(Context ctx, Problem problem) {
        ctx.status(problem.status()).json(problem).contentType(Problem.CONTENT_TYPE);
    }

    /** Javalin's own refusals: no such route, wrong method, and the like. */
    private static Problem fromStatus(int status, String message, Context ctx) {
        if (status == 404) {
            return Problem.of(ProblemType.NOT_FOUND,
                    "No resource at " + ctx.method() + " " + ctx.path() + "; see /openapi.json for the API", ctx.path());
        }
        if (status == 405) {
            return Problem.of(ProblemType.METHOD_NOT_ALLOWED,
                    ctx.method() + " is not allowed on " + ctx.path() + "; see /openapi.json for the API", ctx.path());
        }
        for (ProblemType type : ProblemType.values()) {
            if (type.status() == status && type != ProblemType.MALFORMED_JSON) {
                return Problem.of(type, message, ctx.path());
            }
        }
        return new Problem("about:blank", message, status, message, ctx.path(), Map.of());
    }
}
