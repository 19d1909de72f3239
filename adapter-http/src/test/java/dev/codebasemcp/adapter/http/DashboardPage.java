package dev.codebasemcp.adapter.http;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The dashboard as a user works it: each method does one thing a person would do and waits for the page. */
public final class DashboardPage {

    private final WebDriver browser;
    private final WebDriverWait wait;

    public DashboardPage(WebDriver browser, String baseUrl, Duration patience) {
        this.browser = browser;
        this.wait = new WebDriverWait(browser, patience);
        browser.get(baseUrl + "/");
    }

    /** Waits until the page reports that the server wants a token. */
    public void awaitTokenRequest() {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("jobs-message"), "token"));
    }

    public void useToken(String token) {
        browser.findElement(By.id("token")).sendKeys(token);
        browser.findElement(By.cssSelector("#token-form button")).click();
    }

    /** Submits the start form and waits for the confirmation; returns its text. */
    public String startIndexing(String repoPath) {
        browser.findElement(By.id("repo-path")).sendKeys(repoPath);
        browser.findElement(By.cssSelector("#start-form button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("start-message"), "job"));
        return browser.findElement(By.id("start-message")).getText();
    }

    /** Waits until the jobs table shows a completed job and returns what its row shows. */
    public JobRow awaitCompletedJob() {
        return awaitRow("#jobs-body tr[data-status='completed']");
    }

    /** Waits until the job's row shows it running and returns what the row shows. */
    public JobRow awaitRunningJob(String jobId) {
        return awaitRow(rowOf(jobId) + "[data-status='running']");
    }

    /** Clicks the Cancel button of the job's row and waits until the table shows the job cancelled. */
    public JobRow cancel(String jobId) {
        // The table is redrawn at every refresh: find and click in one step, again if the row was replaced.
        wait.ignoring(StaleElementReferenceException.class).until(driver -> {
            driver.findElement(By.cssSelector(rowOf(jobId) + " button.cancel")).click();
            return true;
        });
        return awaitRow(rowOf(jobId) + "[data-status='cancelled']");
    }

    /** Searches and returns the first hit once results are shown. */
    public SearchHit search(String query) {
        browser.findElement(By.id("search-q")).sendKeys(query);
        browser.findElement(By.cssSelector("#search-form button")).click();
        WebElement hit = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#search-results .hit")));
        return new SearchHit(hit.findElement(By.cssSelector(".file")).getText(),
                hit.findElements(By.cssSelector("div.match mark")).stream().map(WebElement::getText).toList());
    }

    /** Waits until the database banner is shown and returns its text. */
    public String awaitDatabaseBanner() {
        return wait.until(driver -> {
            WebElement banner = driver.findElement(By.id("db-banner"));
            return banner.isDisplayed() ? banner.getText() : null;
        });
    }

    /** Waits until the database banner is hidden again. */
    public void awaitNoDatabaseBanner() {
        wait.until(driver -> !driver.findElement(By.id("db-banner")).isDisplayed());
    }

    private static String rowOf(String jobId) {
        return "#jobs-body tr[data-job-id='" + jobId + "']";
    }

    /** Reads the row in one step, so a redraw between finding and reading only means reading again. */
    private JobRow awaitRow(String selector) {
        return wait.ignoring(StaleElementReferenceException.class).until(driver -> {
            List<WebElement> rows = driver.findElements(By.cssSelector(selector));
            if (rows.isEmpty()) {
                return null;
            }
            WebElement row = rows.getFirst();
            return new JobRow(row.getDomAttribute("data-job-id"), row.getDomAttribute("data-status"),
                    row.findElement(By.cssSelector("td.path")).getText(),
                    row.findElement(By.cssSelector("td.files")).getText(),
                    row.findElement(By.cssSelector("td.chunks")).getText(),
                    row.findElement(By.cssSelector("td.eta")).getText(),
                    !row.findElements(By.cssSelector("button.cancel")).isEmpty());
        });
    }

    /** What one row of the jobs table shows. */
    public record JobRow(String jobId, String status, String repoPath, String files, String chunks, String eta,
                         boolean cancellable) {
    }

    /** What one search result shows: its file:line heading and the highlighted parts of its matching lines. */
    public record SearchHit(String location, List<String> highlighted) {
    }

    public void screenshot(Path target) throws IOException {
        Path taken = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.createDirectories(target.toAbsolutePath().getParent());
        Files.copy(taken, target, StandardCopyOption.REPLACE_EXISTING);
    }
}
