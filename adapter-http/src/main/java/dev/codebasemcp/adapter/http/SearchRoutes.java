package dev.codebasemcp.adapter.http;

import dev.codebasemcp.application.port.in.ResolveProjectUseCase;
import dev.codebasemcp.application.port.in.SearchCodeQuery;
import dev.codebasemcp.application.port.in.SearchCodeUseCase;
import dev.codebasemcp.application.port.in.SearchResultsView;
import dev.codebasemcp.domain.InvalidInputException;
import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;

/** {@code GET /api/v1/search}: the search use case behind query parameters. */
final class SearchRoutes {

    static final String SEARCH = "/api/v1/search";

    private static final List<String> PARAMETERS = List.of(
            "q", "mode", "project_id", "repo_path", "path_glob", "language", "limit", "offset", "case_sensitive",
            "context_lines");

    private final SearchCodeUseCase searchCode;
    private final ResolveProjectUseCase resolveProject;
    private final PrometheusMetrics metrics;

    SearchRoutes(SearchCodeUseCase searchCode, ResolveProjectUseCase resolveProject, PrometheusMetrics metrics) {
        this.searchCode = searchCode;
        this.resolveProject = resolveProject;
        this.metrics = metrics;
    }

    void search(Context ctx) {
        QueryParams.allowOnly(ctx, PARAMETERS);
        SearchCodeQuery query;
        try {
            String repoPath = QueryParams.text(ctx, "repo_path");
            // No working directory over HTTP: without project_id the configured default project is searched.
            query = SearchCodeQuery.builder(ctx.queryParam("q"))
                    .mode(QueryParams.text(ctx, "mode"))
                    .projectId(resolveProject.projectForSearch(QueryParams.text(ctx, "project_id"), repoPath, null))
                    .repoPath(repoPath)
                    .pathGlob(QueryParams.text(ctx, "path_glob"))
                    .language(QueryParams.text(ctx, "language"))
                    .limit(QueryParams.integer(ctx, "limit"))
                    .offset(QueryParams.integer(ctx, "offset"))
                    .caseSensitive(bool(ctx, "case_sensitive"))
                    .contextLines(QueryParams.integer(ctx, "context_lines"))
                    .build();
        } catch (InvalidInputException e) {
            throw asParameterProblem(e);
        }
        ctx.json(SearchResultsView.of(metrics.timeSearch(() -> searchCode.search(query))));
    }

    /** The query text is the parameter {@code q} here, so name it that way when it is at fault. */
    private static RuntimeException asParameterProblem(InvalidInputException e) {
        return "query".equals(e.field()) ? new ApiProblemException(ProblemType.INVALID_INPUT, "q", e.getMessage()) : e;
    }

    private static Boolean bool(Context ctx, String name) {
        String value = QueryParams.text(ctx, name);
        if (value == null) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new ApiProblemException(ProblemType.INVALID_INPUT, name,
                    name + " must be true or false, got: '" + value + "'");
        };
    }
}
