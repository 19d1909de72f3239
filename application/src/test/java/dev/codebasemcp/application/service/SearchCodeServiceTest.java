package dev.codebasemcp.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.codebasemcp.application.port.in.Definition;
import dev.codebasemcp.application.port.in.SearchCodeQuery;
import dev.codebasemcp.application.port.in.SearchHit;
import dev.codebasemcp.application.port.in.SearchResults;
import dev.codebasemcp.application.port.in.SnippetLine;
import dev.codebasemcp.application.port.out.ChunkHit;
import dev.codebasemcp.application.port.out.CodeSearch;
import dev.codebasemcp.application.port.out.SearchCriteria;
import dev.codebasemcp.domain.InvalidInputException;
import dev.codebasemcp.domain.path.PathFacts;
import dev.codebasemcp.domain.project.ProjectId;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchCodeServiceTest {

    private static final Path REPO = Path.of("/srv/repo");
    private static final ProjectId PROJECT = ProjectId.of("demo");

    /** Returns the chunks it was given and records what it was asked. */
    private static final class FakeCodeSearch implements CodeSearch {
        final List<ChunkHit> chunks = new ArrayList<>();
        final List<ProjectId> projects = new ArrayList<>(List.of(PROJECT));
        final List<Path> repositories = new ArrayList<>(List.of(REPO));
        SearchCriteria lastCriteria;

        @Override
        public List<ChunkHit> find(SearchCriteria criteria) {
            lastCriteria = criteria;
            return chunks.stream().limit(criteria.limit()).toList();
        }

        @Override
        public List<ProjectId> indexedProjects() {
            return projects;
        }

        @Override
        public boolean isIndexed(ProjectId projectIdOrNull, Path repository) {
            return repositories.contains(repository);
        }
    }

    private final FakeCodeSearch index = new FakeCodeSearch();
    private final SearchCodeService service = new SearchCodeService(index, path -> PathFacts.missing());

    private static String numberedLines(int from, int to) {
        StringBuilder content = new StringBuilder();
        for (int line = from; line <= to; line++) {
            content.append("line ").append(line).append('\n');
        }
        return content.toString();
    }

    private static ChunkHit literalChunk(String path, int start, int end, List<Integer> matches) {
        return new ChunkHit(PROJECT, REPO, path, "java", start, end, start, numberedLines(start, end), matches, 0);
    }

    @Test
    void asksTheIndexForOneMoreThanTheLimitAndReportsWhenTheLimitCutResultsOff() {
        for (int i = 0; i < 3; i++) {
            index.chunks.add(literalChunk("F" + i + ".java", 1, 5, List.of(2)));
        }
        SearchResults results = service.search(SearchCodeQuery.builder("line").mode("literal").limit(2).build());
        assertThat(index.lastCriteria.limit()).isEqualTo(3);
        assertThat(results.hits()).hasSize(2);
        assertThat(results.limitReached()).isTrue();
    }

    @Test
    void limitIsNotReachedWhenEveryHitFits() {
        index.chunks.add(literalChunk("A.java", 1, 5, List.of(2)));
        SearchResults results = service.search(SearchCodeQuery.builder("line").mode("literal").limit(2).build());
        assertThat(results.limitReached()).isFalse();
    }

    @Test
    void literalHitsAreSortedByPathAndLineAndScoredByMatchingLines() {
        index.chunks.add(literalChunk("b/B.java", 1, 10, List.of(3)));
        index.chunks.add(literalChunk("a/A.java", 11, 20, List.of(12, 19)));
        index.chunks.add(literalChunk("a/A.java", 1, 10, List.of(4)));
        List<SearchHit> hits = service.search(SearchCodeQuery.builder("line").mode("literal").build()).hits();
        assertThat(hits).extracting(SearchHit::path, SearchHit::startLine, SearchHit::endLine, SearchHit::score)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("a/A.java", 4, 4, 1.0),
                        org.assertj.core.groups.Tuple.tuple("a/A.java", 12, 19, 2.0),
                        org.assertj.core.groups.Tuple.tuple("b/B.java", 3, 3, 1.0));
    }

    @Test
    void hitCarriesRelativeAndAbsolutePathsProjectAndRepository() {
        index.chunks.add(literalChunk("src/App.java", 1, 3, List.of(1)));
        SearchHit hit = service.search(SearchCodeQuery.builder("line").mode("literal").build()).hits().getFirst();
        assertThat(hit.path()).isEqualTo("src/App.java");
        assertThat(hit.absolutePath()).isEqualTo("/srv/repo/src/App.java");
        assertThat(hit.repository()).isEqualTo("/srv/repo");
        assertThat(hit.projectId()).isEqualTo("demo");
        assertThat(hit.language()).isEqualTo("java");
    }

    @Test
    void snippetShowsContextLinesAroundEachMatchWithoutRepeatingLines() {
        index.chunks.add(literalChunk("A.java", 1, 20, List.of(5, 7, 15)));
        SearchHit hit = service.search(SearchCodeQuery.builder("line").mode("literal").contextLines(1).build())
                .hits().getFirst();
        assertThat(hit.snippet()).extracting(SnippetLine::number).containsExactly(4, 5, 6, 7, 8, 14, 15, 16);
        assertThat(hit.snippet()).filteredOn(SnippetLine::match).extracting(SnippetLine::number)
                .containsExactly(5, 7, 15);
        assertThat(hit.snippet().getFirst().text()).isEqualTo("line 4");
        assertThat(hit.matchLines()).containsExactly(5, 7, 15);
    }

    @Test
    void snippetContextStopsAtTheEndsOfTheAvailableContent() {
        index.chunks.add(literalChunk("A.java", 10, 12, List.of(10, 12)));
        SearchHit hit = service.search(SearchCodeQuery.builder("line").mode("literal").contextLines(5).build())
                .hits().getFirst();
        assertThat(hit.snippet()).extracting(SnippetLine::number).containsExactly(10, 11, 12);
    }

    @Test
    void snippetUsesWidenedContentBeyondTheChunk() {
        index.chunks.add(new ChunkHit(PROJECT, REPO, "A.java", "java", 10, 12, 8, numberedLines(8, 14), List.of(10),
                0));
        SearchHit hit = service.search(SearchCodeQuery.builder("line").mode("literal").build()).hits().getFirst();
        assertThat(hit.snippet()).extracting(SnippetLine::number).containsExactly(8, 9, 10, 11, 12);
    }

    @Test
    void snippetLinesDropCarriageReturnsAndCutVeryLongLines() {
        String longLine = "x".repeat(SnippetLine.MAX_TEXT_LENGTH + 10);
        index.chunks.add(new ChunkHit(PROJECT, REPO, "A.java", "java", 1, 2, 1, "first\r\n" + longLine, List.of(1, 2),
                0));
        List<SnippetLine> snippet = service.search(SearchCodeQuery.builder("first").mode("literal").build())
                .hits().getFirst().snippet();
        assertThat(snippet.get(0).text()).isEqualTo("first");
        assertThat(snippet.get(1).text()).hasSize(SnippetLine.MAX_TEXT_LENGTH + 1).endsWith(SnippetLine.CUT_MARK);
    }

    @Test
    void chunkWithoutASingleMatchingLineIsLeftOut() {
        index.chunks.add(literalChunk("A.java", 1, 3, List.of()));
        assertThat(service.search(SearchCodeQuery.builder("line").mode("literal").build()).hits()).isEmpty();
    }

    @Test
    void textHitsKeepTheIndexRankingAndFindMatchingLinesFromTokens() {
        String content = "class Table {\n  // grows the table\n  void resize() {\n    HashMap<K, V> copy;\n  }\n}\n";
        index.chunks.add(new ChunkHit(PROJECT, REPO, "Z.java", "java", 1, 6, 1, content, List.of(), 2.5));
        index.chunks.add(literalChunk("A.java", 1, 3, List.of()));
        SearchResults results = service.search(SearchCodeQuery.builder("hash map resize").build());
        SearchHit first = results.hits().getFirst();
        assertThat(first.path()).isEqualTo("Z.java");
        assertThat(first.score()).isEqualTo(2.5);
        assertThat(first.matchLines()).containsExactly(3, 4);
        assertThat(first.startLine()).isEqualTo(3);
        assertThat(first.endLine()).isEqualTo(4);
        assertThat(results.hits()).hasSize(1);
    }

    @Test
    void repositoryGivenThroughASymbolicLinkIsSearchedByItsRealPath() {
        SearchCodeService resolving = new SearchCodeService(index,
                path -> path.equals(Path.of("/home/me/link")) ? PathFacts.directory(REPO) : PathFacts.missing());

        resolving.search(SearchCodeQuery.builder("parse_args").repoPath("/home/me/link").build());

        assertThat(index.lastCriteria.repository()).isEqualTo(REPO);
    }

    @Test
    void textMarksOnlyLinesThatCarryTheQueryAndNamesTheEnclosingDefinition() {
        String content = String.join("\n", "import java.util.Map;", "class Registry {",
                "    private final ConcurrentHashMap<String, Node> nodes;", "    // all mappings of the map",
                "    Node lookup(String key) {", "        return nodes.get(key);", "    }", "}");
        index.chunks.add(new ChunkHit(PROJECT, REPO, "Registry.java", "java", 1, 8, 1, content, List.of(), 3.0));

        SearchHit hit = service.search(SearchCodeQuery.builder("ConcurrentHashMap").contextLines(0).build())
                .hits().getFirst();
        assertThat(hit.matchLines()).containsExactly(3);
        assertThat(hit.definition()).isEqualTo(new Definition(2, "class Registry {"));

        SearchHit words = service.search(SearchCodeQuery.builder("the hash map").contextLines(0).build())
                .hits().getFirst();
        assertThat(words.matchLines()).containsExactly(1, 3, 4);
        SearchHit lookup = service.search(SearchCodeQuery.builder("get").contextLines(0).build())
                .hits().getFirst();
        assertThat(lookup.definition()).isEqualTo(new Definition(5, "Node lookup(String key) {"));
    }

    @Test
    void aLongMatchingLineIsShownAsAnExcerptAroundTheMatch() {
        String line = "x".repeat(5000) + " needle " + "y".repeat(5000);
        index.chunks.add(new ChunkHit(PROJECT, REPO, "min.js", "javascript", 1, 1, 1, line, List.of(1), 0));

        String shown = service.search(SearchCodeQuery.builder("needle").mode("literal").build())
                .hits().getFirst().snippet().getFirst().text();
        assertThat(shown).startsWith(SnippetLine.CUT_MARK).endsWith(SnippetLine.CUT_MARK).contains(" needle ")
                .hasSize(SnippetLine.MAX_TEXT_LENGTH + 2);
    }

    @Test
    void hitsBeyondTheAnswerBudgetAreLeftOutWithTheOffsetToFetchThem() {
        String content = numberedLines(1, 100);
        List<Integer> every = java.util.stream.IntStream.rangeClosed(1, 100).boxed().toList();
        for (int i = 0; i < 6; i++) {
            index.chunks.add(new ChunkHit(PROJECT, REPO, "F" + i + ".txt", "text", 1, 100, 1, content, every, 0));
        }
        SearchResults results = service.search(SearchCodeQuery.builder("line").mode("literal").offset(4).build());

        assertThat(results.hits()).hasSize(4);
        assertThat(results.omittedHits()).isEqualTo(2);
        assertThat(results.nextOffset()).isEqualTo(8);
        assertThat(results.note()).contains("2 hits were left out").contains("offset=8");
        assertThat(index.lastCriteria.offset()).isEqualTo(4);
    }

    @Test
    void textQueryReachesTheIndexAsTermsWithTheGivenFilters() {
        service.search(SearchCodeQuery.builder("parse_args").projectId("demo").repoPath("/srv/repo")
                .pathGlob("*.py").language("python").build());
        SearchCriteria criteria = index.lastCriteria;
        assertThat(criteria.terms()).singleElement().satisfies(term -> assertThat(term.parts())
                .containsExactly("parse", "args"));
        assertThat(criteria.projectId()).isEqualTo(PROJECT);
        assertThat(criteria.repository()).isEqualTo(REPO);
        assertThat(criteria.pathGlob().glob()).isEqualTo("*.py");
        assertThat(criteria.language()).isEqualTo("python");
        assertThat(criteria.regex()).isNull();
    }

    @Test
    void regexCaseOptionTurnsOffCaseSensitivity() {
        service.search(SearchCodeQuery.builder("(?i)hashmap").mode("regex").build());
        assertThat(index.lastCriteria.caseSensitive()).isFalse();
        service.search(SearchCodeQuery.builder("hashmap").mode("regex").build());
        assertThat(index.lastCriteria.caseSensitive()).isTrue();
        service.search(SearchCodeQuery.builder("hashmap").mode("literal").caseSensitive(false).build());
        assertThat(index.lastCriteria.caseSensitive()).isFalse();
    }

    @Test
    void unknownProjectIsRejectedNamingTheKnownOnes() {
        assertThatThrownBy(() -> service.search(SearchCodeQuery.builder("x").projectId("other").build()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("project_id"))
                .hasMessage("Unknown project_id 'other': no indexed repository belongs to it"
                        + " (projects with an index: demo)");
    }

    @Test
    void repositoryWithoutIndexIsRejected() {
        assertThatThrownBy(() -> service.search(SearchCodeQuery.builder("x").repoPath("/srv/other").build()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("repo_path"))
                .hasMessageContaining("/srv/other has no published index");
    }

    @Test
    void knownScopeWithoutMatchesGivesEmptyResults() {
        SearchResults results = service.search(SearchCodeQuery.builder("x").projectId("demo").repoPath("/srv/repo")
                .build());
        assertThat(results.hits()).isEmpty();
        assertThat(results.limitReached()).isFalse();
    }
}
