package dev.codebasemcp.bootstrap.bench;

import dev.codebasemcp.bootstrap.filesystem.LocalPathInspector;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.codebasemcp.application.port.in.SearchCodeQuery;
import dev.codebasemcp.application.port.in.SearchHit;
import dev.codebasemcp.application.service.SearchCodeService;
import dev.codebasemcp.domain.project.ProjectId;
import dev.codebasemcp.persistence.jooq.database.SchemaMigrations;
import dev.codebasemcp.persistence.jooq.search.PostgresCodeSearch;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Relevance benchmark: for each labelled question of each corpus, runs a search limited to
 * {@value #CUTOFF} hits and finds the rank of the first hit in a file that answers the question. Prints the
 * rank of every question and, per corpus and mode, recall@10 (share of questions with an answering file
 * in the top 10) and MRR@10 (mean of 1/rank, 0 when not in the top 10), and the median and 95th percentile
 * of the time one search takes in process (a second run of each question, after a first that may fill caches).
 *
 * <p>Arguments: JDBC URL, then one or more {@code name=tree=questions.tsv}; {@code --reindex} indexes the
 * trees again. A question file has one question per line: the question, a tab, the answering files
 * (comma-separated, relative to the tree); lines starting with {@code #} are comments. Report on stdout.
 */
public final class RelevanceBenchmark {

    static final int CUTOFF = 10;
    private static final ProjectId PROJECT = ProjectId.of("relevance");
    private static final List<String> MODES = List.of("text");
    private static final PrintStream REPORT = System.out;

    private RelevanceBenchmark() {
    }

    record Question(String text, Set<String> answers) {
    }

    public static void main(String[] args) throws Exception {
        boolean reindex = Arrays.asList(args).contains("--reindex");
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(args[0]);
        config.setMaximumPoolSize(4);
        try (HikariDataSource dataSource = new HikariDataSource(config)) {
            SchemaMigrations.applyAll(dataSource);
            PostgresCodeSearch codeSearch = new PostgresCodeSearch(dataSource, Duration.ofSeconds(30));
            SearchCodeService service = new SearchCodeService(codeSearch, new LocalPathInspector());
            List<String> summary = new ArrayList<>();
            for (String corpus : Arrays.stream(args).skip(1).filter(arg -> !arg.startsWith("--")).toList()) {
                String[] spec = corpus.split("=", 3);
                Path tree = Path.of(spec[1]).toRealPath();
                BenchIndex.ensure(dataSource, codeSearch, PROJECT, tree, reindex, REPORT);
                List<Question> questions = questions(Path.of(spec[2]));
                for (String mode : MODES) {
                    summary.add(run(service, spec[0], mode, tree, questions));
                }
            }
            REPORT.printf("%n%-8s %-6s %9s %9s %9s %7s %7s%n", "corpus", "mode", "questions", "recall@10", "MRR@10",
                    "p50 ms", "p95 ms");
            summary.forEach(REPORT::println);
        }
    }

    private static String run(SearchCodeService service, String corpus, String mode, Path tree,
                              List<Question> questions) {
        REPORT.printf("%n## %s, mode %s%n", corpus, mode);
        int found = 0;
        double reciprocal = 0;
        List<Long> timings = new ArrayList<>();
        for (Question question : questions) {
            SearchCodeQuery query = SearchCodeQuery.builder(question.text()).mode(mode)
                    .repoPath(tree.toString()).limit(CUTOFF).build();
            List<SearchHit> hits = service.search(query).hits();
            // Timed on a second run: the first one may fill the term statistics cache.
            long started = System.nanoTime();
            service.search(query);
            long millis = (System.nanoTime() - started) / 1_000_000;
            timings.add(millis);
            int rank = rank(hits, question.answers());
            if (rank > 0) {
                found++;
                reciprocal += 1.0 / rank;
            }
            REPORT.printf("%-4s %5d ms  %-70s %s%n", rank > 0 ? String.valueOf(rank) : "-", millis, question.text(),
                    hits.isEmpty() ? "(no hits)" : hits.getFirst().path());
        }
        List<Long> sorted = timings.stream().sorted().toList();
        return String.format("%-8s %-6s %9d %9.2f %9.2f %7d %7d", corpus, mode, questions.size(),
                (double) found / questions.size(), reciprocal / questions.size(), sorted.get(sorted.size() / 2),
                sorted.get((int) Math.ceil(0.95 * sorted.size()) - 1));
    }

    /** 1-based rank of the first hit in an answering file within the cutoff, 0 when there is none. */
    static int rank(List<SearchHit> hits, Set<String> answers) {
        for (int i = 0; i < Math.min(CUTOFF, hits.size()); i++) {
            if (answers.contains(hits.get(i).path())) {
                return i + 1;
            }
        }
        return 0;
    }

    static List<Question> questions(Path file) throws IOException {
        List<Question> questions = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t");
            questions.add(new Question(columns[0].strip(), Set.of(columns[1].strip().split("\\s*,\\s*"))));
        }
        return questions;
    }
}
