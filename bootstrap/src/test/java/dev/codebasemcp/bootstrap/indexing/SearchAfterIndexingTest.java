package dev.codebasemcp.bootstrap.indexing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codebasemcp.application.port.in.SearchCodeQuery;
import dev.codebasemcp.application.port.in.SearchHit;
import dev.codebasemcp.application.port.in.SearchResults;
import dev.codebasemcp.application.port.out.Indexer.IndexRequest;
import dev.codebasemcp.application.port.out.IndexingMonitor;
import dev.codebasemcp.application.service.SearchCodeService;
import dev.codebasemcp.application.service.indexing.IndexingSettings;
import dev.codebasemcp.application.service.indexing.RepositoryIndexer;
import dev.codebasemcp.bootstrap.filesystem.FileSystemSourceTree;
import dev.codebasemcp.bootstrap.filesystem.LocalPathInspector;
import dev.codebasemcp.domain.index.ChunkingOptions;
import dev.codebasemcp.domain.project.ProjectId;
import dev.codebasemcp.persistence.jooq.index.PostgresIndexStore;
import dev.codebasemcp.persistence.jooq.search.PostgresCodeSearch;
import dev.codebasemcp.persistence.jooq.testing.TestDatabaseExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The scanner, the indexer and the PostgreSQL store write an index; search reads it. */
class SearchAfterIndexingTest {

    @RegisterExtension
    static final TestDatabaseExtension DATABASE = TestDatabaseExtension.migrated();

    private static final IndexingSettings SETTINGS = new IndexingSettings(100_000, new ChunkingOptions(6, 2000, 2), 2, 2,
            100_000);
    private static final ProjectId PROJECT = ProjectId.of("search-test");

    @TempDir
    Path repo;

    private final RepositoryIndexer indexer = new RepositoryIndexer(new FileSystemSourceTree(),
            new PostgresIndexStore(DATABASE.dataSource()), SETTINGS, Clock.systemUTC());
    private final SearchCodeService search = new SearchCodeService(
            new PostgresCodeSearch(DATABASE.dataSource(), Duration.ofSeconds(5)), new LocalPathInspector());

    private void write(String path, String text) throws IOException {
        Path file = repo.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private void index() {
        indexer.index(new IndexRequest(PROJECT, repo, false), IndexingMonitor.NONE);
    }

    private SearchResults search(String query, String mode) {
        return search.search(SearchCodeQuery.builder(query).mode(mode).repoPath(repo.toString()).limit(100).build());
    }

    private static Set<String> fileLines(SearchResults results) {
        Set<String> lines = new TreeSet<>();
        for (SearchHit hit : results.hits()) {
            hit.matchLines().forEach(line -> lines.add(hit.path() + ":" + line));
        }
        return lines;
    }

    @Test
    void searchFindsWhatTheIndexerStoredAndFollowsReindexing() throws IOException {
        write(".gitignore", "build/\n");
        write("build/Generated.java", "class Generated { int ignoredMarker; }\n");
        write("src/util/HashMap.java", """
                package util;

                public class HashMap<K, V> {
                    private Object[] table;

                    void resize() {
                        table = new Object[table.length * 2];
                    }

                    // TODO treeify long bins
                }
                """);
        write("tools/cli.py", "import sys\n\n\ndef parse_args(argv):\n    return argv[1:]  # TODO validate\n");
        write("web/app.js", "function parseArgs(argv) {\n  return argv.slice(2);\n}\n");
        index();

        assertThat(fileLines(search("TODO", "literal")))
                .containsExactlyInAnyOrder("src/util/HashMap.java:10", "tools/cli.py:5");
        assertThat(fileLines(search("^\\s*(void|def) \\w+\\(", "regex")))
                .containsExactlyInAnyOrder("src/util/HashMap.java:6", "tools/cli.py:4");
        assertThat(search("ignoredMarker", "literal").hits()).isEmpty();
        assertThat(search("parse_args", "text").hits()).extracting(SearchHit::path)
                .containsExactly("tools/cli.py", "web/app.js");
        SearchHit resize = search("hash map resize", "text").hits().getFirst();
        assertThat(resize.path()).isEqualTo("src/util/HashMap.java");
        assertThat(resize.absolutePath()).isEqualTo(repo.resolve("src/util/HashMap.java").toString());
        assertThat(resize.language()).isEqualTo("java");
        assertThat(resize.matchLines()).contains(6);

        write("tools/cli.py", "def parse_args(argv):\n    return argv  # FIXME\n");
        Files.delete(repo.resolve("web/app.js"));
        index();

        assertThat(fileLines(search("TODO", "literal"))).containsExactly("src/util/HashMap.java:10");
        assertThat(fileLines(search("FIXME", "literal"))).containsExactly("tools/cli.py:2");
        assertThat(search("parse_args", "text").hits()).extracting(SearchHit::path).containsExactly("tools/cli.py");
    }
}
