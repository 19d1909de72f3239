package dev.codebasemcp.adapter.http;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
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

    /** Waits until the jobs table shows a completed job and returns its row. */
    public WebElement awaitCompletedJob() {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#jobs-body tr[data-status='completed']")));
    }

    /** Searches and returns the first hit once results are shown. */
    public WebElement search(String query) {
        browser.findElement(By.id("search-q")).sendKeys(query);
        browser.findElement(By.cssSelector("#search-form button")).click();
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#search-results .hit")));
    }

    public void screenshot(Path target) throws IOException {
        Path taken = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.createDirectories(target.toAbsolutePath().getParent());
        Files.copy(taken, target, StandardCopyOption.REPLACE_EXISTING);
    }
}
