package dev.codebasemcp.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codebasemcp.bootstrap.cli.InMemoryStack.CliRun;
import dev.codebasemcp.bootstrap.config.SettingsLoader;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodebaseMcpCommandTest {

    @TempDir
    Path home;

    private CliRun runWithEnvironment(Map<String, String> environment, String... args) {
        SettingsLoader loader = new SettingsLoader(environment, home, home);
        InMemoryStack stack = new InMemoryStack(home, home);
        return CliRun.run(CodebaseMcpCommand.commandLine(loader::load, stack.factory(), Terminals.NONE), args);
    }

    @Test
    void badConfigurationStopsACommandWithOneLinePerProblemAndExitTwo() {
        CliRun run = runWithEnvironment(Map.of("MAX_CONCURRENT_INDEXING_JOBS", "0", "CODEBASE_HTTP_PORT", "70000"), "jobs");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err().lines().toList()).containsExactly(
                "codebase-mcp jobs: MAX_CONCURRENT_INDEXING_JOBS=0 (from the environment) is invalid: must be a whole number from 1 to 64",
                "codebase-mcp jobs: CODEBASE_HTTP_PORT=70000 (from the environment) is invalid: must be a whole number from 0 to 65535");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void helpWorksWhateverTheConfiguration() {
        CliRun run = runWithEnvironment(Map.of("MAX_CONCURRENT_INDEXING_JOBS", "0"), "index", "--help");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).startsWith("Usage: codebase-mcp index");
    }

    @Test
    void unknownSubcommandExitsTwo() {
        CliRun run = runWithEnvironment(Map.of(), "frobnicate");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("Unmatched argument at index 0: 'frobnicate'");
    }

    @Test
    void noSubcommandPrintsUsageOnStderr() {
        CliRun run = runWithEnvironment(Map.of());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.err()).startsWith("Usage: codebase-mcp");
    }
}
