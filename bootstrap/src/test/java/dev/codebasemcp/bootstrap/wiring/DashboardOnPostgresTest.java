package dev.codebasemcp.bootstrap.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.codebasemcp.adapter.http.DashboardPage;
import dev.codebasemcp.adapter.http.HeadlessChromium;
import dev.codebasemcp.adapter.http.PrometheusMetrics;
import dev.codebasemcp.bootstrap.config.Settings;
import dev.codebasemcp.bootstrap.config.SettingsLoader;
import dev.codebasemcp.persistence.jooq.testing.TestDatabase;
import dev.codebasemcp.persistence.jooq.testing.TestDatabases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebDriver;

/**
 * The dashboard in headless Chromium over the whole stack as {@code serve} runs it: PostgreSQL,
 * the job worker, the file-system indexer and the search. Starts a job on a small repository, sees
 * it complete, finds a line, and keeps a screenshot in target/.
 */
class DashboardOnPostgresTest {

    private static final String TOKEN = "dashboard-token";

    @TempDir
    Path home;

    @TempDir
    Path repository;

    @TempDir
    Path profile;

    private TestDatabase database;
    private CodebaseMcpApplication application;
    private HttpServer server;
    private WebDriver browser;

    @BeforeEach
    void start() throws IOException {
        assumeTrue(HeadlessChromium.available(), HeadlessChromium.SKIP_MESSAGE);
        database = TestDatabases.migrated();
        Settings settings = new SettingsLoader(Map.of("CODEBASE_HOME", home.toString(),
                "CODEBASE_DATABASE_URL", database.jdbcUrl(), "CODEBASE_HTTP_TOKEN", TOKEN), home, home).load();
        PrometheusMetrics metrics = new PrometheusMetrics();
        application = Wiring.open(settings, HttpServer.metricsOptions(metrics, Clock.systemUTC()));
        application.startWorker();
        server = HttpServer.start(application, metrics, "127.0.0.1", 0, "test");
        writeRepository();
        browser = HeadlessChromium.start(profile);
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
        if (application != null) {
            application.close();
        }
        if (database != null) {
            database.close();
        }
    }

    private void writeRepository() throws IOException {
        Files.createDirectories(repository.resolve("src/main/java/demo"));
        Files.writeString(repository.resolve("src/main/java/demo/Greeter.java"), """
                package demo;

                /** Says hello. */
                public final class Greeter {

                    public String greetEveryone(String name) {
                        return "Hello, " + name;
                    }
                }
                """);
        Files.writeString(repository.resolve("src/main/java/demo/Main.java"), """
                package demo;

                public final class Main {
                    public static void main(String[] args) {
                        System.out.println(new Greeter().greetEveryone("world"));
                    }
                }
                """);
        Files.writeString(repository.resolve("README.md"), "# Demo\n\nGreets everyone politely.\n");
    }

    @Test
    void startsJobSeesItCompleteAndFindsTheLine() throws IOException {
        DashboardPage page = new DashboardPage(browser, "http://127.0.0.1:" + server.port(), Duration.ofSeconds(60));
        page.awaitTokenRequest();
        page.useToken(TOKEN);

        assertThat(page.startIndexing(repository.toString())).startsWith("Queued job");

        DashboardPage.JobRow row = page.awaitCompletedJob();
        assertThat(row.repoPath()).isEqualTo(repository.toRealPath().toString());
        assertThat(row.files()).isEqualTo("3");

        DashboardPage.SearchHit hit = page.search("greet everyone");
        assertThat(hit.location()).startsWith("src/main/java/demo/Greeter.java:");
        assertThat(hit.highlighted()).isNotEmpty();

        page.screenshot(Path.of("target", "dashboard.png"));
    }
}
