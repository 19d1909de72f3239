package dev.codebasemcp.domain.search;

import dev.codebasemcp.domain.InvalidInputException;
import java.util.Locale;

/** How a search query is read. */
public enum SearchMode {
    /** Ranked search over code-aware tokens ({@link CodeTokens}). */
    TEXT,
    /** Exact substring of a line. */
    LITERAL,
    /** PostgreSQL advanced regular expression (ARE) matched against each line. */
    REGEX;

    public static final SearchMode DEFAULT = TEXT;

    /** Parses {@code text}, {@code literal} or {@code regex} (any case); null or blank gives {@link #DEFAULT}. */
    public static SearchMode parse(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT;
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidInputException("mode", "Invalid mode: '" + value + "' (allowed: text, literal, regex)");
        }
    }

    /** The name as the interfaces spell it. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
