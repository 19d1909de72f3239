package dev.codebasemcp.bootstrap.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.codebasemcp.application.port.out.ChunkHit;
import dev.codebasemcp.application.port.out.SearchCriteria;
import dev.codebasemcp.application.service.indexing.IndexingSettings;
import dev.codebasemcp.domain.project.ProjectId;
import dev.codebasemcp.domain.search.PosixRegex;
import dev.codebasemcp.domain.search.RegexSyntax;
import dev.codebasemcp.domain.search.SearchMode;
import dev.codebasemcp.persistence.jooq.database.SchemaMigrations;
import dev.codebasemcp.persistence.jooq.search.PostgresCodeSearch;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares literal and regex answers with ripgrep's file:line sets over {@link #PATTERNS} on each corpus given
 * ({@code name=tree}), with the patterns written in ripgrep's syntax. Arguments: JDBC URL, corpora,
 * [--reindex]. Report on standard error; exit code 1 when any answer differs.
 */
public final class RipgrepComparison {

    private static final ProjectId PROJECT = ProjectId.of("relevance");
    private static final PrintStream REPORT = System.err;

    static final List<BenchQuery> PATTERNS = List.of(
            literal("TODO"), literal("import "), literal("return null;"), literal("self."), literal("__init__"),
            literal("Copyright"), literal("throw new"), literal("raise ValueError"), literal("\"\"\""),
            literal("@Override"), literal("LONG_LINE_MARK"), literal("LATIN1_MARK"), literal("UTF16_MARK"),
            new BenchQuery(SearchMode.LITERAL, "fixme", false),
            regex("\\w+Exception\\b"), regex("\\bdef \\w+\\(self"), regex("^\\s*import \\w+$"),
            regex("(?i)license"), regex("(?:public|private|protected) static final \\w+"),
            regex("(?i)since \\d+\\.\\d+"), regex("\\bclass \\w+\\("), regex("\\breturn \\w+;$"),
            regex("^#!\\S+"), regex("TODO:?\\s+\\w+"), regex("\\b0x7[fF]{3}\\w*"), regex("(?i)utf-?8\\b"),
            regex("\\bif __name__ == ['\"]__main__['\"]"), regex("[A-Z][a-z]+Error\\b"), regex("\\w+_MARK\\b"),
            regex("\\bnull\\b.*\\bnull\\b"), regex("synchronized\\s*\\(\\w+\\)"), regex("return\\s+$"),
            regex("^import.{60,}$"), regex("\\blambda\\b\\s*\\w*:"));

    private RipgrepComparison() {
    }

    private static BenchQuery literal(String query) {
        return new BenchQuery(SearchMode.LITERAL, query, true);
    }

    private static BenchQuery regex(String query) {
        return new BenchQuery(SearchMode.REGEX, query, true);
    }

    public static void main(String[] args) throws Exception {
        boolean reindex = Arrays.asList(args).contains("--reindex");
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(args[0]);
        config.setMaximumPoolSize(4);
        int differing = 0;
        try (HikariDataSource dataSource = new HikariDataSource(config)) {
            SchemaMigrations.applyAll(dataSource);
            PostgresCodeSearch codeSearch = new PostgresCodeSearch(dataSource, Duration.ofMinutes(5));
            for (String corpus : Arrays.stream(args).skip(1).filter(arg -> !arg.startsWith("--")).toList()) {
                String[] spec = corpus.split("=", 2);
                Path tree = Path.of(spec[1]).toRealPath();
                BenchIndex.ensure(dataSource, codeSearch, PROJECT, tree, reindex, REPORT);
                differing += compare(codeSearch, PROJECT, spec[0], tree, PATTERNS);
            }
        }
        REPORT.printf("%n%s%n", differing == 0 ? "every answer equals ripgrep's" : differing + " answers differ");
        System.exit(differing == 0 ? 0 : 1);
    }

    /** Prints how each pattern's answer compares with ripgrep's; returns how many differ. */
    static int compare(PostgresCodeSearch codeSearch, ProjectId project, String corpus, Path tree, List<BenchQuery> patterns)
            throws Exception {
        REPORT.printf("%n## %s (%s)%n", corpus, tree);
        int equal = 0;
        for (BenchQuery query : patterns) {
            Set<String> ours = ours(codeSearch, project, query, tree);
            Set<String> ripgrep = RipgrepLines.of(query, tree, IndexingSettings.DEFAULT_MAX_FILE_BYTES);
            if (ours.equals(ripgrep)) {
                equal++;
                REPORT.printf("  equal     %7d lines  %s%n", ours.size(), query.label());
            } else {
                Set<String> missing = new TreeSet<>(ripgrep);
                missing.removeAll(ours);
                Set<String> extra = new TreeSet<>(ours);
                extra.removeAll(ripgrep);
                REPORT.printf("  DIFFERENT %7d vs rg %d  %s  missing %s extra %s%n", ours.size(), ripgrep.size(),
                        query.label(), missing.stream().limit(3).toList(), extra.stream().limit(3).toList());
            }
        }
        REPORT.printf("%s: %d of %d patterns equal ripgrep's file:line set%n", corpus, equal, patterns.size());
        return patterns.size() - equal;
    }

    private static Set<String> ours(PostgresCodeSearch codeSearch, ProjectId project, BenchQuery query, Path tree) {
        PosixRegex regex = query.mode() == SearchMode.REGEX ? PosixRegex.parse(RegexSyntax.toPostgres(query.query())) : null;
        boolean caseSensitive = query.caseSensitive() && (regex == null || !regex.caseInsensitive());
        SearchCriteria criteria = new SearchCriteria(query.mode(), query.query(), List.of(), regex, caseSensitive,
                project, tree, null, null, 0, Integer.MAX_VALUE, 0);
        Set<String> lines = new TreeSet<>();
        for (ChunkHit hit : codeSearch.find(criteria)) {
            hit.matchingLines().forEach(line -> lines.add(hit.path() + ":" + line));
        }
        return lines;
    }
}
