package dev.codebasemcp.application.service.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.codebasemcp.domain.InvalidInputException;
import dev.codebasemcp.domain.project.ProjectId;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ProjectResolverTest {

    private static final Path WORKSPACE = Path.of("/work/space");

    private final InMemoryProjectConfigs configs = new InMemoryProjectConfigs();

    @Test
    void anExplicitProjectIdWinsOverEverythingElse() {
        configs.with(WORKSPACE, "from-file");

        assertThat(new ProjectResolver(ProjectId.of("configured"), configs).resolve("explicit", WORKSPACE))
                .isEqualTo(ProjectId.of("explicit"));
    }

    @Test
    void theNearestConfigFileUpwardsGivesTheProject() {
        configs.with(WORKSPACE, "outer").with(WORKSPACE.resolve("middle"), "inner");

        assertThat(new ProjectResolver(null, configs).resolve(null, WORKSPACE.resolve("middle/a/b/c")))
                .isEqualTo(ProjectId.of("inner"));
        assertThat(new ProjectResolver(null, configs).resolve("  ", WORKSPACE)).isEqualTo(ProjectId.of("outer"));
    }

    @Test
    void withoutAConfigFileTheConfiguredDefaultIsUsed() {
        assertThat(new ProjectResolver(ProjectId.of("configured"), configs).resolve(null, WORKSPACE))
                .isEqualTo(ProjectId.of("configured"));
    }

    @Test
    void withoutAnyConfigurationTheProjectIsDefault() {
        assertThat(new ProjectResolver(null, configs).resolve(null, null)).isEqualTo(ProjectId.DEFAULT);
        assertThat(ProjectId.DEFAULT.value()).isEqualTo("default");
    }

    @Test
    void anInvalidProjectIdInTheConfigFileNamesTheFile() {
        configs.with(WORKSPACE, "Not Valid");

        assertThatThrownBy(() -> new ProjectResolver(null, configs).resolve(null, WORKSPACE))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("project_id"))
                .hasMessageContaining("Invalid project_id: 'Not Valid'")
                .hasMessageContaining(WORKSPACE.resolve(ProjectResolver.CONFIG_FILE).toString());
    }
}
