package dev.codebasemcp.adapter.http;

import java.util.Locale;

/** The kinds of problem the API reports, each with its status and a stable type URI. */
enum ProblemType {
    INVALID_INPUT(400, "Invalid input"),
    MALFORMED_JSON(400, "Malformed JSON"),
    UNAUTHORIZED(401, "Unauthorized"),
    FORBIDDEN_HOST(403, "Host not allowed"),
    FORBIDDEN_ORIGIN(403, "Origin not allowed"),
    NOT_FOUND(404, "Not found"),
    METHOD_NOT_ALLOWED(405, "Method not allowed"),
    JOB_ALREADY_FINISHED(409, "Job already finished"),
    BODY_TOO_LARGE(413, "Request body too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
    SEARCH_TOO_EXPENSIVE(422, "Search too expensive"),
    INTERNAL_ERROR(500, "Internal server error"),
    DATABASE_UNAVAILABLE(503, "Database unavailable");

    private final int status;
    private final String title;

    ProblemType(int status, String title) {
        this.status = status;
        this.title = title;
    }

    int status() {
        return status;
    }

    String title() {
        return title;
    }

    /** A URN rather than a URL: nothing is served at it, it only names the kind of problem. */
    String uri() {
        return "urn:codebase-mcp:problem:" + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
