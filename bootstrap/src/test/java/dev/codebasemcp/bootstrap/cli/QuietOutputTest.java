package dev.codebasemcp.bootstrap.cli;

import static dev.codebasemcp.application.testing.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.codebasemcp.bootstrap.Main;
import dev.codebasemcp.persistence.jooq.testing.TestDatabaseExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real jar's logging set-up: a user sees what codebase-mcp means to tell them, not library
 * banners, start-up chatter or version notices.
 */
class QuietOutputTest {

    @RegisterExtension
    static final TestDatabaseExtension DATABASE = TestDatabaseExtension.migrated();

    private static final List<String> LIBRARY_NOISE = List.of("Javalin", "jetty", "jOOQ", "Version mismatch", "SLF4J");

    @TempDir
    Path tmp;

    @Test
    void aShortCommandPrintsOnlyItsOwnMessage() throws Exception {
        Process jobs = start(tmp.resolve("jobs.err"), ProcessBuilder.Redirect.DISCARD, "jobs");
        assertThat(jobs.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(jobs.exitValue()).isZero();
        assertThat(Files.readString(tmp.resolve("jobs.err"))).isEqualTo("No jobs match." + System.lineSeparator());
    }

    @Test
    void serveShowsItsOwnLinesWithoutLibraryBanners() throws Exception {
        Path log = tmp.resolve("serve.log");
        Process serve = start(log, ProcessBuilder.Redirect.appendTo(log.toFile()), "serve", "--port", "0");
        try {
            await("serve reports where it listens", Duration.ofSeconds(60),
                    () -> read(log).contains("Ctrl-C stops") || !serve.isAlive());
        } finally {
            serve.destroy();
            assertThat(serve.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        String output = read(log);
        assertThat(output).contains("API and dashboard on http://127.0.0.1:");
        assertThat(LIBRARY_NOISE).noneMatch(output::contains);
    }

    private Process start(Path stderr, ProcessBuilder.Redirect stdout, String... command) throws IOException {
        List<String> line = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                // the jar's own logging set-up, not the one the test class path puts first
                "-Dlogback.configurationFile=logback.xml",
                Main.class.getName()));
        line.addAll(List.of(command));
        ProcessBuilder builder = new ProcessBuilder(line)
                .redirectOutput(stdout)
                .redirectError(ProcessBuilder.Redirect.appendTo(stderr.toFile()));
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(variable -> variable.startsWith("CODEBASE_") || variable.contains("INDEXING_JOB"));
        env.put("CODEBASE_HOME", tmp.resolve("home").toString());
        env.put("CODEBASE_DATABASE_URL", DATABASE.jdbcUrl());
        return builder.start();
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
