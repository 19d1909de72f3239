package dev.codebasemcp.domain.search;

/**
 * What a trigram index can use. PostgreSQL's pg_trgm builds trigrams from runs of letters and digits
 * only, so a pattern narrows a search only when every match must contain at least
 * {@value #MIN_RUN} consecutive letters or digits.
 */
public final class TrigramText {

    public static final int MIN_RUN = 3;

    private TrigramText() {
    }

    public static boolean isTrigramChar(char c) {
        return Character.isLetterOrDigit(c);
    }

    /** Length of the longest run of letters and digits in {@code text}. */
    public static int longestRun(CharSequence text) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = isTrigramChar(text.charAt(i)) ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }
}
