package dev.codebasemcp.application.service.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.codebasemcp.application.port.out.IndexResult;
import dev.codebasemcp.application.port.out.Indexer.IndexRequest;
import dev.codebasemcp.application.port.out.Indexer;
import dev.codebasemcp.application.port.out.IndexingMonitor;
import dev.codebasemcp.domain.path.InvalidRepositoryPathException;
import dev.codebasemcp.domain.path.PathPolicy;
import dev.codebasemcp.domain.path.PathRule;
import dev.codebasemcp.domain.project.ProjectId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepositoryRecheckTest {

    @TempDir
    Path tmp;

    private final List<Path> indexed = new ArrayList<>();
    private final Indexer recording = (request, monitor) -> {
        indexed.add(request.repoPath());
        return new IndexResult(0, 0, 0, Map.of(), 0, Duration.ZERO);
    };

    private Path allowedRoot() throws IOException {
        return Files.createDirectories(tmp.resolve("allowed")).toRealPath();
    }

    private void index(Indexer indexer, Path repo) {
        indexer.index(new IndexRequest(ProjectId.DEFAULT, repo, false), IndexingMonitor.NONE);
    }

    @Test
    void anUnchangedRepositoryIsIndexed() throws IOException {
        Path root = allowedRoot();
        Path repo = Files.createDirectories(root.resolve("repo"));

        index(new RepositoryRecheck(recording, new PathPolicy(List.of(root)), new DiskPaths()), repo);

        assertThat(indexed).containsExactly(repo);
    }

    @Test
    void aDirectorySwappedForASymlinkOutOfTheRootsAfterSubmissionIsNotIndexed() throws IOException {
        Path root = allowedRoot();
        Path outside = Files.createDirectories(tmp.resolve("outside/secrets"));
        PathPolicy policy = new PathPolicy(List.of(root));
        Path repo = policy.validate(Files.createDirectories(root.resolve("repo")).toString(), new DiskPaths()::inspect);

        Files.delete(repo);
        Files.createSymbolicLink(repo, outside);

        assertThatThrownBy(() -> index(new RepositoryRecheck(recording, policy, new DiskPaths()), repo))
                .isInstanceOfSatisfying(InvalidRepositoryPathException.class,
                        e -> assertThat(e.rule()).isEqualTo(PathRule.INSIDE_ALLOWED_ROOTS));
        assertThat(indexed).isEmpty();
    }

    @Test
    void aSymlinkThatStaysInsideTheRootsIsStillRefused() throws IOException {
        Path root = allowedRoot();
        Path elsewhere = Files.createDirectories(root.resolve("elsewhere"));
        Path parent = Files.createDirectories(root.resolve("parent"));
        Path repo = Files.createDirectories(parent.resolve("repo"));
        Files.createDirectories(elsewhere.resolve("repo"));

        Files.delete(repo);
        Files.delete(parent);
        Files.createSymbolicLink(parent, elsewhere);

        assertThatThrownBy(() -> index(new RepositoryRecheck(recording, new PathPolicy(List.of(root)), new DiskPaths()), repo))
                .isInstanceOfSatisfying(InvalidRepositoryPathException.class, e -> {
                    assertThat(e.rule()).isEqualTo(PathRule.UNCHANGED_SINCE_SUBMISSION);
                    assertThat(e.getMessage()).contains("now resolves to " + elsewhere.resolve("repo"));
                });
        assertThat(indexed).isEmpty();
    }

    @Test
    void aRepositoryGoneSinceSubmissionFailsClosed() throws IOException {
        Path repo = Files.createDirectories(allowedRoot().resolve("repo"));
        Files.delete(repo);

        assertThatThrownBy(() -> index(new RepositoryRecheck(recording, PathPolicy.allowingAnyDirectory(), new DiskPaths()), repo))
                .isInstanceOf(InvalidRepositoryPathException.class).hasMessageContaining("does not exist");
        assertThat(indexed).isEmpty();
    }
}
