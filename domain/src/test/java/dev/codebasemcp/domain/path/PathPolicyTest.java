package dev.codebasemcp.domain.path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PathPolicyTest {

    private static void assertRejected(Runnable check, PathRule rule, String message) {
        assertThatThrownBy(check::run)
                .isInstanceOf(InvalidRepositoryPathException.class)
                .hasMessage(message)
                .satisfies(e -> {
                    assertThat(((InvalidRepositoryPathException) e).rule()).isEqualTo(rule);
                    assertThat(((InvalidRepositoryPathException) e).field()).isEqualTo("repo_path");
                });
    }

    @Nested
    class Syntax {

        @Test
        void acceptsAnAbsolutePathAndNormalizesRepeatedSlashes() {
            assertThat(PathPolicy.checkSyntax("/tmp//test-repo/")).isEqualTo(Path.of("/tmp/test-repo"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "   ", "\t"})
        void rejectsBlank(String raw) {
            assertRejected(() -> PathPolicy.checkSyntax(raw), PathRule.NOT_BLANK, "repo_path must not be blank");
        }

        @Test
        void rejectsNull() {
            assertRejected(() -> PathPolicy.checkSyntax(null), PathRule.NOT_BLANK, "repo_path must not be blank");
        }

        @Test
        void rejectsANulByte() {
            assertRejected(() -> PathPolicy.checkSyntax("/tmp/a\0b"), PathRule.NO_NUL_BYTE,
                    "repo_path must not contain a NUL byte, got: /tmp/a\\0b");
        }

        @Test
        void rejectsOverlongPaths() {
            String longPath = "/" + "a".repeat(PathPolicy.MAX_LENGTH);
            assertRejected(() -> PathPolicy.checkSyntax(longPath), PathRule.MAX_LENGTH,
                    "repo_path is 4097 characters long; at most 4096 are allowed");
        }

        @ParameterizedTest
        @ValueSource(strings = {"./relative/path", "relative", "~/repo", "../up"})
        void rejectsRelativePaths(String raw) {
            assertRejected(() -> PathPolicy.checkSyntax(raw), PathRule.ABSOLUTE, "repo_path must be absolute, got: " + raw);
        }

        @ParameterizedTest
        @ValueSource(strings = {"/var/data/../../etc/passwd", "/tmp/../../../etc/shadow", "/srv/repo/..", "/../etc"})
        void rejectsTraversalAnywhere(String raw) {
            assertRejected(() -> PathPolicy.checkSyntax(raw), PathRule.NO_TRAVERSAL,
                    "Path traversal detected in repo_path: " + raw + " ('..' segments are not allowed)");
        }

        @ParameterizedTest
        @ValueSource(strings = {"/srv/./repo", "/srv/repo/.", "/./srv"})
        void rejectsDotSegments(String raw) {
            assertRejected(() -> PathPolicy.checkSyntax(raw), PathRule.NO_DOT_SEGMENT,
                    "repo_path must not contain '.' segments, got: " + raw);
        }

        @Test
        void allowsNamesThatOnlyStartWithDots() {
            assertThat(PathPolicy.checkSyntax("/srv/.hidden/..repo/...")).isEqualTo(Path.of("/srv/.hidden/..repo/..."));
        }
    }

    @Nested
    class OnDisk {

        private final Path repo = Path.of("/srv/root/team/repo");
        private final Path root = Path.of("/srv/root");

        @Test
        void acceptsAnExistingDirectoryAndReturnsItsRealPath() {
            Path real = Path.of("/data/repo");
            assertThat(PathPolicy.allowingAnyDirectory().validate(repo.toString(), path -> PathFacts.directory(real)))
                    .isEqualTo(real);
        }

        @Test
        void rejectsAMissingPath() {
            assertRejected(() -> PathPolicy.allowingAnyDirectory().validate(repo.toString(), path -> PathFacts.missing()),
                    PathRule.EXISTS, "repo_path does not exist: " + repo);
        }

        @Test
        void rejectsAFile() {
            assertRejected(() -> PathPolicy.allowingAnyDirectory().checkOnDisk(repo,
                    new PathFacts(true, false, true, repo, null)), PathRule.IS_DIRECTORY, "repo_path is not a directory: " + repo);
        }

        @Test
        void rejectsAnUnreadableDirectory() {
            assertRejected(() -> PathPolicy.allowingAnyDirectory().checkOnDisk(repo,
                    new PathFacts(true, true, false, repo, null)), PathRule.READABLE, "repo_path is not readable: " + repo);
        }

        @Test
        void failsClosedWhenTheRealPathCannotBeResolved() {
            assertRejected(() -> new PathPolicy(List.of(root)).checkOnDisk(repo,
                    new PathFacts(true, true, true, null, "Too many levels of symbolic links")), PathRule.REAL_PATH,
                    "repo_path " + repo + " cannot be resolved to its real path: Too many levels of symbolic links");
        }

        @Test
        void acceptsDirectoriesInsideAnAllowedRoot() {
            assertThat(new PathPolicy(List.of(root)).checkOnDisk(repo, PathFacts.directory(repo))).isEqualTo(repo);
        }

        @Test
        void rejectsDirectoriesOutsideTheAllowedRoots() {
            Path other = Path.of("/srv/rootless");
            assertRejected(() -> new PathPolicy(List.of(root)).checkOnDisk(other, PathFacts.directory(other)),
                    PathRule.INSIDE_ALLOWED_ROOTS, "repo_path " + other + " is outside the allowed roots: " + root);
        }

        @Test
        void aSymlinkCannotEscapeAnAllowedRoot() {
            Path link = root.resolve("link");
            Path outside = Path.of("/secret");
            assertRejected(() -> new PathPolicy(List.of(root)).checkOnDisk(link, PathFacts.directory(outside)),
                    PathRule.INSIDE_ALLOWED_ROOTS,
                    "repo_path " + link + " (really " + outside + ") is outside the allowed roots: " + root);
        }
    }
}
