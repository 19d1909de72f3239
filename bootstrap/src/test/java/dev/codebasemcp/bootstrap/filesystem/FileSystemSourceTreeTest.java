package dev.codebasemcp.bootstrap.filesystem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.codebasemcp.application.port.out.SourceTree.FileRead;
import dev.codebasemcp.application.port.out.SourceTree.Listing;
import dev.codebasemcp.application.port.out.SourceTree.SourceFile;
import dev.codebasemcp.domain.index.SkipReason;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSystemSourceTreeTest {

    private final FileSystemSourceTree tree = new FileSystemSourceTree();

    @TempDir
    Path root;

    @Test
    void appliesIgnoreFilesAtEveryLevelWithGitPrecedence() throws IOException {
        write(".gitignore", "*.log\nbuild/\n!keep.log\n**/tmp\n/top-only.txt\n");
        write(".git/info/exclude", "excluded.txt\n");
        write(".git/config", "[core]\n");
        write(".codebaseignore", "vendor/\n");
        write("a.txt", "a");
        write("app.log", "ignored by *.log");
        write("keep.log", "re-included by !keep.log");
        write("excluded.txt", "ignored by .git/info/exclude");
        write("top-only.txt", "ignored: anchored pattern");
        write("build/out.txt", "ignored directory");
        write("vendor/lib.js", "ignored by .codebaseignore");
        write("src/top-only.txt", "kept: the anchored pattern only matches at the root");
        write("src/tmp/scratch.txt", "ignored by **/tmp");
        write("src/sub/.gitignore", "secret*\n!secret-ok.txt\n!important.log\n");
        write("src/sub/secret.txt", "ignored by the nested file");
        write("src/sub/secret-ok.txt", "re-included by the nested negation");
        write("src/sub/important.log", "re-included below the root's *.log");
        write("src/sub/other.log", "still ignored by the root's *.log");
        write("src/sub/build/x.txt", "build/ matches at any depth");
        write("src/sub/.codebaseignore", "!secret.txt\n");

        Listing listing = tree.list(root);

        assertThat(listing.files()).extracting(SourceFile::path).containsExactly(
                ".codebaseignore", ".gitignore", "a.txt", "keep.log", "src/sub/.codebaseignore", "src/sub/.gitignore",
                "src/sub/important.log", "src/sub/secret-ok.txt", "src/sub/secret.txt", "src/top-only.txt");
        assertThat(listing.skipped()).isEmpty();
    }

    @Test
    void aDirectoryWhoseGitignoreIsHugeIsLeftOutWholeAndRecordedWithItsReason() throws IOException {
        write("a.txt", "a");
        write("vendor/.gitignore", "*.secret\n" + "#".repeat(IgnoreRules.MAX_BYTES));
        write("vendor/key.secret", "must not be indexed just because the rules could not be read");
        write("vendor/lib.txt", "left out with its directory");

        Listing listing = tree.list(root);

        assertThat(listing.files()).extracting(SourceFile::path).containsExactly("a.txt");
        assertThat(listing.skipped()).isEqualTo(Map.of(SkipReason.UNREADABLE, 1));
        assertThat(listing.skippedPaths()).singleElement().satisfies(skipped -> {
            assertThat(skipped.path()).isEqualTo("vendor");
            assertThat(skipped.directory()).isTrue();
            assertThat(skipped.reason()).contains("ignore rules cannot be read").contains(".gitignore is over 1 MiB");
        });
    }

    @Test
    void aFifoIsNeverOpened() throws Exception {
        Path fifo = root.resolve("pipe.txt");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        assertThat(mkfifo.waitFor()).isZero();

        // Opening a FIFO without a writer would block; the bound only turns that into a failure.
        FileRead read = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> tree.read(root, "pipe.txt", 1000));

        assertThat(read).isInstanceOfSatisfying(FileRead.Unreadable.class,
                unreadable -> assertThat(unreadable.reason()).contains("not a regular file"));
        assertThat(tree.list(root).files()).isEmpty();
    }

    @Test
    void symbolicLinksAreCountedAndNeverFollowed() throws IOException {
        write("a.txt", "a");
        write("dir/b.txt", "b");
        Files.createSymbolicLink(root.resolve("dir/loop"), root);
        Files.createSymbolicLink(root.resolve("link.txt"), root.resolve("a.txt"));
        Files.createSymbolicLink(root.resolve("outside"), Path.of("/etc"));

        Listing listing = tree.list(root);

        assertThat(listing.files()).extracting(SourceFile::path).containsExactly("a.txt", "dir/b.txt");
        assertThat(listing.skipped()).isEqualTo(Map.of(SkipReason.SYMLINK, 3));
    }

    /** /proc/1 holds directories whose entries fail while they are being listed (map_files, fd of another process). */
    @Test
    void aDirectoryThatFailsWhileItIsListedIsSkippedNotTheWholeRun() {
        Path init = Path.of("/proc/1");
        Assumptions.assumeTrue(Files.isDirectory(init) && unlistable(init.resolve("map_files")),
                "needs a /proc directory that cannot be listed");

        Listing listing = tree.list(init);

        assertThat(listing.skippedPaths()).anySatisfy(skipped -> assertThat(skipped.path()).isEqualTo("map_files"));
        assertThat(listing.files()).isNotEmpty();
    }

    private static boolean unlistable(Path directory) {
        try (var entries = Files.newDirectoryStream(directory)) {
            entries.forEach(entry -> { });
            return false;
        } catch (IOException | DirectoryIteratorException e) {
            return true;
        }
    }

    @Test
    void listsSizeAndModificationTime() throws IOException {
        Path file = write("a.txt", "hello");

        SourceFile listed = tree.list(root).files().getFirst();

        assertThat(listed.sizeBytes()).isEqualTo(5);
        assertThat(listed.modifiedNanos()).isEqualTo(Files.getLastModifiedTime(file).to(java.util.concurrent.TimeUnit.NANOSECONDS));
    }

    @Test
    void aMissingRootIsAnError() {
        assertThatThrownBy(() -> tree.list(root.resolve("missing")))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("missing");
    }

    @Test
    void readGivesTheBytesOfAFile() throws IOException {
        write("a.txt", "hello");

        assertThat(tree.read(root, "a.txt", 100)).isInstanceOfSatisfying(FileRead.Content.class,
                content -> assertThat(new String(content.bytes(), StandardCharsets.UTF_8)).isEqualTo("hello"));
    }

    @Test
    void readReportsAFileThatVanishedOrGrewPastTheLimit() throws IOException {
        write("big.txt", "0123456789");

        assertThat(tree.read(root, "gone.txt", 100)).isInstanceOf(FileRead.Vanished.class);
        assertThat(tree.read(root, "big.txt", 9)).isEqualTo(new FileRead.TooLarge(10));
    }

    @Test
    void readNeverFollowsASymbolicLink() throws IOException {
        write("a.txt", "a");
        Files.createSymbolicLink(root.resolve("link.txt"), root.resolve("a.txt"));

        assertThat(tree.read(root, "link.txt", 100)).isInstanceOf(FileRead.Unreadable.class);
    }

    @Test
    void aDirectorySwappedForASymlinkAfterListingIsNotFollowedWhenReading(@TempDir Path outside) throws IOException {
        write("sub/a.txt", "mine");
        Files.writeString(outside.resolve("a.txt"), "secret");
        assertThat(tree.list(root).files()).extracting(SourceFile::path).containsExactly("sub/a.txt");

        Files.delete(root.resolve("sub/a.txt"));
        Files.delete(root.resolve("sub"));
        Files.createSymbolicLink(root.resolve("sub"), outside);

        assertThat(tree.read(root, "sub/a.txt", 100)).isInstanceOfSatisfying(FileRead.Unreadable.class,
                unreadable -> assertThat(unreadable.reason()).contains("symbolic link"));
    }

    @Test
    void aRootBelowASymlinkedDirectoryIsNotListed(@TempDir Path elsewhere) throws IOException {
        Files.createDirectories(elsewhere.resolve("repo"));
        Files.writeString(elsewhere.resolve("repo/secret.txt"), "secret");
        Files.createSymbolicLink(root.resolve("link"), elsewhere);

        assertThatThrownBy(() -> tree.list(root.resolve("link/repo")))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("symbolic link");
        assertThat(tree.read(root.resolve("link/repo"), "secret.txt", 100)).isInstanceOf(FileRead.Unreadable.class);
    }

    private Path write(String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }
}
