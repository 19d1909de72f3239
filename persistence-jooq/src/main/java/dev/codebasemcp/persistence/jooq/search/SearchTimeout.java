package dev.codebasemcp.persistence.jooq.search;

import dev.codebasemcp.domain.InvalidInputException;
import java.time.Duration;
import java.util.Map;

/** The statement timeout of a search, from {@value #VARIABLE} (milliseconds, default {@value #DEFAULT_MILLIS}). */
public final class SearchTimeout {

    public static final String VARIABLE = "CODEBASE_SEARCH_TIMEOUT_MS";
    public static final long DEFAULT_MILLIS = 5000;
    public static final long MAX_MILLIS = 600_000;

    private SearchTimeout() {
    }

    public static Duration fromEnvironment(Map<String, String> environment) {
        String value = environment.get(VARIABLE);
        if (value == null || value.isBlank()) {
            return Duration.ofMillis(DEFAULT_MILLIS);
        }
        try {
            long millis = Long.parseLong(value.strip());
            if (millis >= 1 && millis <= MAX_MILLIS) {
                return Duration.ofMillis(millis);
            }
        } catch (NumberFormatException notANumber) {
            // reported below with the allowed range
        }
        throw new InvalidInputException(VARIABLE, VARIABLE + " must be a whole number of milliseconds between 1 and "
                + MAX_MILLIS + ", got: '" + value + "'");
    }
}
