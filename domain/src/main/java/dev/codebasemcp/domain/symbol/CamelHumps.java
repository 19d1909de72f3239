package dev.codebasemcp.domain.symbol;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Camel-hump matching: every character of the pattern continues the current hump of the name or
 * starts a later one, the first at the name's first hump; humps may be skipped. Case is ignored and
 * {@code _} in the pattern is ignored. A hump starts at the first character, at an upper-case letter,
 * after {@code _} or {@code $}, and where letters and digits meet: {@code parseHTTPHeader2} has the
 * humps parse, H, T, T, P, Header, 2.
 */
final class CamelHumps {

    /** Names longer than this are not hump-matched: identifiers are never that long, minified junk is. */
    private static final int MAX_NAME_LENGTH = 256;

    private CamelHumps() {
    }

    static boolean matches(String pattern, String name) {
        String query = pattern.replace("_", "");
        if (query.isEmpty() || name.length() > MAX_NAME_LENGTH) {
            return false;
        }
        List<String> humps = humps(name);
        return !humps.isEmpty() && sameLetter(query.charAt(0), humps.getFirst().charAt(0))
                && match(query, 1, humps, 0, 1, new HashSet<>());
    }

    private static boolean match(String query, int q, List<String> humps, int hump, int offset, Set<Long> failed) {
        if (q == query.length()) {
            return true;
        }
        long state = ((long) q << 40) | ((long) hump << 20) | offset;
        if (failed.contains(state)) {
            return false;
        }
        char c = query.charAt(q);
        String current = humps.get(hump);
        if (offset < current.length() && sameLetter(c, current.charAt(offset))
                && match(query, q + 1, humps, hump, offset + 1, failed)) {
            return true;
        }
        for (int next = hump + 1; next < humps.size(); next++) {
            if (sameLetter(c, humps.get(next).charAt(0)) && match(query, q + 1, humps, next, 1, failed)) {
                return true;
            }
        }
        failed.add(state);
        return false;
    }

    static List<String> humps(String name) {
        List<String> humps = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '_' || c == '$') {
                start = close(name, start, i, humps);
                continue;
            }
            if (start >= 0 && startsHump(name.charAt(i - 1), c)) {
                start = close(name, start, i, humps);
            }
            if (start < 0) {
                start = i;
            }
        }
        close(name, start, name.length(), humps);
        return humps;
    }

    private static boolean startsHump(char previous, char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) != Character.isDigit(previous);
    }

    private static int close(String name, int start, int end, List<String> humps) {
        if (start >= 0 && end > start) {
            humps.add(name.substring(start, end));
        }
        return -1;
    }

    private static boolean sameLetter(char a, char b) {
        return Character.toLowerCase(a) == Character.toLowerCase(b);
    }
}
