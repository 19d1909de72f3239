package dev.codebasemcp.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.codebasemcp.domain.project.ProjectId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slf4j.LoggerFactory;

class SettingsLoaderTest {

    @TempDir
    Path workingDirectory;

    @TempDir
    Path userHome;

    private Settings load(Map<String, String> environment) {
        return new SettingsLoader(environment, workingDirectory, userHome).load();
    }

    private void writeEnvFile(Path directory, String content) throws IOException {
        Files.createDirectories(directory);
        Files.writeString(directory.resolve(".env"), content);
    }

    @Test
    void defaultsApplyWhenNothingIsSet() {
        Settings settings = load(Map.of());

        assertThat(settings.home()).isEqualTo(userHome.resolve(".codebase-mcp"));
        assertThat(settings.database().embedded()).isTrue();
        assertThat(settings.database().poolSize()).isEqualTo(10);
        assertThat(settings.jobs()).isEqualTo(new Settings.Jobs(2, Duration.ofSeconds(3600), 3,
                Duration.ofSeconds(30), Duration.ofSeconds(5)));
        assertThat(settings.indexing()).isEqualTo(new Settings.Indexing(1_048_576, 100, 6000));
        assertThat(settings.searchTimeout()).isEqualTo(Duration.ofMillis(5000));
        assertThat(settings.http()).isEqualTo(new Settings.Http("127.0.0.1", 8765, null, List.of()));
        assertThat(settings.allowedRoots()).isEmpty();
        assertThat(settings.defaultProject()).isEqualTo(ProjectId.DEFAULT);
        assertThat(settings.logLevel()).isEqualTo("INFO");
    }

    @Test
    void everyVariableIsRead() {
        Map<String, String> environment = new HashMap<>();
        environment.put("CODEBASE_HOME", "/srv/codebase");
        environment.put("CODEBASE_DATABASE_URL", "jdbc:postgresql://db:5432/code");
        environment.put("CODEBASE_DATABASE_USER", "code");
        environment.put("CODEBASE_DATABASE_PASSWORD", "secret");
        environment.put("CODEBASE_DATABASE_POOL_SIZE", "4");
        environment.put("CODEBASE_EMBEDDED_IDLE_SECONDS", "45");
        environment.put("MAX_CONCURRENT_INDEXING_JOBS", "3");
        environment.put("INDEXING_JOB_TIMEOUT_SECONDS", "60");
        environment.put("INDEXING_JOB_MAX_ATTEMPTS", "5");
        environment.put("CODEBASE_JOB_LEASE_SECONDS", "20");
        environment.put("CODEBASE_JOB_HEARTBEAT_SECONDS", "10");
        environment.put("CODEBASE_ALLOWED_ROOTS", "/home/me/src:/srv/repos/");
        environment.put("CODEBASE_DEFAULT_PROJECT", "work");
        environment.put("CODEBASE_MAX_FILE_BYTES", "2048");
        environment.put("CODEBASE_CHUNK_MAX_LINES", "40");
        environment.put("CODEBASE_CHUNK_MAX_CHARS", "3000");
        environment.put("CODEBASE_SEARCH_TIMEOUT_MS", "250");
        environment.put("CODEBASE_HTTP_HOST", "0.0.0.0");
        environment.put("CODEBASE_HTTP_PORT", "9000");
        environment.put("CODEBASE_HTTP_TOKEN", "t0ken");
        environment.put("CODEBASE_HTTP_ALLOWED_HOSTS", "code.example.org, laptop:8765");
        environment.put("CODEBASE_LOG_LEVEL", "debug");

        Settings settings = load(environment);

        assertThat(settings.home()).isEqualTo(Path.of("/srv/codebase"));
        assertThat(settings.database()).isEqualTo(new Settings.Database("jdbc:postgresql://db:5432/code", "code", "secret", 4,
                Duration.ofSeconds(45)));
        assertThat(settings.jobs()).isEqualTo(new Settings.Jobs(3, Duration.ofSeconds(60), 5,
                Duration.ofSeconds(20), Duration.ofSeconds(10)));
        assertThat(settings.allowedRoots()).containsExactly(Path.of("/home/me/src"), Path.of("/srv/repos"));
        assertThat(settings.defaultProject()).isEqualTo(ProjectId.of("work"));
        assertThat(settings.indexing()).isEqualTo(new Settings.Indexing(2048, 40, 3000));
        assertThat(settings.searchTimeout()).isEqualTo(Duration.ofMillis(250));
        assertThat(settings.http()).isEqualTo(new Settings.Http("0.0.0.0", 9000, "t0ken",
                List.of("code.example.org", "laptop:8765")));
        assertThat(settings.logLevel()).isEqualTo("DEBUG");
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
        "CODEBASE_EMBEDDED_IDLE_SECONDS|86401|CODEBASE_EMBEDDED_IDLE_SECONDS=86401 (from the environment) is invalid: must be a whole number from 0 to 86400",
        "MAX_CONCURRENT_INDEXING_JOBS|0|MAX_CONCURRENT_INDEXING_JOBS=0 (from the environment) is invalid: must be a whole number from 1 to 64",
        "MAX_CONCURRENT_INDEXING_JOBS|two|MAX_CONCURRENT_INDEXING_JOBS=two (from the environment) is invalid: must be a whole number from 1 to 64",
        "INDEXING_JOB_TIMEOUT_SECONDS|-5|INDEXING_JOB_TIMEOUT_SECONDS=-5 (from the environment) is invalid: must be a whole number from 1 to 604800",
        "INDEXING_JOB_MAX_ATTEMPTS|0|INDEXING_JOB_MAX_ATTEMPTS=0 (from the environment) is invalid: must be a whole number from 1 to 100",
        "CODEBASE_JOB_LEASE_SECONDS|2|CODEBASE_JOB_LEASE_SECONDS=2 (from the environment) is invalid: must be a whole number from 5 to 3600",
        "CODEBASE_JOB_HEARTBEAT_SECONDS|20|CODEBASE_JOB_HEARTBEAT_SECONDS=20 (from the environment) is invalid: must be at most half of CODEBASE_JOB_LEASE_SECONDS (30), so that one late renewal does not lose the lease",
        "CODEBASE_HTTP_PORT|70000|CODEBASE_HTTP_PORT=70000 (from the environment) is invalid: must be a whole number from 0 to 65535",
        "CODEBASE_HTTP_HOST|my host|CODEBASE_HTTP_HOST=my host (from the environment) is invalid: must be a host name or IP address without spaces, such as 127.0.0.1",
        "CODEBASE_ALLOWED_ROOTS|/srv/repos:src|CODEBASE_ALLOWED_ROOTS=/srv/repos:src (from the environment) is invalid: entry 'src' is not absolute; use colon-separated absolute directories such as /home/me/src:/srv/repos",
        "CODEBASE_ALLOWED_ROOTS|:|CODEBASE_ALLOWED_ROOTS=: (from the environment) is invalid: names no directory; list absolute directories such as /home/me/src:/srv/repos, or leave it unset to allow any directory",
        "CODEBASE_HTTP_ALLOWED_HOSTS|http://evil.test|CODEBASE_HTTP_ALLOWED_HOSTS=http://evil.test (from the environment) is invalid: entry 'http://evil.test' is not a host name with an optional port; use comma-separated names such as codebase.example.org,my-laptop:8765",
        "CODEBASE_ALLOWED_ROOTS|/srv/../etc|CODEBASE_ALLOWED_ROOTS=/srv/../etc (from the environment) is invalid: entry '/srv/../etc' contains a '..' segment; write the directory without it",
        "CODEBASE_DEFAULT_PROJECT|My Project|CODEBASE_DEFAULT_PROJECT=My Project (from the environment) is invalid: must be 1-63 characters from a-z, 0-9, '-' and '_'",
        "CODEBASE_MAX_FILE_BYTES|1GB|CODEBASE_MAX_FILE_BYTES=1GB (from the environment) is invalid: must be a whole number from 1 to 1073741824",
        "CODEBASE_CHUNK_MAX_LINES|0|CODEBASE_CHUNK_MAX_LINES=0 (from the environment) is invalid: must be a whole number from 1 to 10000",
        "CODEBASE_CHUNK_MAX_CHARS|10|CODEBASE_CHUNK_MAX_CHARS=10 (from the environment) is invalid: must be a whole number from 80 to 1000000",
        "CODEBASE_SEARCH_TIMEOUT_MS|0|CODEBASE_SEARCH_TIMEOUT_MS=0 (from the environment) is invalid: must be a whole number from 100 to 600000",
        "CODEBASE_DATABASE_URL|postgres://db/code|CODEBASE_DATABASE_URL=postgres://db/code (from the environment) is invalid: must be a PostgreSQL JDBC URL such as jdbc:postgresql://127.0.0.1:5432/codebase, or empty for the embedded database",
        "CODEBASE_DATABASE_USER|code|CODEBASE_DATABASE_USER=code (from the environment) is invalid: is set but CODEBASE_DATABASE_URL is not; set the URL as well, or unset the user to use the embedded database",
        "CODEBASE_DATABASE_POOL_SIZE|1|CODEBASE_DATABASE_POOL_SIZE=1 (from the environment) is invalid: must be a whole number from 2 to 200",
        "CODEBASE_HOME|relative/dir|CODEBASE_HOME=relative/dir (from the environment) is invalid: must be an absolute directory (or start with ~/)",
        "CODEBASE_LOG_LEVEL|LOUD|CODEBASE_LOG_LEVEL=LOUD (from the environment) is invalid: must be one of TRACE, DEBUG, INFO, WARN, ERROR",
    })
    void aBadValueIsRejectedWithOneLineNamingVariableValueAndWhatIsAllowed(String variable, String value, String message) {
        assertThatThrownBy(() -> load(Map.of(variable, value)))
                .isInstanceOfSatisfying(ConfigurationException.class, e -> {
                    assertThat(e.problems()).containsExactly(message);
                    assertThat(e.field()).isEqualTo(variable);
                });
    }

    @Test
    void secretsAreNeverEchoedInErrors() {
        assertThatThrownBy(() -> load(Map.of("CODEBASE_HTTP_TOKEN", "abc def", "CODEBASE_DATABASE_PASSWORD", "hunter2")))
                .isInstanceOfSatisfying(ConfigurationException.class, e -> {
                    assertThat(e.problems()).containsExactly(
                            "CODEBASE_DATABASE_PASSWORD (from the environment) is set but CODEBASE_DATABASE_URL is not; "
                                    + "set the URL as well, or unset the password to use the embedded database",
                            "CODEBASE_HTTP_TOKEN (from the environment) is invalid: it must not contain whitespace "
                                    + "(check for a stray space or line break)");
                    assertThat(e.getMessage()).doesNotContain("hunter2").doesNotContain("abc def");
                });
    }

    @Test
    void everyBadValueIsReportedAtOnce() {
        assertThatThrownBy(() -> load(Map.of("MAX_CONCURRENT_INDEXING_JOBS", "0", "CODEBASE_HTTP_PORT", "70000")))
                .isInstanceOfSatisfying(ConfigurationException.class, e -> assertThat(e.problems()).hasSize(2));
    }

    @Test
    void settingsToStringHidesPasswordAndToken() {
        Settings settings = load(Map.of("CODEBASE_DATABASE_URL", "jdbc:postgresql://db/code",
                "CODEBASE_DATABASE_PASSWORD", "hunter2", "CODEBASE_HTTP_TOKEN", "s3cret"));

        assertThat(settings.toString()).doesNotContain("hunter2").doesNotContain("s3cret").contains("***");
    }

    @Test
    void tildeInHomeMeansTheUserHome() {
        assertThat(load(Map.of("CODEBASE_HOME", "~/data/cm")).home()).isEqualTo(userHome.resolve("data/cm"));
    }

    @Test
    void emptyValuesCountAsUnset() {
        Settings settings = load(Map.of("CODEBASE_DATABASE_URL", "", "MAX_CONCURRENT_INDEXING_JOBS", ""));

        assertThat(settings.database().embedded()).isTrue();
        assertThat(settings.jobs().maxConcurrentJobs()).isEqualTo(2);
    }

    private Map<String, String> naming(Path envFile) {
        return Map.of("CODEBASE_ENV_FILE", envFile.toString());
    }

    @Test
    void workingDirectoryEnvFileIsNeverRead() throws IOException {
        writeEnvFile(workingDirectory, "CODEBASE_DATABASE_URL=jdbc:postgresql://attacker.example/x\n"
                + "CODEBASE_ALLOWED_ROOTS=/\nMAX_CONCURRENT_INDEXING_JOBS=4\n");

        Settings settings = load(Map.of());

        assertThat(settings.database().embedded()).isTrue();
        assertThat(settings.allowedRoots()).isEmpty();
        assertThat(settings.jobs().maxConcurrentJobs()).isEqualTo(2);
    }

    @Test
    void namedEnvFileIsRead() throws IOException {
        writeEnvFile(workingDirectory, "MAX_CONCURRENT_INDEXING_JOBS=4\n# a comment\nCODEBASE_HTTP_PORT=\"9100\"\n");

        Settings settings = load(Map.of("CODEBASE_ENV_FILE", ".env"));

        assertThat(settings.jobs().maxConcurrentJobs()).isEqualTo(4);
        assertThat(settings.http().port()).isEqualTo(9100);
    }

    @Test
    void aMissingNamedEnvFileIsRejected() {
        Path missing = workingDirectory.resolve("missing.env");

        assertThatThrownBy(() -> load(naming(missing)))
                .isInstanceOfSatisfying(ConfigurationException.class, e -> assertThat(e.problems()).containsExactly(
                        "CODEBASE_ENV_FILE=" + missing + " (from the environment) is invalid: " + missing
                                + " is not a readable file"));
    }

    @Test
    void realEnvironmentWinsOverEnvFiles() throws IOException {
        writeEnvFile(workingDirectory, "MAX_CONCURRENT_INDEXING_JOBS=4\n");
        Map<String, String> environment = new HashMap<>(naming(workingDirectory.resolve(".env")));
        environment.put("MAX_CONCURRENT_INDEXING_JOBS", "6");

        assertThat(load(environment).jobs().maxConcurrentJobs()).isEqualTo(6);
    }

    @Test
    void namedEnvFileWinsOverTheOneInCodebaseHome() throws IOException {
        Path home = userHome.resolve("cm-home");
        writeEnvFile(home, "MAX_CONCURRENT_INDEXING_JOBS=5\nCODEBASE_HTTP_PORT=9200\n");
        writeEnvFile(workingDirectory, "CODEBASE_HOME=" + home + "\nMAX_CONCURRENT_INDEXING_JOBS=4\n");

        Settings settings = load(naming(workingDirectory.resolve(".env")));

        assertThat(settings.home()).isEqualTo(home);
        assertThat(settings.jobs().maxConcurrentJobs()).isEqualTo(4);
        assertThat(settings.http().port()).isEqualTo(9200);
    }

    @Test
    void codebaseHomeEnvFileIsFoundThroughTheEnvironment() throws IOException {
        Path home = userHome.resolve("elsewhere");
        writeEnvFile(home, "CODEBASE_DEFAULT_PROJECT=team\n");

        assertThat(load(Map.of("CODEBASE_HOME", home.toString())).defaultProject()).isEqualTo(ProjectId.of("team"));
    }

    @Test
    void aBadValueFromAnEnvFileNamesTheFile() throws IOException {
        writeEnvFile(workingDirectory, "CODEBASE_HTTP_PORT=70000\n");

        assertThatThrownBy(() -> load(naming(workingDirectory.resolve(".env"))))
                .isInstanceOfSatisfying(ConfigurationException.class, e -> assertThat(e.problems()).containsExactly(
                        "CODEBASE_HTTP_PORT=70000 (from " + workingDirectory.resolve(".env")
                                + ") is invalid: must be a whole number from 0 to 65535"));
    }

    @Test
    void aMalformedEnvFileIsRejectedNamingTheFile() throws IOException {
        writeEnvFile(workingDirectory, "CODEBASE_HTTP_PORT=9100\nthis line is not a setting\n");

        assertThatThrownBy(() -> load(naming(workingDirectory.resolve(".env"))))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith(workingDirectory.resolve(".env") + " cannot be read:");
    }

    @Test
    void aMisspeltNameInAnEnvFileIsReportedAsAWarning() throws IOException {
        writeEnvFile(workingDirectory, "CODEBASE_HTTP_PROT=9100\nOTHER_TOOL_SETTING=1\n");
        Logger logger = (Logger) LoggerFactory.getLogger(SettingsLoader.class);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        try {
            load(naming(workingDirectory.resolve(".env")));
        } finally {
            logger.detachAppender(appender);
        }

        assertThat(appender.list).singleElement().satisfies(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.WARN);
            assertThat(event.getFormattedMessage()).contains("[CODEBASE_HTTP_PROT]").doesNotContain("OTHER_TOOL_SETTING");
        });
    }

    @Test
    void userHomeIsTheHomeVariableNotTheJavaProperty() {
        assertThat(UserHome.of(Map.of("HOME", "/home/other"), "/root")).isEqualTo(Path.of("/home/other"));
        assertThat(UserHome.of(Map.of("HOME", "relative"), "/root")).isEqualTo(Path.of("/root"));
        assertThat(UserHome.of(Map.of(), "/root")).isEqualTo(Path.of("/root"));
    }

    @Test
    void homeThatIsAFileIsRejected() throws IOException {
        Path file = Files.writeString(userHome.resolve("not-a-dir"), "x");

        assertThatThrownBy(() -> load(Map.of("CODEBASE_HOME", file.toString())))
                .isInstanceOfSatisfying(ConfigurationException.class, e -> assertThat(e.problems()).containsExactly(
                        "CODEBASE_HOME=" + file + " (from the environment) is invalid: exists but is not a directory"));
    }

    @Test
    void policyUsesTheAllowedRoots() {
        Settings settings = load(Map.of("CODEBASE_ALLOWED_ROOTS", workingDirectory.toString()));

        assertThat(settings.pathPolicy().allowedRoots()).hasSize(1);
        assertThat(List.copyOf(settings.allowedRoots())).containsExactly(workingDirectory);
    }
}
