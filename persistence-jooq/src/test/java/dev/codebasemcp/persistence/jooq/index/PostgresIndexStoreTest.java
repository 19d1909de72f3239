package dev.codebasemcp.persistence.jooq.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.codebasemcp.application.port.out.IndexBuild;
import dev.codebasemcp.application.port.out.IndexBuild.FileEntry;
import dev.codebasemcp.application.port.out.IndexBuild.NewContent;
import dev.codebasemcp.application.port.out.IndexBuild.StoredContent;
import dev.codebasemcp.domain.index.Chunk;
import dev.codebasemcp.domain.index.ContentHash;
import dev.codebasemcp.domain.project.ProjectId;
import dev.codebasemcp.persistence.jooq.testing.Await;
import dev.codebasemcp.persistence.jooq.testing.TestDatabaseExtension;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresIndexStoreTest {

    @RegisterExtension
    static final TestDatabaseExtension DATABASE = TestDatabaseExtension.migrated();

    private static final Instant NOW = Instant.parse("2026-11-24T06:00:00Z");

    private final PostgresIndexStore store = new PostgresIndexStore(DATABASE.dataSource());

    @Test
    void aPublishedGenerationIsSearchableWithItsTokens() throws SQLException {
        String repo = "/repos/first";
        IndexBuild build = store.begin(ProjectId.DEFAULT, repo, false, NOW);
        long[] ids = build.reserveContentIds(2);
        build.write(List.of(content(ids[0], "class HashMap {}\n\nvoid resize() {}"), content(ids[1], "x\ty\\z")),
                List.of(file("src/HashMap.java", "java", ids[0]), file("notes.txt", "text", ids[1])));

        assertThat(rows(repo)).isEmpty();
        build.publish(NOW);

        assertThat(rows(repo)).containsExactly(
                tuple("notes.txt", 1, 1, "x\ty\\z"),
                tuple("src/HashMap.java", 1, 2, "class HashMap {}\n"),
                tuple("src/HashMap.java", 3, 3, "void resize() {}"));
        assertThat(query("SELECT count(*) FROM searchable_chunk WHERE repo_path = '" + repo
                + "' AND content_tokens @@ to_tsquery('simple', 'hashmap & resize')")).isEqualTo("0");
        assertThat(query("SELECT count(*) FROM searchable_chunk WHERE repo_path = '" + repo
                + "' AND content_tokens @@ to_tsquery('simple', 'hash & map')")).isEqualTo("1");
        assertThat(query("SELECT count(*) FROM searchable_chunk WHERE repo_path = '" + repo + "' AND content LIKE '%resize()%'"))
                .isEqualTo("1");
    }

    @Test
    void aSecondBuildReusesStoredContentsAndReplacesTheFileSetAtomically() throws SQLException {
        String repo = "/repos/second";
        IndexBuild first = store.begin(ProjectId.DEFAULT, repo, false, NOW);
        long[] ids = first.reserveContentIds(2);
        first.write(List.of(content(ids[0], "alpha"), content(ids[1], "beta")),
                List.of(file("a.txt", "text", ids[0]), file("b.txt", "text", ids[1])));
        first.publish(NOW);

        IndexBuild second = store.begin(ProjectId.DEFAULT, repo, false, NOW);
        assertThat(second.publishedFiles()).containsOnlyKeys("a.txt", "b.txt");
        StoredContent alpha = second.reusableContents().get(hash("alpha"));
        assertThat(alpha).isEqualTo(new StoredContent(ids[0], 1));
        long gamma = second.reserveContentIds(1)[0];
        second.write(List.of(content(gamma, "gamma")), List.of(file("a.txt", "text", alpha.contentId()), file("c.txt", "text", gamma)));

        assertThat(rows(repo)).extracting(row -> row.toArray()[0]).containsExactly("a.txt", "b.txt");
        second.publish(NOW);

        assertThat(rows(repo)).containsExactly(tuple("a.txt", 1, 1, "alpha"), tuple("c.txt", 1, 1, "gamma"));
        assertThat(query("SELECT count(*) FROM file_content fc JOIN index_repository r ON r.id = fc.repository_id"
                + " WHERE r.repo_path = '" + repo + "'")).isEqualTo("2");
        assertThat(query("SELECT count(*) FROM index_generation g JOIN index_repository r ON r.id = g.repository_id"
                + " WHERE r.repo_path = '" + repo + "'")).isEqualTo("1");
    }

    @Test
    void aDiscardedBuildLeavesThePublishedIndexAndItsContentsStayReusable() throws SQLException {
        String repo = "/repos/third";
        IndexBuild first = beginWithOneFile(repo, "a.txt", "alpha");
        first.publish(NOW);

        IndexBuild interrupted = store.begin(ProjectId.DEFAULT, repo, false, NOW);
        long beta = interrupted.reserveContentIds(1)[0];
        interrupted.write(List.of(content(beta, "beta")), List.of(file("b.txt", "text", beta)));
        interrupted.discard();

        assertThat(rows(repo)).containsExactly(tuple("a.txt", 1, 1, "alpha"));
        IndexBuild resumed = store.begin(ProjectId.DEFAULT, repo, false, NOW);
        assertThat(resumed.reusableContents()).containsEntry(hash("beta"), new StoredContent(beta, 1));
    }

    @Test
    void aRebuildReplacesThePartitionAndReusesNothing() throws SQLException {
        String repo = "/repos/fourth";
        IndexBuild first = beginWithOneFile(repo, "a.txt", "alpha");
        first.publish(NOW);

        IndexBuild rebuild = store.begin(ProjectId.DEFAULT, repo, true, NOW);
        assertThat(rebuild.publishedFiles()).isEmpty();
        assertThat(rebuild.reusableContents()).isEmpty();
        long again = rebuild.reserveContentIds(1)[0];
        rebuild.write(List.of(content(again, "alpha")), List.of(file("a.txt", "text", again)));
        assertThat(rows(repo)).containsExactly(tuple("a.txt", 1, 1, "alpha"));
        rebuild.publish(NOW);

        assertThat(rows(repo)).containsExactly(tuple("a.txt", 1, 1, "alpha"));
        assertThat(query("SELECT string_agg(id::text, ',') FROM file_content fc WHERE fc.repository_id = "
                + "(SELECT id FROM index_repository WHERE repo_path = '" + repo + "')")).isEqualTo(Long.toString(again));
        assertThat(query("SELECT count(*) FROM pg_inherits WHERE inhparent = 'chunk'::regclass AND inhrelid::regclass::text = "
                + "(SELECT 'chunk_r' || id FROM index_repository WHERE repo_path = '" + repo + "')")).isEqualTo("1");
    }

    @Test
    void aNewBuildEndsTheSessionADeadAttemptLeftWorkingOnTheSameRepository() throws Exception {
        String repo = "/repos/orphan";
        beginWithOneFile(repo, "a.txt", "alpha");
        String repositoryId = query("SELECT id FROM index_repository WHERE repo_path = '" + repo + "'");
        String tag = "codebase-mcp build r" + repositoryId;
        // A killed process's session still running its CREATE INDEX: tagged, holding the staging table.
        CompletableFuture<SQLException> orphan = CompletableFuture.supplyAsync(() -> {
            try (Connection connection = DATABASE.dataSource().getConnection();
                 Statement statement = connection.createStatement()) {
                connection.setAutoCommit(false);
                statement.execute("SET LOCAL application_name = '" + tag + "'");
                statement.execute("LOCK TABLE chunk_s" + repositoryId + " IN ACCESS EXCLUSIVE MODE");
                statement.execute("SELECT pg_sleep(300)");
                return null;
            } catch (SQLException e) {
                return e;
            }
        });
        Await.until(Duration.ofSeconds(30), "the orphan session holds the staging table", () -> query(
                "SELECT count(*) FROM pg_stat_activity WHERE application_name = '" + tag + "' AND wait_event = 'PgSleep'")
                .equals("1"));

        // The bound only turns the old behaviour (the write waits behind the orphan) into a failure.
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            IndexBuild next = store.begin(ProjectId.DEFAULT, repo, false, NOW);
            long beta = next.reserveContentIds(1)[0];
            next.write(List.of(content(beta, "beta")), List.of(file("b.txt", "text", beta)));
            next.publish(NOW);
        });

        SQLException ended = orphan.get(30, TimeUnit.SECONDS);
        assertThat((Throwable) ended).isNotNull();
        assertThat(ended.getSQLState()).isEqualTo("57P01");
        assertThat(rows(repo)).extracting(row -> row.toList().get(0)).contains("b.txt");
    }

    /** A build of {@code repo}, begun and holding one text file, not published. */
    private IndexBuild beginWithOneFile(String repo, String path, String text) {
        IndexBuild build = store.begin(ProjectId.DEFAULT, repo, false, NOW);
        long id = build.reserveContentIds(1)[0];
        build.write(List.of(content(id, text)), List.of(file(path, "text", id)));
        return build;
    }

    private static NewContent content(long id, String text) {
        List<Chunk> chunks = new ArrayList<>();
        if (text.contains("\n\n")) {
            int split = text.indexOf("\n\n") + 1;
            chunks.add(new Chunk(1, 2, text.substring(0, split), false));
            chunks.add(new Chunk(3, 3, text.substring(split + 1), false));
        } else {
            chunks.add(new Chunk(1, 1, text, false));
        }
        return new NewContent(id, hash(text), text.split("\n", -1).length, chunks);
    }

    private static ContentHash hash(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return ContentHash.of(bytes, bytes.length);
    }

    private static FileEntry file(String path, String language, long contentId) {
        return new FileEntry(path, language, 10, 1000, contentId);
    }

    private static List<Tuple> rows(String repo) throws SQLException {
        List<Tuple> rows = new ArrayList<>();
        try (Connection connection = DATABASE.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT path, start_line, end_line, content FROM searchable_chunk"
                     + " WHERE repo_path = '" + repo + "' ORDER BY path, start_line")) {
            while (result.next()) {
                rows.add(tuple(result.getString(1), result.getInt(2), result.getInt(3), result.getString(4)));
            }
        }
        return rows;
    }

    private static String query(String sql) throws SQLException {
        try (Connection connection = DATABASE.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }
}
