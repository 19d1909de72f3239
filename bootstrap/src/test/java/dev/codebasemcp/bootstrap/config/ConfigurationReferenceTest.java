package dev.codebasemcp.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codebasemcp.bootstrap.DocumentedSection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code .env.example} and the configuration table in the documentation are generated from
 * {@link Variable}, so every setting is documented with its real default. Regenerate both with
 * {@code -Ddocs.update=true}.
 */
class ConfigurationReferenceTest {

    private static final DocumentedSection TABLE = new DocumentedSection("configuration-table");
    private static final Path ENV_EXAMPLE = DocumentedSection.ROOT.resolve(".env.example");

    @Test
    void envExampleListsEveryVariableWithItsDefault() throws IOException {
        String generated = envExample();
        if (DocumentedSection.updateRequested()) {
            Files.writeString(ENV_EXAMPLE, generated);
        }

        assertThat(Files.readString(ENV_EXAMPLE)).as(".env.example (regenerate with -Ddocs.update=true)")
                .isEqualTo(generated);
    }

    @Test
    void documentedTableListsEveryVariable() {
        String generated = table();
        List<Path> files = TABLE.filesHoldingIt("README.md", "docs/configuration.md");

        assertThat(files).isNotEmpty();
        for (Path file : files) {
            if (DocumentedSection.updateRequested()) {
                TABLE.rewrite(file, generated);
            }
            assertThat(TABLE.current(file)).as(file + " (regenerate with -Ddocs.update=true)").contains(generated);
        }
    }

    @Test
    void envExampleLoadsToTheDefaults(@TempDir Path directory) throws IOException {
        Files.writeString(directory.resolve(".env"), envExample().replace("~/.codebase-mcp", directory.toString()));

        Settings fromExample = new SettingsLoader(Map.of("CODEBASE_ENV_FILE", ".env"), directory, directory).load();
        Settings defaults = new SettingsLoader(Map.of("CODEBASE_HOME", directory.toString()), directory.resolve("none"),
                directory).load();

        assertThat(fromExample).isEqualTo(defaults);
    }

    static String envExample() {
        String header = """
                # codebase-mcp configuration. Every variable is optional; the value shown is the default.
                # Settings come from, first wins: the environment, the file CODEBASE_ENV_FILE names (set it in
                # the environment), then CODEBASE_HOME/.env. A .env in the working directory is never read.
                # An empty value counts as unset. A bad value stops start-up with a line naming the variable.
                """;
        return header + Stream.of(Variable.values())
                .map(variable -> "\n# " + variable.description() + "\n" + variable.name() + "=" + variable.defaultValue() + "\n")
                .collect(Collectors.joining());
    }

    static String table() {
        return "\n| Variable | Default | Meaning |\n|---|---|---|\n" + Stream.of(Variable.values())
                .map(variable -> "| `" + variable.name() + "` | "
                        + (variable.defaultValue().isEmpty() ? "(unset)" : "`" + variable.defaultValue() + "`")
                        + " | " + variable.description().replace("|", "\\|") + " |\n")
                .collect(Collectors.joining()) + "\n";
    }
}
