package dev.codebasemcp.persistence.jooq.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.codebasemcp.application.port.in.SearchCodeQuery;
import dev.codebasemcp.application.port.in.SearchHit;
import dev.codebasemcp.application.port.in.SearchResults;
import dev.codebasemcp.application.port.in.SnippetLine;
import dev.codebasemcp.application.port.out.SearchCriteria;
import dev.codebasemcp.application.service.SearchCodeService;
import dev.codebasemcp.domain.InvalidInputException;
import dev.codebasemcp.domain.path.PathFacts;
import dev.codebasemcp.domain.search.PosixRegex;
import dev.codebasemcp.domain.search.SearchMode;
import dev.codebasemcp.domain.search.SearchTooExpensiveException;
import dev.codebasemcp.persistence.jooq.testing.TestDatabaseExtension;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresCodeSearchTest {

    @RegisterExtension
    static final TestDatabaseExtension DATABASE = TestDatabaseExtension.migrated();

    private static final String ALPHA = "/repos/alpha";
    private static final String BETA = "/repos/beta";
    private static final String SLOW = "/repos/slow";

    private static final String HASH_MAP_JAVA = """
            package util;

            /** A table of entries. */
            public class HashMap<K, V> {
                private Object[] table = new Object[16];

                /** Doubles the table when it is full. */
                void resize() {
                    Object[] bigger = new Object[table.length * 2];
                    table = bigger;
                }

                V get(Object key) {
                    return null; // TODO handle collisions
                }
            }
            """;

    private static final String NOTES_JAVA = """
            package util;

            class Notes {
                int hash_map_size;
                void resizeAll() {
                }
            }
            """;

    private static final String CLI_PY = """
            import sys


            def parse_args(argv):
                return argv[1:]
            """;

    private static final String APP_JS = """
            // entry point
            function parseArgs(argv) {
              return argv.slice(2);
            }
            """;

    private static final String PERCENT_JAVA = """
            class Percent {
                String a = "100%_done";
                String b = "100xxdone";
                String c = "todo: lower case";
            }
            """;

    private static final String SAME = """
            class Same {
                int uniqueTieWord;
            }
            """;

    private static SearchCodeService service;
    private static PostgresCodeSearch codeSearch;

    @BeforeAll
    static void indexRepositories() {
        SearchIndexFixture fixture = new SearchIndexFixture(DATABASE.dataSource());
        long alpha = fixture.repository("demo", ALPHA);
        fixture.generation(alpha, Map.of("src/Legacy.java", "class Legacy { int legacyMarker; }\n"), true);
        Map<String, String> files = new LinkedHashMap<>();
        files.put("src/util/HashMap.java", HASH_MAP_JAVA);
        files.put("src/util/Notes.java", NOTES_JAVA);
        files.put("scripts/cli.py", CLI_PY);
        files.put("web/app.js", APP_JS);
        files.put("src/Percent.java", PERCENT_JAVA);
        files.put("b/Same.java", SAME);
        files.put("a/Same.java", SAME);
        fixture.generation(alpha, files, true);
        fixture.generation(alpha, Map.of("src/Building.java", "class Building { int buildingMarker; }\n"), false);
        long beta = fixture.repository("other", BETA);
        fixture.generation(beta, Map.of("lib/HashMap.kt", "class HashMap {\n  // TODO grow\n}\n"), true);
        long slow = fixture.repository("slow", SLOW);
        fixture.bulkChunks(slow, "big.txt", 4_000, 20);
        codeSearch = new PostgresCodeSearch(DATABASE.dataSource(), Duration.ofSeconds(5));
        service = new SearchCodeService(codeSearch, path -> PathFacts.missing());
    }

    private static SearchResults search(SearchCodeQuery.Builder query) {
        return service.search(query.build());
    }

    private static Set<String> fileLines(SearchResults results) {
        Set<String> lines = new TreeSet<>();
        for (SearchHit hit : results.hits()) {
            hit.matchLines().forEach(line -> lines.add(hit.path() + ":" + line));
        }
        return lines;
    }

    private static SearchCodeQuery.Builder inAlpha(String query, String mode) {
        return SearchCodeQuery.builder(query).mode(mode).repoPath(ALPHA).limit(100);
    }

    @Test
    void literalFindsExactlyTheLinesContainingTheText() {
        assertThat(fileLines(search(inAlpha("TODO", "literal")))).containsExactlyInAnyOrder("src/util/HashMap.java:14");
        assertThat(fileLines(search(inAlpha("table", "literal")))).containsExactlyInAnyOrder(
                "src/util/HashMap.java:3", "src/util/HashMap.java:5", "src/util/HashMap.java:7",
                "src/util/HashMap.java:9", "src/util/HashMap.java:10");
    }

    @Test
    void literalIgnoresCaseOnlyWhenAsked() {
        assertThat(fileLines(search(inAlpha("todo", "literal")))).containsExactlyInAnyOrder("src/Percent.java:4");
        assertThat(fileLines(search(inAlpha("todo", "literal").caseSensitive(false))))
                .containsExactly("src/Percent.java:4", "src/util/HashMap.java:14");
    }

    @Test
    void literalTreatsLikeWildcardsAsPlainCharacters() {
        assertThat(fileLines(search(inAlpha("100%_done", "literal")))).containsExactlyInAnyOrder("src/Percent.java:2");
    }

    @Test
    void regexMatchesLineByLine() {
        assertThat(fileLines(search(inAlpha("^\\s*void \\w+\\(", "regex")))).containsExactlyInAnyOrder(
                "src/util/HashMap.java:8", "src/util/Notes.java:5");
        assertThat(fileLines(search(inAlpha("^package util;$", "regex")))).containsExactlyInAnyOrder(
                "src/util/HashMap.java:1", "src/util/Notes.java:1");
        assertThat(fileLines(search(inAlpha("parse_?args", "regex")))).containsExactlyInAnyOrder("scripts/cli.py:4");
        assertThat(fileLines(search(inAlpha("(?i)parse_?args", "regex"))))
                .containsExactly("scripts/cli.py:4", "web/app.js:2");
        assertThat(fileLines(search(inAlpha("100.*done", "regex"))))
                .containsExactly("src/Percent.java:2", "src/Percent.java:3");
    }

    @Test
    void regexCaseSensitivityFollowsTheFlag() {
        assertThat(fileLines(search(inAlpha("todo", "regex").caseSensitive(false))))
                .containsExactly("src/Percent.java:4", "src/util/HashMap.java:14");
    }

    @Test
    void literalAndRegexHitsComeInPathOrderWithScoreAsMatchingLineCount() {
        SearchResults results = search(inAlpha("table", "literal"));
        assertThat(results.hits()).extracting(SearchHit::path).isSorted();
        assertThat(results.hits().stream().mapToDouble(SearchHit::score).sum()).isEqualTo(5.0);
    }

    @Test
    void textFindsAMethodFromSeparateWordsWithTheClassNameInTheFileName() {
        SearchHit first = search(inAlpha("hash map resize", "text")).hits().getFirst();
        assertThat(first.path()).isEqualTo("src/util/HashMap.java");
        assertThat(first.matchLines()).containsExactly(8);
    }

    @Test
    void textRanksIdentifiersSplitIntoTheQueryWordsFirst() {
        SearchHit first = search(inAlpha("map size", "text")).hits().getFirst();
        assertThat(first.path()).isEqualTo("src/util/Notes.java");
        assertThat(first.startLine()).isEqualTo(4);
    }

    @Test
    void textFindsCamelCaseFromSnakeCaseAndRanksTheExactIdentifierFirst() {
        assertThat(search(inAlpha("parse_args", "text")).hits()).extracting(SearchHit::path)
                .containsExactly("scripts/cli.py", "web/app.js");
        assertThat(search(inAlpha("parseArgs", "text")).hits()).extracting(SearchHit::path)
                .containsExactly("web/app.js", "scripts/cli.py");
    }

    @Test
    void textRanksExactIdentifierAbovePartialMatches() {
        List<SearchHit> hits = search(inAlpha("HashMap", "text")).hits();
        assertThat(hits).extracting(SearchHit::path).containsExactly("src/util/HashMap.java", "src/util/Notes.java");
        assertThat(hits.get(0).score()).isGreaterThan(1.0);
        assertThat(hits.get(1).score()).isLessThan(1.0);
    }

    @Test
    void textBreaksTiesByPath() {
        List<SearchHit> hits = search(inAlpha("uniqueTieWord", "text")).hits();
        assertThat(hits).extracting(SearchHit::path).containsExactly("a/Same.java", "b/Same.java");
        assertThat(hits.get(0).score()).isEqualTo(hits.get(1).score());
    }

    @Test
    void hitReportsPathsLinesLanguageProjectAndSnippetWithContext() {
        SearchHit hit = search(inAlpha("resize", "literal").contextLines(1)).hits().getFirst();
        assertThat(hit.path()).isEqualTo("src/util/HashMap.java");
        assertThat(hit.absolutePath()).isEqualTo("/repos/alpha/src/util/HashMap.java");
        assertThat(hit.repository()).isEqualTo(ALPHA);
        assertThat(hit.projectId()).isEqualTo("demo");
        assertThat(hit.language()).isEqualTo("java");
        assertThat(hit.startLine()).isEqualTo(8);
        assertThat(hit.endLine()).isEqualTo(8);
        assertThat(hit.snippet()).containsExactly(
                new SnippetLine(7, "    /** Doubles the table when it is full. */", false),
                new SnippetLine(8, "    void resize() {", true),
                new SnippetLine(9, "        Object[] bigger = new Object[table.length * 2];", false));
    }

    @Test
    void snippetContextCrossesChunkBoundariesAndRestoresBlankLines() {
        SearchHit hit = search(inAlpha("parse_args", "literal").contextLines(3)).hits().getFirst();
        assertThat(hit.snippet()).extracting(SnippetLine::number, SnippetLine::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, "import sys"),
                org.assertj.core.groups.Tuple.tuple(2, ""),
                org.assertj.core.groups.Tuple.tuple(3, ""),
                org.assertj.core.groups.Tuple.tuple(4, "def parse_args(argv):"),
                org.assertj.core.groups.Tuple.tuple(5, "    return argv[1:]"));
    }

    @Test
    void onlyThePublishedGenerationIsSearched() {
        assertThat(search(inAlpha("legacyMarker", "literal")).hits()).isEmpty();
        assertThat(search(inAlpha("buildingMarker", "literal")).hits()).isEmpty();
        assertThat(search(inAlpha("legacyMarker", "text")).hits()).isEmpty();
    }

    @Test
    void filtersByProjectRepositoryLanguageAndPathGlob() {
        assertThat(search(SearchCodeQuery.builder("HashMap").mode("literal")).hits()).extracting(SearchHit::repository)
                .containsExactlyInAnyOrder(ALPHA, BETA);
        assertThat(search(SearchCodeQuery.builder("HashMap").mode("literal").projectId("other")).hits())
                .extracting(SearchHit::path).containsExactly("lib/HashMap.kt");
        assertThat(search(SearchCodeQuery.builder("HashMap").mode("literal").repoPath(ALPHA)).hits())
                .extracting(SearchHit::path).containsOnly("src/util/HashMap.java");
        assertThat(search(SearchCodeQuery.builder("HashMap").mode("literal").language("kotlin")).hits())
                .extracting(SearchHit::path).containsExactly("lib/HashMap.kt");
        assertThat(search(inAlpha("argv", "literal").pathGlob("*.py")).hits())
                .extracting(SearchHit::path).containsOnly("scripts/cli.py");
        assertThat(search(inAlpha("class", "literal").pathGlob("src/**")).hits())
                .extracting(SearchHit::path).allMatch(path -> path.startsWith("src/"))
                .contains("src/Percent.java", "src/util/Notes.java");
        assertThat(search(inAlpha("class", "literal").pathGlob("src/*.java")).hits())
                .extracting(SearchHit::path).containsOnly("src/Percent.java");
    }

    @Test
    void limitCutsResultsAndSaysSo() {
        SearchResults results = search(SearchCodeQuery.builder("class").mode("literal").repoPath(ALPHA).limit(2));
        assertThat(results.hits()).hasSize(2);
        assertThat(results.limitReached()).isTrue();
        assertThat(search(inAlpha("class", "literal")).limitReached()).isFalse();
    }

    @Test
    void unknownProjectIsRejected() {
        assertThatThrownBy(() -> search(SearchCodeQuery.builder("HashMap").projectId("nope")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("project_id"))
                .hasMessageContaining("Unknown project_id 'nope'").hasMessageContaining("demo, other, slow");
    }

    @Test
    void repositoryWithoutIndexIsRejected() {
        assertThatThrownBy(() -> search(SearchCodeQuery.builder("HashMap").repoPath("/repos/none")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("repo_path"))
                .hasMessageContaining("/repos/none has no published index");
        assertThatThrownBy(() -> search(SearchCodeQuery.builder("HashMap").repoPath(ALPHA).projectId("other")))
                .hasMessageContaining("in project other");
    }

    @Test
    void regexThatPostgresqlRejectsBecomesAnInvalidQueryError() {
        PosixRegex tooComplex = PosixRegex.parse("abc((((x{1,200}){1,200}){1,200}){1,200})");
        SearchCriteria criteria = new SearchCriteria(SearchMode.REGEX, tooComplex.pattern(), List.of(), tooComplex,
                true, null, null, null, null, 0, 10, 0);
        assertThatThrownBy(() -> codeSearch.find(criteria))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("query"))
                .hasMessage("Invalid regular expression: regular expression is too complex");
    }

    @Test
    void searchOverTheTimeoutFailsAsTooExpensiveAndLeavesThePoolUsable() {
        SearchCodeService impatient = new SearchCodeService(new PostgresCodeSearch(DATABASE.dataSource(),
                Duration.ofMillis(1)), path -> PathFacts.missing());
        SearchCodeQuery expensive = SearchCodeQuery.builder("aaa.*bbb.*ccc.*[0-9]{3}[a-f]{3}[0-9]{3}zzz")
                .mode("regex").repoPath(SLOW).build();
        assertThatThrownBy(() -> impatient.search(expensive))
                .isInstanceOf(SearchTooExpensiveException.class)
                .hasMessageContaining("too expensive: timed out after 1 ms");
        assertThat(search(inAlpha("TODO", "literal")).hits()).hasSize(1);
    }
}
