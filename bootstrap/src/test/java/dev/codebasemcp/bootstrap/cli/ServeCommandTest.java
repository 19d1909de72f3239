package dev.codebasemcp.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codebasemcp.bootstrap.config.SettingsLoader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ServeCommandTest {

    @TempDir
    Path home;

    private final AtomicInteger applicationsOpened = new AtomicInteger();
    private final StringWriter err = new StringWriter();

    private int serve(Map<String, String> environment, String... args) {
        CommandLine commandLine = CodebaseMcpCommand.commandLine(
                () -> new SettingsLoader(environment, home, home).load(),
                (settings, options) -> {
                    applicationsOpened.incrementAndGet();
                    throw new IllegalStateException("the application must not be opened");
                },
                Terminals.NONE);
        commandLine.setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 1];
        all[0] = "serve";
        System.arraycopy(args, 0, all, 1, args.length);
        return commandLine.execute(all);
    }

    @Test
    void nonLoopbackHostWithoutTokenIsRefusedBeforeOpeningAnything() {
        int exit = serve(Map.of(), "--host", "0.0.0.0");

        assertThat(exit).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("Refusing to listen on 0.0.0.0 without a token").contains("CODEBASE_HTTP_TOKEN");
        assertThat(applicationsOpened).hasValue(0);
    }

    @Test
    void nonLoopbackHostFromEnvironmentWithoutTokenIsRefused() {
        int exit = serve(Map.of("CODEBASE_HTTP_HOST", "0.0.0.0"));

        assertThat(exit).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("Refusing to listen on 0.0.0.0");
    }

    @Test
    void portOutOfRangeIsRefused() {
        int exit = serve(Map.of(), "--port", "70000");

        assertThat(exit).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("--port must be between 0 and 65535, got: 70000");
        assertThat(applicationsOpened).hasValue(0);
    }

    @Test
    void nonLoopbackHostWithTokenGoesOnToOpenTheApplication() {
        int exit = serve(Map.of("CODEBASE_HTTP_TOKEN", "t0ken-for-serve"), "--host", "0.0.0.0", "--port", "0");

        assertThat(applicationsOpened).hasValue(1);
        assertThat(exit).isEqualTo(ExitCodes.FAILED);
    }
}
