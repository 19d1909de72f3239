package dev.codebasemcp.bootstrap.filesystem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.codebasemcp.application.port.out.ProjectConfigSource.ProjectConfig;
import dev.codebasemcp.application.port.out.ProjectConfigSource;
import dev.codebasemcp.domain.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonProjectConfigFilesTest {

    private final JsonProjectConfigFiles configs = new JsonProjectConfigFiles();

    @TempDir
    Path tmp;

    private Path writeConfig(Path dir, String json) throws IOException {
        Files.createDirectories(dir.resolve(".codebase-mcp"));
        return Files.writeString(dir.resolve(ProjectConfigSource.CONFIG_FILE), json);
    }

    private void assertUnusable(Path start, String messagePart) {
        assertThatThrownBy(() -> configs.nearest(start))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("project_id");
                    assertThat(e.getMessage()).contains(ProjectConfigSource.CONFIG_FILE).contains(messagePart);
                });
    }

    @Test
    void theNearestFileUpwardsIsRead() throws IOException {
        writeConfig(tmp, "{\"project_id\": \"outer\"}");
        Path middle = Files.createDirectories(tmp.resolve("middle"));
        Path inner = writeConfig(middle, "{ \"name\": \"x\", \"project_id\" : \"inner\", \"extra\": [1, {\"a\": null}] }");

        assertThat(configs.nearest(Files.createDirectories(middle.resolve("a/b/c"))))
                .contains(new ProjectConfig(inner, "inner"));
        assertThat(configs.nearest(tmp)).map(ProjectConfig::projectId).contains("outer");
    }

    @Test
    void noFileMeansNothing() {
        assertThat(configs.nearest(tmp)).isEmpty();
    }

    @Test
    void aBrokenFileIsAClearError() throws IOException {
        writeConfig(tmp, "{\"project_id\": ");

        assertUnusable(tmp, "Cannot read project configuration");
    }

    @Test
    void aFileWithoutAStringProjectIdIsAClearError() throws IOException {
        writeConfig(tmp, "{\"project_id\": 42}");

        assertUnusable(tmp, "has no string member \"project_id\"");
        writeConfig(tmp, "[\"project_id\"]");
        assertUnusable(tmp, "is not a JSON object");
    }

    @Test
    void aDeeplyNestedFileIsRefusedWithoutOverflowingTheStack() throws IOException {
        writeConfig(tmp, "{\"project_id\": \"p\", \"x\": " + "[".repeat(5_000) + "]".repeat(5_000) + "}");

        assertUnusable(tmp, "nesting depth");
    }

    @Test
    void aHugeFileIsNotRead() throws IOException {
        writeConfig(tmp, "{\"project_id\": \"p\", \"x\": \"" + "a".repeat(JsonProjectConfigFiles.MAX_BYTES) + "\"}");

        assertUnusable(tmp, "at most " + JsonProjectConfigFiles.MAX_BYTES + " are read");
    }
}
