package dev.codebasemcp.persistence.jooq.search;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.codebasemcp.application.port.out.SearchCriteria;
import dev.codebasemcp.domain.search.CodeTokens;
import dev.codebasemcp.domain.search.SearchMode;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * Profiles ranked text search against an existing index: per query the latency of {@link PostgresCodeSearch}
 * (p50, p95 over the given runs) and the plan of each statement with EXPLAIN (ANALYZE, BUFFERS).
 *
 * <p>Arguments: JDBC URL, runs, then the queries. Report on standard error.
 */
public final class TextSearchProfile {

    private static final PrintStream REPORT = System.err;

    private TextSearchProfile() {
    }

    public static void main(String[] args) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(args[0]);
        config.setMaximumPoolSize(2);
        int runs = Integer.parseInt(args[1]);
        boolean explain = Boolean.getBoolean("explain");
        try (HikariDataSource dataSource = new HikariDataSource(config)) {
            PostgresCodeSearch search = new PostgresCodeSearch(dataSource, Duration.ofSeconds(10));
            DSLContext dsl = DSL.using(dataSource, SQLDialect.POSTGRES);
            List<Long> all = new ArrayList<>();
            for (int q = 2; q < args.length; q++) {
                SearchCriteria criteria = criteria(args[q]);
                search.find(criteria);
                List<Long> timings = new ArrayList<>();
                for (int run = 0; run < runs; run++) {
                    long started = System.nanoTime();
                    search.find(criteria);
                    timings.add(System.nanoTime() - started);
                }
                all.addAll(timings);
                REPORT.printf("%-40s p50 %7.2f ms  p95 %7.2f ms%n", args[q], percentile(timings, 50) / 1e6,
                        percentile(timings, 95) / 1e6);
                stages(dsl, criteria, runs);
                if (explain) {
                    dsl.transaction(c -> explainAll(c.dsl(), criteria));
                }
            }
            REPORT.printf("ALL p50 %7.2f ms  p95 %7.2f ms%n", percentile(all, 50) / 1e6, percentile(all, 95) / 1e6);
        }
    }

    /** Median time of each stage: building the candidate statement, fetching it, the whole ranking. */
    private static void stages(DSLContext dsl, SearchCriteria criteria, int runs) {
        TextSearch textSearch = new TextSearch();
        List<Long> build = new ArrayList<>();
        List<Long> fetch = new ArrayList<>();
        List<Long> rank = new ArrayList<>();
        for (int run = 0; run <= runs; run++) {
            dsl.transaction(c -> {
                DSLContext tx = c.dsl();
                tx.execute("SET LOCAL plan_cache_mode = force_custom_plan");
                long t0 = System.nanoTime();
                NamedSql sql = textSearch.candidates(tx, criteria).sql();
                long t1 = System.nanoTime();
                tx.fetch(sql.sql(), sql.values().toArray());
                long t2 = System.nanoTime();
                textSearch.rank(tx, criteria);
                long t3 = System.nanoTime();
                build.add(t1 - t0);
                fetch.add(t2 - t1);
                rank.add(t3 - t2);
            });
        }
        REPORT.printf("    medians: statement %.2f ms, candidates fetch %.2f ms, rank %.2f ms%n",
                percentile(build, 50) / 1e6, percentile(fetch, 50) / 1e6, percentile(rank, 50) / 1e6);
    }

    private static void explainAll(DSLContext tx, SearchCriteria criteria) {
        tx.execute("SET LOCAL plan_cache_mode = force_custom_plan");
        NamedSql sql = new TextSearch().candidates(tx, criteria).sql();
        REPORT.println("---- candidates of " + criteria.query() + ": " + sql.boundValues().get("candidates"));
        tx.fetch("EXPLAIN (ANALYZE, BUFFERS) " + sql.sql(), sql.values().toArray())
                .forEach(row -> REPORT.println(row.get(0, String.class)));
    }

    static SearchCriteria criteria(String query) {
        return new SearchCriteria(SearchMode.TEXT, query, CodeTokens.ofQuery(query), null, false, null, null, null,
                null, 0, 10, 3);
    }

    private static long percentile(List<Long> values, int percent) {
        List<Long> sorted = values.stream().sorted().toList();
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
