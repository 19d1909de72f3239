package dev.codebasemcp.bootstrap.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.codebasemcp.application.port.in.SearchResults;
import dev.codebasemcp.application.port.out.IndexResult;
import dev.codebasemcp.application.port.out.Indexer.IndexRequest;
import dev.codebasemcp.application.port.out.IndexingMonitor;
import dev.codebasemcp.application.service.SearchCodeService;
import dev.codebasemcp.application.service.indexing.IndexingSettings;
import dev.codebasemcp.application.service.indexing.RepositoryIndexer;
import dev.codebasemcp.bootstrap.filesystem.FileSystemSourceTree;
import dev.codebasemcp.bootstrap.filesystem.LocalPathInspector;
import dev.codebasemcp.domain.project.ProjectId;
import dev.codebasemcp.domain.search.SearchMode;
import dev.codebasemcp.persistence.jooq.database.SchemaMigrations;
import dev.codebasemcp.persistence.jooq.index.PostgresIndexStore;
import dev.codebasemcp.persistence.jooq.search.PostgresCodeSearch;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Search benchmark: indexes a tree (unless its index is already published), runs {@link BenchQuery#JDK}
 * several times each, prints per-query and overall latency (p50, p95), and, when ripgrep is installed,
 * checks that literal and regex queries match exactly the file:line pairs ripgrep finds in the same tree.
 *
 * <p>Arguments: tree, JDBC URL, [runs per query, default 20], [--reindex]. Report on standard error.
 */
public final class SearchBenchmark {

    private static final ProjectId PROJECT = ProjectId.of("bench");
    private static final PrintStream REPORT = System.err;

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path tree = Path.of(args[0]).toRealPath();
        String jdbcUrl = args[1];
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        boolean reindex = Arrays.asList(args).contains("--reindex");
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setMaximumPoolSize(4);
        try (HikariDataSource dataSource = new HikariDataSource(config)) {
            SchemaMigrations.applyAll(dataSource);
            PostgresCodeSearch codeSearch = new PostgresCodeSearch(dataSource, Duration.ofSeconds(5));
            if (reindex || !codeSearch.isIndexed(PROJECT, tree)) {
                index(dataSource, tree);
            }
            analyze(dataSource);
            List<Long> all = measure(new SearchCodeService(codeSearch, new LocalPathInspector()), tree, runs);
            REPORT.printf("%nall queries: %d runs, p50 %.2f ms, p95 %.2f ms, max %.2f ms%n", all.size(),
                    millis(percentile(all, 50)), millis(percentile(all, 95)), millis(percentile(all, 100)));
            if (RipgrepLines.available()) {
                RipgrepComparison.compare(new PostgresCodeSearch(dataSource, Duration.ofMinutes(5)), PROJECT, "jdk", tree,
                        BenchQuery.JDK.stream().filter(query -> query.mode() != SearchMode.TEXT).toList());
            } else {
                REPORT.println("ripgrep (rg) not installed: file:line comparison skipped");
            }
        }
    }

    private static void index(HikariDataSource dataSource, Path tree) {
        RepositoryIndexer indexer = new RepositoryIndexer(new FileSystemSourceTree(),
                new PostgresIndexStore(dataSource), IndexingSettings.defaults(), Clock.systemUTC());
        long started = System.nanoTime();
        IndexResult result = indexer.index(new IndexRequest(PROJECT, tree, false), IndexingMonitor.NONE);
        REPORT.printf("indexed %s: %d files, %d chunks in %.1f s%n", tree, result.filesIndexed(),
                result.chunksCreated(), (System.nanoTime() - started) / 1e9);
    }

    /**
     * Fresh statistics for the index tables, as autovacuum has them a minute or so after an index is
     * published; without them the planner misjudges the file join right after a first index.
     */
    private static void analyze(HikariDataSource dataSource) throws java.sql.SQLException {
        try (java.sql.Connection connection = dataSource.getConnection();
             java.sql.Statement statement = connection.createStatement()) {
            statement.execute("ANALYZE index_repository, index_generation, indexed_file, file_content");
        }
        REPORT.println("analyzed index_repository, index_generation, indexed_file, file_content");
    }

    private static List<Long> measure(SearchCodeService service, Path tree, int runs) {
        List<Long> all = new ArrayList<>();
        REPORT.printf("%-62s %5s %9s %9s %9s%n", "query", "hits", "p50 ms", "p95 ms", "max ms");
        for (BenchQuery query : BenchQuery.JDK) {
            SearchResults first = service.search(query.builder().repoPath(tree.toString()).build());
            List<Long> timings = new ArrayList<>();
            for (int run = 0; run < runs; run++) {
                long started = System.nanoTime();
                service.search(query.builder().repoPath(tree.toString()).build());
                timings.add(System.nanoTime() - started);
            }
            all.addAll(timings);
            REPORT.printf("%-62s %4d%s %9.2f %9.2f %9.2f%n", query.label(), first.hits().size(),
                    first.limitReached() ? "+" : " ", millis(percentile(timings, 50)), millis(percentile(timings, 95)),
                    millis(percentile(timings, 100)));
        }
        return all;
    }

    private static long percentile(List<Long> values, int percent) {
        List<Long> sorted = values.stream().sorted().toList();
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }
}
