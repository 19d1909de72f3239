package dev.codebasemcp.bootstrap.filesystem;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codebasemcp.domain.path.PathFacts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalPathInspectorTest {

    private final LocalPathInspector inspector = new LocalPathInspector();

    @TempDir
    Path tmp;

    @Test
    void aDirectoryReachedThroughALinkHasItsRealPath() throws IOException {
        Path real = Files.createDirectory(tmp.resolve("real"));
        Path link = Files.createSymbolicLink(tmp.resolve("link"), real);

        assertThat(inspector.inspect(link)).isEqualTo(PathFacts.directory(real.toRealPath()));
    }

    @Test
    void aFileIsNoDirectoryAndNothingIsMissing() throws IOException {
        Path file = Files.writeString(tmp.resolve("file.txt"), "x");

        assertThat(inspector.inspect(file).directory()).isFalse();
        assertThat(inspector.inspect(file).exists()).isTrue();
        assertThat(inspector.inspect(tmp.resolve("missing"))).isEqualTo(PathFacts.missing());
    }

    @Test
    void aLinkLoopDoesNotExist() throws IOException {
        Path loop = Files.createSymbolicLink(tmp.resolve("loop"), tmp.resolve("loop"));

        assertThat(inspector.inspect(loop).exists()).isFalse();
    }

    @Test
    void rootsBecomeRealPathsAndMissingOnesStayAsWritten() throws IOException {
        Path real = Files.createDirectory(tmp.resolve("real"));
        Path link = Files.createSymbolicLink(tmp.resolve("link"), real);
        Path missing = tmp.resolve("not-yet");

        assertThat(inspector.realRoots(List.of(link, missing))).containsExactly(real.toRealPath(), missing);
    }
}
