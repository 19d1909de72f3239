package dev.codebasemcp.application.service.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.codebasemcp.domain.InvalidInputException;
import dev.codebasemcp.domain.project.ProjectId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectResolverTest {

    @TempDir
    Path tmp;

    private void writeConfig(Path dir, String json) throws IOException {
        Files.createDirectories(dir.resolve(".codebase-mcp"));
        Files.writeString(dir.resolve(ProjectResolver.CONFIG_FILE), json);
    }

    @Test
    void anExplicitProjectIdWinsOverEverythingElse() throws IOException {
        writeConfig(tmp, "{\"project_id\": \"from-file\"}");

        assertThat(new ProjectResolver(ProjectId.of("configured")).resolve("explicit", tmp))
                .isEqualTo(ProjectId.of("explicit"));
    }

    @Test
    void theNearestConfigFileUpwardsGivesTheProject() throws IOException {
        writeConfig(tmp, "{\"project_id\": \"outer\"}");
        Path middle = Files.createDirectories(tmp.resolve("middle"));
        writeConfig(middle, "{ \"name\": \"x\", \"project_id\" : \"inner\", \"extra\": [1, {\"a\": null}] }");
        Path deep = Files.createDirectories(middle.resolve("a/b/c"));

        assertThat(new ProjectResolver(null).resolve(null, deep)).isEqualTo(ProjectId.of("inner"));
        assertThat(new ProjectResolver(null).resolve("  ", tmp)).isEqualTo(ProjectId.of("outer"));
    }

    @Test
    void withoutAConfigFileTheConfiguredDefaultIsUsed() {
        assertThat(new ProjectResolver(ProjectId.of("configured")).resolve(null, tmp))
                .isEqualTo(ProjectId.of("configured"));
    }

    @Test
    void withoutAnyConfigurationTheProjectIsDefault() {
        assertThat(new ProjectResolver(null).resolve(null, null)).isEqualTo(ProjectId.DEFAULT);
        assertThat(ProjectId.DEFAULT.value()).isEqualTo("default");
    }

    @Test
    void aBrokenConfigFileIsAClearError() throws IOException {
        writeConfig(tmp, "{\"project_id\": ");

        assertThatThrownBy(() -> new ProjectResolver(null).resolve(null, tmp))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("project_id");
                    assertThat(e.getMessage()).contains(ProjectResolver.CONFIG_FILE).contains("invalid JSON");
                });
    }

    @Test
    void aConfigFileWithoutAStringProjectIdIsAClearError() throws IOException {
        writeConfig(tmp, "{\"project_id\": 42}");

        assertThatThrownBy(() -> new ProjectResolver(null).resolve(null, tmp))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("has no string member \"project_id\"");
    }

    @Test
    void anInvalidProjectIdInTheConfigFileNamesTheFile() throws IOException {
        writeConfig(tmp, "{\"project_id\": \"Not Valid\"}");

        assertThatThrownBy(() -> new ProjectResolver(null).resolve(null, tmp))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Invalid project_id: 'Not Valid'")
                .hasMessageContaining("config.json");
    }
}
