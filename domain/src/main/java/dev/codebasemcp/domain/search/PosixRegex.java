package dev.codebasemcp.domain.search;

import dev.codebasemcp.domain.InvalidInputException;
import java.util.Set;

/**
 * A regular expression in PostgreSQL's advanced (ARE) syntax, checked before it reaches the database.
 *
 * <p>The check follows the ARE grammar of the PostgreSQL manual (section "POSIX Regular Expressions"):
 * balanced parentheses and brackets, valid escapes, character classes and ranges, quantifiers with an
 * operand, bounds {@code {m}}, {@code {m,}}, {@code {m,n}} with {@code m <= n <= 255}, back references
 * to earlier groups. Errors use PostgreSQL's own wording so the user sees the same message either way.
 * A pattern may start with {@code (?i)} (case-insensitive) or {@code (?c)}; other embedded options and
 * the {@code ***} directors are refused, because search matches line by line in newline-sensitive mode.
 *
 * <p>It also works out {@link #requiredRun()}: a lower bound on the run of letters and digits every
 * match contains, which tells whether a trigram index can narrow the search.
 */
public final class PosixRegex {

    private static final int DUPMAX = 255;
    private static final Set<String> CLASS_NAMES = Set.of("alnum", "alpha", "blank", "cntrl", "digit", "graph",
            "lower", "print", "punct", "space", "upper", "xdigit", "word");

    private final String pattern;
    private final String body;
    private final boolean caseInsensitive;
    private final int requiredRun;

    private PosixRegex(String pattern, String body, boolean caseInsensitive, int requiredRun) {
        this.pattern = pattern;
        this.body = body;
        this.caseInsensitive = caseInsensitive;
        this.requiredRun = requiredRun;
    }

    /** @throws InvalidInputException on field {@code query} when the pattern is not a valid ARE */
    public static PosixRegex parse(String pattern) {
        String body = pattern;
        boolean caseInsensitive = false;
        if (pattern.startsWith("***")) {
            throw invalid("the *** directors are not supported; write the pattern itself");
        }
        if (pattern.startsWith("(?") && pattern.length() > 2 && Character.isLetter(pattern.charAt(2))) {
            int close = pattern.indexOf(')');
            if (close < 0) {
                throw invalid("parentheses () not balanced");
            }
            for (char option : pattern.substring(2, close).toCharArray()) {
                switch (option) {
                    case 'i' -> caseInsensitive = true;
                    case 'c' -> caseInsensitive = false;
                    default -> throw invalid("embedded option '" + option
                            + "' is not supported (only (?i) and (?c); use case_sensitive instead)");
                }
            }
            body = pattern.substring(close + 1);
        }
        Run run = new Parser(body).parseAll();
        return new PosixRegex(pattern, body, caseInsensitive, run.best);
    }

    public String pattern() {
        return pattern;
    }

    /** The pattern without its leading embedded options. */
    public String body() {
        return body;
    }

    /** Whether the pattern began with {@code (?i)}. */
    public boolean caseInsensitive() {
        return caseInsensitive;
    }

    /** Every match contains a run of at least this many letters or digits (a lower bound). */
    public int requiredRun() {
        return requiredRun;
    }

    private static InvalidInputException invalid(String reason) {
        return new InvalidInputException("query", "Invalid regular expression: " + reason);
    }

    /**
     * The guaranteed runs of letters and digits of a sub-expression: at its start, at its end, anywhere;
     * {@code whole} is set when the sub-expression is exactly such a run (zero-width ones have length 0).
     */
    private record Run(int prefix, int suffix, int best, boolean whole) {
        static final Run NONE = new Run(0, 0, 0, false);
        static final Run EMPTY = new Run(0, 0, 0, true);
        static final Run ONE = new Run(1, 1, 1, true);

        Run then(Run next) {
            if (whole && next.whole) {
                int length = prefix + next.prefix;
                return new Run(length, length, length, true);
            }
            int start = whole ? prefix + next.prefix : prefix;
            int end = next.whole ? suffix + next.suffix : next.suffix;
            return new Run(start, end, Math.max(Math.max(best, next.best), suffix + next.prefix), false);
        }

        Run or(Run other) {
            return new Run(Math.min(prefix, other.prefix), Math.min(suffix, other.suffix),
                    Math.min(best, other.best), false);
        }

        Run repeated() {
            return new Run(prefix, suffix, best, false);
        }
    }

    private static final class Parser {
        private final String p;
        private int i;
        private int depth;
        private int groups;

        Parser(String p) {
            this.p = p;
        }

        Run parseAll() {
            Run run = alternation();
            if (i < p.length()) {
                throw invalid("parentheses () not balanced");
            }
            return run;
        }

        private Run alternation() {
            Run run = sequence();
            while (i < p.length() && p.charAt(i) == '|') {
                i++;
                run = run.or(sequence());
            }
            return run;
        }

        private Run sequence() {
            Run run = Run.EMPTY;
            while (i < p.length() && p.charAt(i) != '|' && !(p.charAt(i) == ')' && depth > 0)) {
                run = run.then(quantified());
            }
            return run;
        }

        private Run quantified() {
            char c = p.charAt(i);
            if (c == '*' || c == '+' || c == '?' || (c == '{' && boundAhead())) {
                throw invalid("quantifier operand invalid");
            }
            boolean zeroWidth = c == '^' || c == '$' || lookaround() || constraintEscape();
            Run atom = atom();
            if (i >= p.length() || !quantifierAhead()) {
                return atom;
            }
            if (zeroWidth) {
                throw invalid("quantifier operand invalid");
            }
            int min = quantifier();
            if (i < p.length() && p.charAt(i) == '?') {
                i++;
            }
            if (i < p.length() && quantifierAhead()) {
                throw invalid("quantifier operand invalid");
            }
            return min == 0 ? Run.NONE : atom.repeated();
        }

        private boolean quantifierAhead() {
            char c = p.charAt(i);
            return c == '*' || c == '+' || c == '?' || (c == '{' && boundAhead());
        }

        /** A '{' followed by a digit starts a bound; any other '{' is an ordinary character. */
        private boolean boundAhead() {
            return i + 1 < p.length() && Character.isDigit(p.charAt(i + 1));
        }

        private boolean lookaround() {
            return p.startsWith("(?=", i) || p.startsWith("(?!", i) || p.startsWith("(?<=", i) || p.startsWith("(?<!", i);
        }

        private boolean constraintEscape() {
            return p.charAt(i) == '\\' && i + 1 < p.length() && "AZmMyY".indexOf(p.charAt(i + 1)) >= 0;
        }

        /** Consumes a quantifier and returns its minimum count. */
        private int quantifier() {
            char c = p.charAt(i++);
            if (c != '{') {
                return c == '+' ? 1 : 0;
            }
            int min = number();
            int max = min;
            if (i < p.length() && p.charAt(i) == ',') {
                i++;
                max = i < p.length() && Character.isDigit(p.charAt(i)) ? number() : DUPMAX;
            }
            if (i >= p.length() || p.charAt(i) != '}') {
                throw invalid("braces {} not balanced");
            }
            i++;
            if (min > max || max > DUPMAX) {
                throw invalid("invalid repetition count(s)");
            }
            return min;
        }

        private int number() {
            int start = i;
            while (i < p.length() && Character.isDigit(p.charAt(i))) {
                i++;
            }
            if (i == start) {
                throw invalid("braces {} not balanced");
            }
            String digits = p.substring(start, i);
            return digits.length() > 4 ? DUPMAX + 1 : Integer.parseInt(digits);
        }

        private Run atom() {
            char c = p.charAt(i);
            switch (c) {
                case '(' -> {
                    return group();
                }
                case ')' -> throw invalid("parentheses () not balanced");
                case '[' -> {
                    bracket();
                    return Run.NONE;
                }
                case '.' -> {
                    i++;
                    return Run.NONE;
                }
                case '^', '$' -> {
                    i++;
                    return Run.EMPTY;
                }
                case '\\' -> {
                    return escape();
                }
                default -> {
                    i++;
                    return TrigramText.isTrigramChar(c) ? Run.ONE : Run.NONE;
                }
            }
        }

        private Run group() {
            boolean zeroWidth = lookaround();
            if (zeroWidth) {
                i += p.charAt(i + 2) == '<' ? 4 : 3;
            } else if (p.startsWith("(?:", i)) {
                i += 3;
            } else if (p.startsWith("(?", i)) {
                throw invalid("embedded options are allowed only at the start of the pattern");
            } else {
                i++;
                groups++;
            }
            depth++;
            Run inner = alternation();
            depth--;
            if (i >= p.length() || p.charAt(i) != ')') {
                throw invalid("parentheses () not balanced");
            }
            i++;
            return zeroWidth ? Run.EMPTY : inner;
        }

        private Run escape() {
            if (i + 1 >= p.length()) {
                throw invalid("invalid escape \\ sequence");
            }
            char c = p.charAt(i + 1);
            i += 2;
            if (!Character.isLetterOrDigit(c)) {
                return Run.NONE;
            }
            switch (c) {
                case 'a', 'b', 'B', 'e', 'f', 'n', 'r', 't', 'v', 'd', 's', 'w', 'D', 'S', 'W' -> {
                    return Run.NONE;
                }
                case 'A', 'Z', 'm', 'M', 'y', 'Y' -> {
                    return Run.EMPTY;
                }
                case 'c' -> {
                    if (i >= p.length()) {
                        throw invalid("invalid escape \\ sequence");
                    }
                    i++;
                    return Run.NONE;
                }
                case 'u' -> hexDigits(4, 4);
                case 'U' -> hexDigits(8, 8);
                case 'x' -> hexDigits(1, 8);
                case '0' -> skipDigits(2);
                default -> {
                    if (c >= '1' && c <= '9') {
                        backReference(c - '0');
                    } else {
                        throw invalid("invalid escape \\ sequence");
                    }
                }
            }
            return Run.NONE;
        }

        private void hexDigits(int min, int max) {
            int count = 0;
            while (count < max && i < p.length() && Character.digit(p.charAt(i), 16) >= 0) {
                i++;
                count++;
            }
            if (count < min) {
                throw invalid("invalid escape \\ sequence");
            }
        }

        private void skipDigits(int max) {
            for (int n = 0; n < max && i < p.length() && Character.isDigit(p.charAt(i)); n++) {
                i++;
            }
        }

        private void backReference(int firstDigit) {
            int number = firstDigit;
            while (i < p.length() && Character.isDigit(p.charAt(i)) && number * 10 + (p.charAt(i) - '0') <= groups) {
                number = number * 10 + (p.charAt(i++) - '0');
            }
            if (number > groups) {
                throw invalid("invalid backreference number");
            }
        }

        private void bracket() {
            i++;
            if (i < p.length() && p.charAt(i) == '^') {
                i++;
            }
            boolean first = true;
            int previous = -1;
            while (true) {
                if (i >= p.length()) {
                    throw invalid("brackets [] not balanced");
                }
                char c = p.charAt(i);
                if (c == ']' && !first) {
                    i++;
                    return;
                }
                boolean rangeDash = c == '-' && !first && i + 1 < p.length() && p.charAt(i + 1) != ']';
                if (rangeDash && previous < 0) {
                    throw invalid("invalid character range");
                }
                if (rangeDash) {
                    i++;
                    int end = bracketElement();
                    if (end < 0 || end < previous) {
                        throw invalid("invalid character range");
                    }
                    previous = -1;
                } else {
                    previous = bracketElement();
                }
                first = false;
            }
        }

        /** Consumes one element of a bracket expression; returns its character, or -1 for a class. */
        private int bracketElement() {
            char c = p.charAt(i);
            if (c == '[' && i + 1 < p.length() && ":.=".indexOf(p.charAt(i + 1)) >= 0) {
                char kind = p.charAt(i + 1);
                int close = p.indexOf(kind + "]", i + 2);
                if (close < 0) {
                    throw invalid("brackets [] not balanced");
                }
                String name = p.substring(i + 2, close);
                i = close + 2;
                if (kind == ':') {
                    if (!CLASS_NAMES.contains(name)) {
                        throw invalid("invalid character class");
                    }
                    return -1;
                }
                if (name.isEmpty()) {
                    throw invalid("invalid collating element");
                }
                // Multi-character names such as [.space.] are resolved by PostgreSQL; no range check here.
                return name.length() == 1 ? name.charAt(0) : -1;
            }
            if (c == '\\') {
                if (i + 1 >= p.length()) {
                    throw invalid("brackets [] not balanced");
                }
                char escaped = p.charAt(i + 1);
                i += 2;
                if ("dswDSW".indexOf(escaped) >= 0) {
                    return -1;
                }
                return switch (escaped) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    case 'r' -> '\r';
                    case 'f' -> '\f';
                    case 'v' -> 0x0B;
                    case 'a' -> 0x07;
                    case 'b' -> '\b';
                    case 'e' -> 0x1B;
                    default -> escapedInBracket(escaped);
                };
            }
            i++;
            return c;
        }

        private int escapedInBracket(char escaped) {
            if (!Character.isLetterOrDigit(escaped)) {
                return escaped;
            }
            int start = i;
            switch (escaped) {
                case 'u' -> hexDigits(4, 4);
                case 'U' -> hexDigits(8, 8);
                case 'x' -> hexDigits(1, 8);
                case 'c' -> {
                    if (i >= p.length()) {
                        throw invalid("invalid escape \\ sequence");
                    }
                    return p.charAt(i++) & 0x1F;
                }
                case '0' -> {
                    skipDigits(2);
                    return Integer.parseInt("0" + p.substring(start, i), 8);
                }
                default -> throw invalid("invalid escape \\ sequence");
            }
            return (int) Math.min(Long.parseLong(p.substring(start, i), 16), Character.MAX_CODE_POINT);
        }
    }
}
