package dev.codebasemcp.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Drives the dashboard in headless Chromium (Debian's chromium and chromium-driver; nothing is
 * downloaded): token, start a job, watch it complete, search, and keep a screenshot in target/.
 */
class DashboardBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String TOKEN = "browser-test-token";

    @TempDir
    Path profile;

    private final FakeIndexing indexing = new FakeIndexing();
    private FakeWorker worker;
    private HttpApi api;
    private WebDriver browser;

    @BeforeEach
    void startServerAndBrowser() {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Skipped: the dashboard browser test needs Chromium at " + CHROMIUM + " and its driver at " + CHROMEDRIVER
                        + " (Debian: apt-get install chromium chromium-driver)");
        worker = new FakeWorker(indexing);
        api = new HttpApi(indexing.useCases(), new PrometheusMetrics(), List.of(), TOKEN).start("127.0.0.1", 0);
        browser = headlessChromium(profile);
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
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get("http://127.0.0.1:" + api.port() + "/");

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("jobs-message"), "token"));
        browser.findElement(By.id("token")).sendKeys(TOKEN);
        browser.findElement(By.cssSelector("#token-form button")).click();

        browser.findElement(By.id("repo-path")).sendKeys("/srv/repos/small");
        browser.findElement(By.cssSelector("#start-form button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("start-message"), "Queued job"));

        WebElement row = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#jobs-body tr[data-status='completed']")));
        assertThat(row.findElement(By.cssSelector("td.path")).getText()).isEqualTo("/srv/repos/small");
        assertThat(row.findElement(By.cssSelector("td.files")).getText()).isEqualTo("12");
        assertThat(row.findElement(By.cssSelector("td.chunks")).getText()).isEqualTo("48");

        browser.findElement(By.id("search-q")).sendKeys("resize");
        browser.findElement(By.cssSelector("#search-form button")).click();
        WebElement hit = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#search-results .hit")));
        assertThat(hit.findElement(By.cssSelector(".file")).getText()).isEqualTo("src/Main.java:12");
        assertThat(hit.findElement(By.cssSelector("div.match mark")).getText()).isEqualTo("resize");

        File screenshot = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(screenshot.toPath(), Path.of("target", "dashboard.png"), StandardCopyOption.REPLACE_EXISTING);
    }

    static WebDriver headlessChromium(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1360,900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }
}
