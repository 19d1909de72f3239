package dev.codebasemcp.adapter.http;

/** Raised by the HTTP layer itself (body, headers, query syntax) to answer with a problem. */
final class ApiProblemException extends RuntimeException {

    private final ProblemType type;
    private final String field;

    ApiProblemException(ProblemType type, String field, String detail) {
        super(detail);
        this.type = type;
        this.field = field;
    }

    ApiProblemException(ProblemType type, String detail) {
        this(type, null, detail);
    }

    ProblemType type() {
        return type;
    }

    /** The offending field or parameter, or null when the problem is not about one. */
    String field() {
        return field;
    }
}
