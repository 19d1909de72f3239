package dev.codebasemcp.domain.search;

import dev.codebasemcp.domain.InvalidInputException;

/**
 * A file-path filter in glob syntax, matched against paths relative to the repository root
 * ({@code src/main/App.java}, always with {@code /}).
 *
 * <ul>
 *   <li>{@code *} matches any characters except {@code /}; {@code ?} one character except {@code /};</li>
 *   <li>{@code **} matches across directories: {@code src/**}{@code /*.java}, {@code **}{@code /test/**};</li>
 *   <li>{@code [abc]}, {@code [a-z]}, {@code [!abc]} match one character from (or not from) a set;</li>
 *   <li>{@code {java,kt}} matches one of the comma-separated alternatives (not nested);</li>
 *   <li>a glob without {@code /} matches the file name in any directory ({@code *.java});
 *       a glob with {@code /} matches the whole path from the root (a leading {@code /} is optional);
 *       a trailing {@code /} matches everything below that directory ({@code src/test/}).</li>
 * </ul>
 *
 * @param glob the glob as the user wrote it
 */
public record PathGlob(String glob) {

    public static final int MAX_LENGTH = 500;

    public PathGlob {
        if (glob == null || glob.isBlank()) {
            throw invalid(glob, "must not be blank");
        }
        if (glob.length() > MAX_LENGTH) {
            throw invalid(glob, "is longer than " + MAX_LENGTH + " characters");
        }
        toRegex(glob);
    }

    /**
     * The glob as a regular expression over the whole relative path, anchored at both ends, written so
     * that PostgreSQL (ARE) and {@link java.util.regex.Pattern} read it the same way.
     */
    public String regex() {
        return toRegex(glob);
    }

    private static String toRegex(String glob) {
        String pattern = glob.startsWith("/") ? glob.substring(1) : glob;
        if (pattern.endsWith("/")) {
            pattern = pattern + "**";
        }
        StringBuilder regex = new StringBuilder("^");
        if (pattern.indexOf('/') < 0) {
            regex.append("(?:.*/)?");
        }
        translate(glob, pattern, regex, false);
        return regex.append('$').toString();
    }

    private static void translate(String glob, String pattern, StringBuilder regex, boolean inBraces) {
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c == '*') {
                boolean doubleStar = i + 1 < pattern.length() && pattern.charAt(i + 1) == '*';
                if (doubleStar && pattern.startsWith("**/", i) && (i == 0 || pattern.charAt(i - 1) == '/')) {
                    regex.append("(?:.*/)?");
                    i += 3;
                } else if (doubleStar) {
                    regex.append(".*");
                    i += 2;
                } else {
                    regex.append("[^/]*");
                    i++;
                }
            } else if (c == '?') {
                regex.append("[^/]");
                i++;
            } else if (c == '[') {
                i = characterClass(glob, pattern, i, regex);
            } else if (c == '{') {
                if (inBraces) {
                    throw invalid(glob, "has nested braces {}, which are not supported");
                }
                i = alternatives(glob, pattern, i, regex);
            } else if (c == '}') {
                throw invalid(glob, "has an unbalanced '" + c + "'");
            } else {
                appendLiteral(regex, c);
                i++;
            }
        }
    }

    private static int characterClass(String glob, String pattern, int open, StringBuilder regex) {
        int i = open + 1;
        StringBuilder set = new StringBuilder("[");
        if (i < pattern.length() && (pattern.charAt(i) == '!' || pattern.charAt(i) == '^')) {
            set.append('^');
            i++;
        }
        int firstMember = i;
        while (i < pattern.length() && (pattern.charAt(i) != ']' || i == firstMember)) {
            char c = pattern.charAt(i);
            if (c == '-' && i > firstMember && i + 1 < pattern.length() && pattern.charAt(i + 1) != ']') {
                if (pattern.charAt(i + 1) < pattern.charAt(i - 1)) {
                    throw invalid(glob, "has an invalid range '" + pattern.charAt(i - 1) + "-" + pattern.charAt(i + 1) + "'");
                }
                set.append('-');
            } else if (Character.isLetterOrDigit(c)) {
                set.append(c);
            } else {
                set.append('\\').append(c);
            }
            i++;
        }
        if (i >= pattern.length()) {
            throw invalid(glob, "has an unclosed '['");
        }
        regex.append(set).append(']');
        return i + 1;
    }

    private static int alternatives(String glob, String pattern, int open, StringBuilder regex) {
        int close = pattern.indexOf('}', open);
        if (close < 0) {
            throw invalid(glob, "has an unclosed '{'");
        }
        regex.append("(?:");
        String[] options = pattern.substring(open + 1, close).split(",", -1);
        for (int n = 0; n < options.length; n++) {
            if (n > 0) {
                regex.append('|');
            }
            translate(glob, options[n], regex, true);
        }
        regex.append(')');
        return close + 1;
    }

    private static void appendLiteral(StringBuilder regex, char c) {
        if (!Character.isLetterOrDigit(c) && c != '/' && c != ' ' && c < 128) {
            regex.append('\\');
        }
        regex.append(c);
    }

    private static InvalidInputException invalid(String glob, String problem) {
        return new InvalidInputException("path_glob", "Invalid path_glob '" + glob + "': it " + problem
                + " (use *, **, ?, [abc], {a,b}; for example src/**/*.java or *.py)");
    }
}
