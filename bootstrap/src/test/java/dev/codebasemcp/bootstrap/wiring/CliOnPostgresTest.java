package dev.codebasemcp.bootstrap.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codebasemcp.bootstrap.cli.CodebaseMcpCommand;
import dev.codebasemcp.bootstrap.cli.ExitCodes;
import dev.codebasemcp.bootstrap.cli.Terminals;
import dev.codebasemcp.bootstrap.config.Settings;
import dev.codebasemcp.bootstrap.config.SettingsLoader;
import dev.codebasemcp.persistence.jooq.testing.TestDatabase;
import dev.codebasemcp.persistence.jooq.testing.TestDatabases;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The CLI over the real stack built by {@link Wiring}: PostgreSQL, the file-system indexer, the search. */
class CliOnPostgresTest {

    private static TestDatabase database;

    @TempDir
    Path home;

    @TempDir
    Path repository;

    @BeforeAll
    static void createDatabase() {
        database = TestDatabases.migrated();
    }

    @AfterAll
    static void dropDatabase() {
        database.close();
    }

    private record Run(int exitCode, String out, String err) {
    }

    private Run run(String... args) {
        Settings settings = new SettingsLoader(Map.of("CODEBASE_HOME", home.toString(),
                "CODEBASE_DATABASE_URL", database.jdbcUrl()), home, home).load();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = CodebaseMcpCommand.commandLine(() -> settings, Wiring::open, Terminals.NONE)
                .setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true)).execute(args);
        return new Run(exitCode, out.toString(), err.toString());
    }

    private void writeRepository() throws IOException {
        Files.createDirectories(repository.resolve("src/main/java/demo"));
        Files.writeString(repository.resolve("src/main/java/demo/Greeter.java"), """
                package demo;

                public final class Greeter {
                    public String greetEveryone(String name) {
                        return "Hello, " + name;
                    }
                }
                """);
        Files.writeString(repository.resolve("README.md"), "# Demo\n\nGreets everyone politely.\n");
        Files.writeString(repository.resolve(".gitignore"), "build/\n");
        Files.createDirectories(repository.resolve("build"));
        Files.writeString(repository.resolve("build/Generated.java"), "class Generated { void greetEveryone() {} }\n");
    }

    @Test
    void indexThenSearchFindsTheLine() throws IOException {
        writeRepository();

        Run index = run("index", repository.toString(), "--project", "demo");
        Run literal = run("search", "greetEveryone", "--mode", "literal", "--project", "demo");
        Run text = run("search", "greet everyone", "--project", "demo", "--json");

        assertThat(index.exitCode()).as(index.err()).isEqualTo(ExitCodes.OK);
        assertThat(index.out()).contains("(project demo): 3 files,");
        assertThat(literal.exitCode()).as(literal.err()).isEqualTo(ExitCodes.OK);
        assertThat(literal.out()).isEqualTo(repository.toRealPath().resolve("src/main/java/demo/Greeter.java")
                + ":4:     public String greetEveryone(String name) {" + System.lineSeparator());
        JsonNode files = JsonMapper.builder().build().readTree(text.out()).get("files");
        assertThat(files).isNotEmpty();
        assertThat(files.get(0).get("path").asString()).isEqualTo("src/main/java/demo/Greeter.java");
    }

    @Test
    void jobsAndStatusShowTheFinishedJob() throws IOException {
        writeRepository();
        run("index", repository.toString(), "--project", "status-demo");

        JsonNode jobs = JsonMapper.builder().build().readTree(run("jobs", "--project", "status-demo", "--json").out());
        String jobId = jobs.get(0).get("job_id").asString();
        Run status = run("status", jobId);

        assertThat(jobs).hasSize(1);
        assertThat(jobs.get(0).get("status").asString()).isEqualTo("completed");
        assertThat(jobs.get(0).get("files_indexed").asInt()).isEqualTo(3);
        assertThat(status.out()).contains("status     completed").contains("indexed    3 files");
    }

    @Test
    void detachedJobStaysPendingUntilAWorkerRunsIt() throws IOException {
        writeRepository();

        Run detached = run("index", repository.toString(), "--project", "detached", "--detach");
        String jobId = detached.out().strip();
        Run status = run("status", jobId, "--json");
        Run cancel = run("cancel", jobId);

        assertThat(detached.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(JsonMapper.builder().build().readTree(status.out()).get("status").asString()).isEqualTo("pending");
        assertThat(cancel.out()).isEqualTo("Job " + jobId + " is cancelled." + System.lineSeparator());
    }

    @Test
    void dbInfoListsTheAppliedMigrations() {
        Run info = run("db", "info");
        Run json = run("db", "migrate", "--json");

        assertThat(info.exitCode()).as(info.err()).isEqualTo(ExitCodes.OK);
        assertThat(info.out()).contains("external PostgreSQL").contains("V1 indexing jobs");
        assertThat(JsonMapper.builder().build().readTree(json.out()).get("migrations").get(0).get("version").asString())
                .isEqualTo("1");
    }

    @Test
    void dbStopRefusesAnExternalServer() {
        Run stop = run("db", "stop");

        assertThat(stop.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(stop.err()).contains("db stop only stops the embedded server");
    }
}
