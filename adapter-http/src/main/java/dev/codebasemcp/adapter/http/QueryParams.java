package dev.codebasemcp.adapter.http;

import io.javalin.http.Context;
import java.util.List;

/** Strict reading of query parameters: unknown or repeated parameters are refused, not ignored. */
final class QueryParams {

    private QueryParams() {
    }

    static void allowOnly(Context ctx, List<String> allowed) {
        for (var entry : ctx.queryParamMap().entrySet()) {
            String name = entry.getKey();
            if (!allowed.contains(name)) {
                throw new ApiProblemException(ProblemType.INVALID_INPUT, name,
                        "Unknown query parameter '" + name + "' (allowed: " + String.join(", ", allowed) + ")");
            }
            if (entry.getValue().size() > 1) {
                throw new ApiProblemException(ProblemType.INVALID_INPUT, name,
                        "Query parameter '" + name + "' was given " + entry.getValue().size() + " times; give it once");
            }
        }
    }

    /** The parameter, or null when absent or empty. */
    static String text(Context ctx, String name) {
        String value = ctx.queryParam(name);
        return value == null || value.isEmpty() ? null : value;
    }

    /** A whole-number parameter, or null when absent; range checks are the use case's. */
    static Integer integer(Context ctx, String name) {
        String value = text(ctx, name);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new ApiProblemException(ProblemType.INVALID_INPUT, name,
                    name + " must be a whole number, got: '" + value + "'");
        }
    }
}
