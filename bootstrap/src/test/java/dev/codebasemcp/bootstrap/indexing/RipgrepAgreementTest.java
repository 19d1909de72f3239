package dev.codebasemcp.bootstrap.indexing;

import dev.codebasemcp.bootstrap.filesystem.LocalPathInspector;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.codebasemcp.application.port.in.SearchCodeQuery;
import dev.codebasemcp.application.port.in.SearchHit;
import dev.codebasemcp.application.port.in.SnippetLine;
import dev.codebasemcp.application.port.out.Indexer.IndexRequest;
import dev.codebasemcp.application.port.out.IndexingMonitor;
import dev.codebasemcp.application.service.SearchCodeService;
import dev.codebasemcp.application.service.indexing.IndexingSettings;
import dev.codebasemcp.application.service.indexing.RepositoryIndexer;
import dev.codebasemcp.bootstrap.bench.RipgrepLines;
import dev.codebasemcp.bootstrap.filesystem.FileSystemSourceTree;
import dev.codebasemcp.domain.index.ChunkingOptions;
import dev.codebasemcp.domain.project.ProjectId;
import dev.codebasemcp.domain.search.SearchMode;
import dev.codebasemcp.persistence.jooq.index.PostgresIndexStore;
import dev.codebasemcp.persistence.jooq.search.PostgresCodeSearch;
import dev.codebasemcp.persistence.jooq.testing.TestDatabaseExtension;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Literal and regex search give exactly the file:line pairs ripgrep gives on a small repository with the
 * cases that used to differ: a match past character 6,000 of a long line, a Latin-1 file, a UTF-16 file,
 * ripgrep's regex syntax ({@code \b}, {@code \w}, {@code \d}, {@code (?i)}, {@code (?:...)}).
 */
class RipgrepAgreementTest {

    @RegisterExtension
    static final TestDatabaseExtension DATABASE = TestDatabaseExtension.migrated();

    private static final ProjectId PROJECT = ProjectId.of("ripgrep-test");

    @TempDir
    static Path repo;

    private final SearchCodeService search = new SearchCodeService(
            new PostgresCodeSearch(DATABASE.dataSource(), Duration.ofSeconds(5)), new LocalPathInspector());

    @BeforeEach
    void indexTheFixtureOnce() throws IOException {
        assumeTrue(RipgrepLines.available(), "ripgrep (rg) is not installed; .ci/run installs it");
        if (Files.exists(repo.resolve("Main.java"))) {
            return;
        }
        Files.writeString(repo.resolve("long.txt"), "a".repeat(7000) + " TARGET_MARK " + "b".repeat(50)
                + "\nshort TARGET_MARK line\n");
        Files.write(repo.resolve("latin1.c"), "/* caf\u00e9 */\nint TARGET_MARK = 1; /* na\u00efve */\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        byte[] utf16 = "hello TARGET_MARK\nline two word_99\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[utf16.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(utf16, 0, withBom, 2, utf16.length);
        Files.write(repo.resolve("utf16.txt"), withBom);
        Files.writeString(repo.resolve("code.py"), "def parse_args(argv):\n    return argv[1:]\nx = 42  # Target_mark\n");
        Files.writeString(repo.resolve("Main.java"), "class Main {\n  public static void main(String[] args) {}\n"
                + "  private static int count = 12345;\n  String backspace = \"word_12\";\n}\n");
        Files.write(repo.resolve("blob.bin"), new byte[] {'T', 'A', 'R', 'G', 'E', 'T', '_', 'M', 'A', 'R', 'K', 0, 1});
        IndexingSettings settings = new IndexingSettings(100_000, new ChunkingOptions(150, 6000, 10), 2, 2, 100_000);
        new RepositoryIndexer(new FileSystemSourceTree(), new PostgresIndexStore(DATABASE.dataSource()), settings,
                Clock.systemUTC()).index(new IndexRequest(PROJECT, repo, false), IndexingMonitor.NONE);
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", textBlock = """
            literal => TARGET_MARK
            literal => word_
            regex => \\bTARGET_\\w+\\b
            regex => (?i)target_mark
            regex => word_\\d\\d\\b
            regex => (?:public|private) static
            regex => def \\w+\\(
            regex => count = \\d+;$
            regex => ^short\\s+TARGET
            """)
    void literalAndRegexFindExactlyTheLinesRipgrepFinds(String mode, String pattern) throws Exception {
        Set<String> ours = new TreeSet<>();
        for (SearchHit hit : search.search(SearchCodeQuery.builder(pattern).mode(mode).repoPath(repo.toString())
                .limit(100).contextLines(0).build()).hits()) {
            hit.matchLines().forEach(line -> ours.add(hit.path() + ":" + line));
        }
        assertThat(ours).isNotEmpty().isEqualTo(RipgrepLines.of(SearchMode.parse(mode), pattern, true, repo, 100_000));
    }

    @ParameterizedTest
    @CsvSource({"literal, TARGET_MARK"})
    void aMatchDeepInALongLineIsShownAsAnExcerptAroundIt(String mode, String pattern) {
        SearchHit hit = search.search(SearchCodeQuery.builder(pattern).mode(mode).repoPath(repo.toString())
                .pathGlob("long.txt").contextLines(0).build()).hits().getFirst();
        assertThat(hit.snippet().getFirst().text()).contains("TARGET_MARK").startsWith(SnippetLine.CUT_MARK)
                .hasSizeLessThanOrEqualTo(SnippetLine.MAX_TEXT_LENGTH + 2);
    }
}
