package dev.codebasemcp.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebDriver;

/** The dashboard in headless Chromium over fake use cases: token, start a job, watch it complete, search. */
class DashboardBrowserTest {

    private static final String TOKEN = "browser-test-token";

    @TempDir
    Path profile;

    private final FakeIndexing indexing = new FakeIndexing();
    private FakeWorker worker;
    private HttpApi api;
    private WebDriver browser;

    @BeforeEach
    void startServerAndBrowser() {
        assumeTrue(HeadlessChromium.available(), HeadlessChromium.SKIP_MESSAGE);
        worker = new FakeWorker(indexing);
        api = new HttpApi(indexing.useCases(), new PrometheusMetrics(), List.of(), TOKEN).start("127.0.0.1", 0);
        browser = HeadlessChromium.start(profile);
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (api != null) {
            api.stop();
        }
        if (worker != null) {
            worker.close();
        }
    }

    @Test
    void startsJobSeesItCompleteAndFindsCode() throws Exception {
        DashboardPage page = new DashboardPage(browser, "http://127.0.0.1:" + api.port(), Duration.ofSeconds(20));
        page.awaitTokenRequest();
        page.useToken(TOKEN);

        assertThat(page.startIndexing("/srv/repos/small")).startsWith("Queued job");

        DashboardPage.JobRow row = page.awaitCompletedJob();
        assertThat(row.repoPath()).isEqualTo("/srv/repos/small");
        assertThat(row.files()).isEqualTo("12");
        assertThat(row.chunks()).isEqualTo("48");
        assertThat(row.cancellable()).isFalse();

        DashboardPage.SearchHit hit = page.search("resize");
        assertThat(hit.location()).isEqualTo("src/Main.java:12");
        assertThat(hit.highlighted()).containsExactly("resize");

        page.screenshot(Path.of("target", "dashboard-fakes.png"));
    }

    @Test
    void cancelButtonStopsARunningJob() {
        DashboardPage page = new DashboardPage(browser, "http://127.0.0.1:" + api.port(), Duration.ofSeconds(20));
        page.awaitTokenRequest();
        page.useToken(TOKEN);
        String message = page.startIndexing("/srv/repos/big" + FakeWorker.SLOW_SUFFIX);
        String jobId = message.substring(message.lastIndexOf(' ') + 1);

        DashboardPage.JobRow running = page.awaitRunningJob(jobId);
        assertThat(running.files()).isEqualTo("6 / 12");
        assertThat(running.eta()).isEqualTo("42 s");
        assertThat(running.cancellable()).isTrue();

        DashboardPage.JobRow cancelled = page.cancel(jobId);
        assertThat(cancelled.cancellable()).isFalse();
    }

    @Test
    void showsABannerWhileTheDatabaseIsUnreachableAndHidesItOnceItIsBack() {
        DashboardPage page = new DashboardPage(browser, "http://127.0.0.1:" + api.port(), Duration.ofSeconds(20));
        page.awaitTokenRequest();
        page.useToken(TOKEN);

        indexing.databaseDown = true;
        assertThat(page.awaitDatabaseBanner()).startsWith("Database unreachable:").contains("Connection refused");

        indexing.databaseDown = false;
        page.awaitNoDatabaseBanner();
    }
}
