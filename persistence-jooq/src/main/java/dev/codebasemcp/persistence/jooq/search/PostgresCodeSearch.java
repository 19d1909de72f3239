package dev.codebasemcp.persistence.jooq.search;

import dev.codebasemcp.application.port.out.ChunkHit;
import dev.codebasemcp.application.port.out.CodeSearch;
import dev.codebasemcp.application.port.out.SearchCriteria;
import dev.codebasemcp.domain.InvalidInputException;
import dev.codebasemcp.domain.project.ProjectId;
import dev.codebasemcp.domain.search.SearchMode;
import dev.codebasemcp.domain.search.SearchTooExpensiveException;
import dev.codebasemcp.persistence.jooq.database.StoreFailures;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * Searches the published code index in PostgreSQL: literal and regex through {@link PatternStatement}, ranked
 * text through {@link TextSearch} and {@link TextStatement}. Every search
 * runs in its own read-only transaction under {@code SET LOCAL statement_timeout}, so a pathological
 * pattern is cancelled by the server and its connection returns to the pool ready for the next search.
 */
public final class PostgresCodeSearch implements CodeSearch {

    /** PostgreSQL's SQLSTATE for a statement cancelled by statement_timeout. */
    private static final String QUERY_CANCELED = "57014";
    /** PostgreSQL's SQLSTATE for a malformed regular expression. */
    private static final String INVALID_REGULAR_EXPRESSION = "2201B";

    private final DSLContext dsl;
    private final Duration timeout;
    private final TextSearch textSearch = new TextSearch();

    public PostgresCodeSearch(DataSource dataSource, Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("The search timeout must be positive, got " + timeout);
        }
        this.dsl = DSL.using(dataSource, SQLDialect.POSTGRES);
        this.timeout = timeout;
    }

    @Override
    public List<ChunkHit> find(SearchCriteria criteria) {
        return withTimeout(criteria.mode() != SearchMode.TEXT, tx -> {
            NamedSql statement = criteria.mode() == SearchMode.TEXT ? rankedChunks(tx, criteria)
                    : PatternStatement.of(criteria);
            return statement == null ? List.<ChunkHit>of() : tx.fetch(statement.sql(), statement.values().toArray())
                    .stream()
                    .skip(criteria.mode() == SearchMode.TEXT ? 0 : criteria.offset())
                    .map(row -> toHit(row, criteria.contextLines()))
                    .toList();
        });
    }

    private NamedSql rankedChunks(DSLContext tx, SearchCriteria criteria) {
        List<TextSearch.Ranked> ranked = textSearch.rank(tx, criteria);
        if (ranked.isEmpty()) {
            return null;
        }
        return TextStatement.chunks(ranked.stream().map(TextSearch.Ranked::repositoryId).toArray(Long[]::new),
                ranked.stream().map(TextSearch.Ranked::path).toArray(String[]::new),
                ranked.stream().map(TextSearch.Ranked::ordinal).toArray(Integer[]::new),
                ranked.stream().map(TextSearch.Ranked::score).toArray(Double[]::new));
    }

    @Override
    public List<ProjectId> indexedProjects() {
        return withTimeout(tx -> tx.fetch("SELECT DISTINCT project_id FROM index_repository"
                        + " WHERE active_generation IS NOT NULL ORDER BY project_id")
                .map(row -> ProjectId.of(row.get(0, String.class))));
    }

    @Override
    public boolean isIndexed(ProjectId projectIdOrNull, Path repository) {
        String project = projectIdOrNull == null ? null : projectIdOrNull.value();
        return withTimeout(tx -> tx.fetchSingle("SELECT EXISTS (SELECT 1 FROM index_repository"
                        + " WHERE repo_path = ? AND active_generation IS NOT NULL"
                        + " AND (CAST(? AS text) IS NULL OR project_id = ?))", repository.toString(), project, project)
                .get(0, Boolean.class));
    }

    private <T> T withTimeout(Function<DSLContext, T> work) {
        return withTimeout(true, work);
    }

    private <T> T withTimeout(boolean genericPlan, Function<DSLContext, T> work) {
        return StoreFailures.read("searching", () -> runWithTimeout(genericPlan, work));
    }

    private <T> T runWithTimeout(boolean genericPlan, Function<DSLContext, T> work) {
        try {
            return dsl.transactionResult(configuration -> {
                DSLContext tx = configuration.dsl();
                // One round trip for the settings; they end with the transaction. The statements are the
                // same for every search of a shape and PostgreSQL's generic plan for them is the custom
                // one (GIN bitmap, then primary-key joins), so reusing it saves the planning (~3 ms of a
                // 5 ms literal search) once the driver has prepared the statement on the connection.
                // Text search is the exception: how selective its tsquery is decides the plan.
                tx.execute("SET TRANSACTION READ ONLY; SET LOCAL statement_timeout = " + timeout.toMillis()
                        + "; SET LOCAL plan_cache_mode = " + (genericPlan ? "force_generic_plan" : "force_custom_plan"));
                return work.apply(tx);
            });
        } catch (DataAccessException e) {
            throw translate(e);
        }
    }

    private RuntimeException translate(DataAccessException e) {
        SQLException cause = e.getCause(SQLException.class);
        String state = cause == null ? null : cause.getSQLState();
        String message = cause == null ? "" : String.valueOf(cause.getMessage());
        // A timeout that strikes inside the regex engine surfaces as an "invalid" expression that was cancelled.
        if (QUERY_CANCELED.equals(state) || (INVALID_REGULAR_EXPRESSION.equals(state) && message.contains("cancel"))) {
            return new SearchTooExpensiveException(timeout, e);
        }
        if (INVALID_REGULAR_EXPRESSION.equals(state)) {
            int detail = message.indexOf("invalid regular expression");
            String reason = detail < 0 ? message : message.substring(detail + "invalid regular expression".length());
            return new InvalidInputException("query", "Invalid regular expression" + firstLine(reason));
        }
        return e;
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }

    private static ChunkHit toHit(Record row, int contextLines) {
        Integer[] matching = row.get("matching_lines", Integer[].class);
        ChunkContext context = ChunkContext.of(row, contextLines);
        return new ChunkHit(ProjectId.of(row.get("project_id", String.class)),
                Path.of(row.get("repo_path", String.class)),
                row.get("path", String.class),
                row.get("language", String.class),
                context.chunkStartLine(),
                context.chunkEndLine(),
                context.contentStartLine(),
                context.content(),
                matching == null ? List.of() : Arrays.asList(matching),
                row.get("score", Double.class));
    }
}
