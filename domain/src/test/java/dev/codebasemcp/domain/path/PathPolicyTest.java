package dev.codebasemcp.domain.path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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

        @TempDir
        Path temp;

        @Test
        void acceptsAnExistingDirectoryAndReturnsItsRealPath() throws IOException {
            Path repo = Files.createDirectory(temp.resolve("repo"));
            assertThat(PathPolicy.allowingAnyDirectory().validate(repo.toString())).isEqualTo(repo.toRealPath());
        }

        @Test
        void rejectsAMissingPath() {
            Path missing = temp.resolve("missing");
            assertRejected(() -> PathPolicy.allowingAnyDirectory().validate(missing.toString()), PathRule.EXISTS,
                    "repo_path does not exist: " + missing);
        }

        @Test
        void rejectsAFile() throws IOException {
            Path file = Files.writeString(temp.resolve("file.txt"), "x");
            assertRejected(() -> PathPolicy.allowingAnyDirectory().validate(file.toString()), PathRule.IS_DIRECTORY,
                    "repo_path is not a directory: " + file);
        }

        @Test
        void acceptsDirectoriesInsideAnAllowedRoot() throws IOException {
            Path root = Files.createDirectory(temp.resolve("root"));
            Path repo = Files.createDirectories(root.resolve("team/repo"));
            assertThat(new PathPolicy(List.of(root)).validate(repo.toString())).isEqualTo(repo.toRealPath());
        }

        @Test
        void rejectsDirectoriesOutsideTheAllowedRoots() throws IOException {
            Path root = Files.createDirectory(temp.resolve("root"));
            Path other = Files.createDirectory(temp.resolve("rootless"));
            assertRejected(() -> new PathPolicy(List.of(root)).validate(other.toString()), PathRule.INSIDE_ALLOWED_ROOTS,
                    "repo_path " + other.toRealPath() + " is outside the allowed roots: " + root.toRealPath());
        }

        @Test
        void aSymlinkCannotEscapeAnAllowedRoot() throws IOException {
            Path root = Files.createDirectory(temp.resolve("root"));
            Path outside = Files.createDirectory(temp.resolve("secret"));
            Path link = Files.createSymbolicLink(root.resolve("link"), outside);
            assertRejected(() -> new PathPolicy(List.of(root)).validate(link.toString()), PathRule.INSIDE_ALLOWED_ROOTS,
                    "repo_path " + link + " (really " + outside.toRealPath() + ") is outside the allowed roots: "
                            + root.toRealPath());
        }
    }
}
