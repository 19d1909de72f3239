package dev.codebasemcp.domain.search;

import dev.codebasemcp.domain.InvalidInputException;

/**
 * Translates a regular expression written the way users and assistants write them (ripgrep / RE2 / Java
 * syntax) into PostgreSQL's ARE with the same meaning for one line of text, or refuses it with a message
 * that names the construct. Nothing is silently reinterpreted.
 *
 * <p>Translated: {@code \b} to {@code \y}, {@code \B} to {@code \Y} (word boundaries; in an ARE {@code \b}
 * is a backspace), {@code \A} to {@code ^} and {@code \z}/{@code \Z} to {@code $} (search matches one line at
 * a time), named groups {@code (?P<name>...)}/{@code (?<name>...)} to plain groups, {@code \x{HHHH}} to
 * {@code \U0000HHHH}, {@code \Q...\E} to escaped literal text, and the flags {@code (?m)} and {@code (?s)} at
 * the start are dropped (a line has no inner line breaks). Kept as they are, because an ARE means the same:
 * {@code \d \D \w \W \s \S}, {@code \t \n \r \f \v \e}, {@code \xHH}, {@code &#92;uHHHH}, escaped punctuation,
 * {@code (?:...)}, lookahead {@code (?=...)}/{@code (?!...)}, lookbehind, lazy quantifiers, {@code (?i)} at the
 * start, bracket expressions.
 *
 * <p>Refused: inline flags anywhere but the start and scoped flags {@code (?i:...)}, possessive quantifiers
 * ({@code *+ ++ ?+}), Unicode classes ({@code \p{..}}, {@code \P{..}}), {@code \h \H \R \X \G \K}, {@code \< \>},
 * PostgreSQL-only escapes ({@code \y \Y \m \M}), and any other escaped letter.
 */
public final class RegexSyntax {

    private RegexSyntax() {
    }

    /** @throws InvalidInputException on field {@code query} for a construct PostgreSQL cannot run as meant */
    public static String toPostgres(String pattern) {
        StringBuilder out = new StringBuilder(pattern.length() + 8);
        int i = leadingFlags(pattern, out);
        boolean inBracket = false;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c == '\\') {
                i = escape(pattern, i, inBracket, out);
                continue;
            }
            if (inBracket) {
                if (c == ']' && !bracketJustOpened(pattern, i)) {
                    inBracket = false;
                } else if (c == '[' && i + 1 < pattern.length() && ":=.".indexOf(pattern.charAt(i + 1)) >= 0) {
                    int close = pattern.indexOf(pattern.charAt(i + 1) + "]", i + 2);
                    if (close > 0) {
                        out.append(pattern, i, close + 2);
                        i = close + 2;
                        continue;
                    }
                }
                out.append(c);
                i++;
                continue;
            }
            if (c == '[') {
                inBracket = true;
                out.append(c);
                i++;
                if (i < pattern.length() && pattern.charAt(i) == '^') {
                    out.append('^');
                    i++;
                }
                if (i < pattern.length() && pattern.charAt(i) == ']') {
                    out.append(']');
                    i++;
                }
                continue;
            }
            if (c == '(' && i + 1 < pattern.length() && pattern.charAt(i + 1) == '?') {
                i = group(pattern, i, out);
                continue;
            }
            if ((c == '*' || c == '+' || c == '?' || c == '}') && i + 1 < pattern.length() && pattern.charAt(i + 1) == '+') {
                throw refuse("possessive quantifier '" + c + "+' is not supported; use '" + c + "'");
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    private static boolean bracketJustOpened(String pattern, int i) {
        return pattern.charAt(i - 1) == '[' || (pattern.charAt(i - 1) == '^' && i >= 2 && pattern.charAt(i - 2) == '[');
    }

    /** Leading {@code (?flags)}: i and c are kept for the ARE, m and s dropped. */
    private static int leadingFlags(String pattern, StringBuilder out) {
        if (!pattern.startsWith("(?")) {
            return 0;
        }
        int close = pattern.indexOf(')');
        if (close < 0 || !pattern.substring(2, close).matches("[a-zA-Z]+")) {
            return 0;
        }
        StringBuilder kept = new StringBuilder();
        for (char flag : pattern.substring(2, close).toCharArray()) {
            switch (flag) {
                case 'i', 'c' -> kept.append(flag);
                case 'm', 's' -> {
                    // One line at a time: multi-line anchors and dot-all change nothing.
                }
                default -> throw refuse("flag '" + flag + "' in '(?" + pattern.substring(2, close)
                        + ")' is not supported (supported: i, m, s)");
            }
        }
        if (!kept.isEmpty()) {
            out.append("(?").append(kept).append(')');
        }
        return close + 1;
    }

    private static int group(String pattern, int i, StringBuilder out) {
        String rest = pattern.substring(i + 2);
        if (rest.startsWith(":") || rest.startsWith("=") || rest.startsWith("!") || rest.startsWith("<=")
                || rest.startsWith("<!")) {
            out.append("(?");
            return i + 2;
        }
        if (rest.startsWith("P<") || rest.startsWith("<")) {
            int close = pattern.indexOf('>', i);
            if (close < 0) {
                throw refuse("named group at position " + (i + 1) + " has no closing '>'");
            }
            out.append('(');
            return close + 1;
        }
        throw refuse("'(?" + (rest.isEmpty() ? "" : rest.substring(0, Math.min(rest.length(), 3)))
                + "' at position " + (i + 1) + " is not supported: flags only at the very start, as (?i),"
                + " and groups as (...), (?:...), (?=...), (?!...), (?<=...), (?<!...), (?P<name>...)");
    }

    private static int escape(String pattern, int i, boolean inBracket, StringBuilder out) {
        if (i + 1 >= pattern.length()) {
            throw refuse("the pattern ends with a lone backslash");
        }
        char e = pattern.charAt(i + 1);
        switch (e) {
            case 'b' -> out.append(inBracket ? "\\b" : "\\y");
            case 'B' -> out.append(refuseInBracket(inBracket, e, "\\Y"));
            case 'A' -> out.append(refuseInBracket(inBracket, e, "^"));
            case 'z', 'Z' -> out.append(refuseInBracket(inBracket, e, "$"));
            case 'd', 'D', 'w', 'W', 's', 'S', 't', 'n', 'r', 'f', 'v', 'e', 'a' -> out.append('\\').append(e);
            case 'x' -> {
                if (i + 2 < pattern.length() && pattern.charAt(i + 2) == '{') {
                    int close = pattern.indexOf('}', i);
                    String hex = close < 0 ? "" : pattern.substring(i + 3, close);
                    if (!hex.matches("[0-9a-fA-F]{1,8}")) {
                        throw refuse("'\\x{...}' needs 1 to 8 hexadecimal digits");
                    }
                    out.append("\\U").append("0".repeat(8 - hex.length())).append(hex);
                    return close + 1;
                }
                out.append("\\x");
            }
            case 'u' -> out.append("\\u");
            case 'Q' -> {
                int end = pattern.indexOf("\\E", i + 2);
                String literal = pattern.substring(i + 2, end < 0 ? pattern.length() : end);
                for (char c : literal.toCharArray()) {
                    if (!Character.isLetterOrDigit(c) && c != ' ' && c != '_') {
                        out.append('\\');
                    }
                    out.append(c);
                }
                return end < 0 ? pattern.length() : end + 2;
            }
            case 'p', 'P' -> throw refuse("Unicode classes ('\\" + e + "{...}') are not supported;"
                    + " use a bracket expression such as [[:alpha:]] or [[:digit:]]");
            case 'y', 'Y', 'm', 'M' -> throw refuse("'\\" + e + "' is not a ripgrep/RE2/Java escape"
                    + " (for a word boundary write \\b)");
            default -> {
                if (Character.isLetter(e)) {
                    throw refuse("the escape '\\" + e + "' is not supported");
                }
                if (Character.isDigit(e)) {
                    if (inBracket || e == '0') {
                        throw refuse("the escape '\\" + e + "' is not supported here");
                    }
                    out.append('\\').append(e);
                } else if (e == '<' || e == '>') {
                    throw refuse("'\\" + e + "' is not supported; for a word boundary write \\b");
                } else {
                    out.append('\\').append(e);
                }
            }
        }
        return i + 2;
    }

    private static String refuseInBracket(boolean inBracket, char escape, String translation) {
        if (inBracket) {
            throw refuse("'\\" + escape + "' cannot stand inside a bracket expression");
        }
        return translation;
    }

    private static InvalidInputException refuse(String reason) {
        return new InvalidInputException("query", "Unsupported regular expression: " + reason);
    }
}
