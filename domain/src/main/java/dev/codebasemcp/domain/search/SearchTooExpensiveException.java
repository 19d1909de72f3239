package dev.codebasemcp.domain.search;

import java.time.Duration;

/** A search that did not finish within its time budget; the database stopped it. */
public final class SearchTooExpensiveException extends RuntimeException {

    private final Duration timeout;

    public SearchTooExpensiveException(Duration timeout, Throwable cause) {
        super("Search query too expensive: timed out after " + timeout.toMillis() + " ms. Make the query more"
                + " specific (longer literal text, fewer wildcards) or narrow it with path_glob, language or repo_path.",
                cause);
        this.timeout = timeout;
    }

    public Duration timeout() {
        return timeout;
    }
}
