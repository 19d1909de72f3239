package dev.codebasemcp.bootstrap.bench;

import dev.codebasemcp.application.port.out.IndexResult;
import dev.codebasemcp.application.port.out.Indexer.IndexRequest;
import dev.codebasemcp.application.port.out.IndexingMonitor;
import dev.codebasemcp.application.service.indexing.IndexingSettings;
import dev.codebasemcp.application.service.indexing.RepositoryIndexer;
import dev.codebasemcp.bootstrap.filesystem.FileSystemSourceTree;
import dev.codebasemcp.domain.project.ProjectId;
import dev.codebasemcp.persistence.jooq.index.PostgresIndexStore;
import dev.codebasemcp.persistence.jooq.search.PostgresCodeSearch;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import javax.sql.DataSource;

/** Indexes a benchmark corpus when it has no published index yet (or when asked to), then refreshes statistics. */
final class BenchIndex {

    private BenchIndex() {
    }

    static void ensure(DataSource dataSource, PostgresCodeSearch codeSearch, ProjectId project, Path tree, boolean reindex,
                       PrintStream report) {
        if (!reindex && codeSearch.isIndexed(project, tree)) {
            return;
        }
        RepositoryIndexer indexer = new RepositoryIndexer(new FileSystemSourceTree(),
                new PostgresIndexStore(dataSource), IndexingSettings.defaults(), Clock.systemUTC());
        long started = System.nanoTime();
        IndexResult result = indexer.index(new IndexRequest(project, tree, reindex), IndexingMonitor.NONE);
        report.printf("indexed %s: %d files, %d chunks in %.1f s%n", tree, result.filesIndexed(),
                result.chunksCreated(), (System.nanoTime() - started) / 1e9);
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.execute("ANALYZE index_repository, index_generation, indexed_file, file_content");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
