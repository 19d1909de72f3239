package dev.codebasemcp.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codebasemcp.application.port.out.IndexBuild.FileEntry;
import dev.codebasemcp.application.port.out.IndexBuild.NewContent;
import dev.codebasemcp.application.port.out.IndexBuild.StoredContent;
import dev.codebasemcp.application.port.out.IndexBuild.StoredFile;
import dev.codebasemcp.domain.index.Chunk;
import dev.codebasemcp.domain.index.ContentHash;
import dev.codebasemcp.domain.project.ProjectId;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link IndexStore} must show, seen through the port alone: what a build sees
 * of the published generation, what it may reuse, and what publish and discard change.
 */
public abstract class IndexStoreContractTest {

    protected static final Instant NOW = Instant.parse("2026-01-10T10:00:00Z");
    private static final ProjectId PROJECT = ProjectId.of("contract");

    private IndexStore store;
    private String repo;

    /** A store in which {@code repoPath} has never been indexed. */
    protected abstract IndexStore storeWithoutIndexOf(String repoPath);

    @BeforeEach
    void freshStore() {
        repo = "/contract/repo-" + System.nanoTime();
        store = storeWithoutIndexOf(repo);
    }

    @Test
    void aFirstBuildSeesNothingPublishedAndNothingReusable() {
        IndexBuild first = store.begin(PROJECT, repo, false, NOW);

        assertThat(first.publishedFiles()).isEmpty();
        assertThat(first.reusableContents()).isEmpty();
    }

    @Test
    void aPublishedGenerationIsWhatTheNextBuildSees() {
        publish(store.begin(PROJECT, repo, false, NOW), "a.txt", "alpha", "b.txt", "beta\n\ngamma");

        IndexBuild next = store.begin(PROJECT, repo, false, NOW);

        assertThat(next.publishedFiles()).containsOnlyKeys("a.txt", "b.txt");
        StoredFile b = next.publishedFiles().get("b.txt");
        assertThat(b.sizeBytes()).isEqualTo(10);
        assertThat(b.modifiedNanos()).isEqualTo(1000);
        assertThat(b.chunkCount()).isEqualTo(2);
        assertThat(next.reusableContents().get(hash("beta\n\ngamma"))).isEqualTo(new StoredContent(b.contentId(), 2));
    }

    @Test
    void nothingWrittenIsPublishedBeforePublish() {
        publish(store.begin(PROJECT, repo, false, NOW), "a.txt", "alpha");
        IndexBuild unpublished = store.begin(PROJECT, repo, false, NOW);
        long id = unpublished.reserveContentIds(1)[0];
        unpublished.write(List.of(content(id, "other")), List.of(file("z.txt", id)));

        IndexBuild observer = store.begin(PROJECT, repo, false, NOW);

        assertThat(observer.publishedFiles()).containsOnlyKeys("a.txt");
    }

    @Test
    void aNewGenerationReplacesTheFileSetWhole() {
        publish(store.begin(PROJECT, repo, false, NOW), "a.txt", "alpha", "b.txt", "beta");
        IndexBuild second = store.begin(PROJECT, repo, false, NOW);
        StoredContent alpha = second.reusableContents().get(hash("alpha"));
        long gamma = second.reserveContentIds(1)[0];
        second.write(List.of(content(gamma, "gamma")), List.of(file("a.txt", alpha.contentId()), file("c.txt", gamma)));
        second.publish(NOW);

        IndexBuild third = store.begin(PROJECT, repo, false, NOW);

        assertThat(third.publishedFiles()).containsOnlyKeys("a.txt", "c.txt");
        assertThat(third.publishedFiles().get("a.txt").contentId()).isEqualTo(alpha.contentId());
    }

    @Test
    void aDiscardedBuildLeavesThePublishedIndexAndItsContentsStayReusable() {
        publish(store.begin(PROJECT, repo, false, NOW), "a.txt", "alpha");
        IndexBuild interrupted = store.begin(PROJECT, repo, false, NOW);
        long beta = interrupted.reserveContentIds(1)[0];
        interrupted.write(List.of(content(beta, "beta")), List.of(file("b.txt", beta)));
        interrupted.discard();

        IndexBuild resumed = store.begin(PROJECT, repo, false, NOW);

        assertThat(resumed.publishedFiles()).containsOnlyKeys("a.txt");
        assertThat(resumed.reusableContents()).containsEntry(hash("beta"), new StoredContent(beta, 1));
    }

    @Test
    void aRebuildSeesNothingAndReusesNothing() {
        publish(store.begin(PROJECT, repo, false, NOW), "a.txt", "alpha");

        IndexBuild rebuild = store.begin(PROJECT, repo, true, NOW);

        assertThat(rebuild.publishedFiles()).isEmpty();
        assertThat(rebuild.reusableContents()).isEmpty();
    }

    @Test
    void contentIdsAreUniqueAcrossBuilds() {
        IndexBuild first = store.begin(PROJECT, repo, false, NOW);
        long[] firstIds = first.reserveContentIds(50);
        first.discard();
        long[] secondIds = store.begin(PROJECT, repo, false, NOW).reserveContentIds(50);

        Set<Long> all = new HashSet<>();
        LongStream.concat(Arrays.stream(firstIds), Arrays.stream(secondIds)).forEach(all::add);
        assertThat(all).hasSize(100);
    }

    /** Writes and publishes files given as alternating path and text. */
    private static void publish(IndexBuild build, String... pathsAndTexts) {
        long[] ids = build.reserveContentIds(pathsAndTexts.length / 2);
        List<NewContent> contents = new ArrayList<>();
        List<FileEntry> files = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            contents.add(content(ids[i], pathsAndTexts[2 * i + 1]));
            files.add(file(pathsAndTexts[2 * i], ids[i]));
        }
        build.write(contents, files);
        build.publish(NOW);
    }

    /** One chunk per blank-line-separated block. */
    private static NewContent content(long id, String text) {
        List<Chunk> chunks = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        int start = 0;
        for (int line = 0; line <= lines.length; line++) {
            if (line == lines.length || lines[line].isEmpty()) {
                if (line > start) {
                    chunks.add(new Chunk(start + 1, line, String.join("\n", Arrays.asList(lines).subList(start, line)), false));
                }
                start = line + 1;
            }
        }
        return new NewContent(id, hash(text), lines.length, chunks);
    }

    private static ContentHash hash(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return ContentHash.of(bytes, bytes.length);
    }

    private static FileEntry file(String path, long contentId) {
        return new FileEntry(path, "text", 10, 1000, contentId);
    }
}
