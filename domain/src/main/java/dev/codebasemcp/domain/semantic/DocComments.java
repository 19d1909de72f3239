package dev.codebasemcp.domain.semantic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Finds a chunk's first documentation comment and reduces it to plain prose. */
final class DocComments {

    private static final int SCAN_LINES = 40;
    private static final Pattern INLINE_TAG = Pattern.compile("\\{@\\w+\\s*([^}]*)}");
    private static final Pattern HTML_TAG = Pattern.compile("</?[a-zA-Z][^>]*>");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](\\s|$)");

    private DocComments() {
    }

    /** The first two sentences of the first comment block in the leading lines that is not a licence header. */
    static String firstSentences(List<String> lines) {
        for (Block block : blocks(lines)) {
            if (block.start() >= SCAN_LINES) {
                break;
            }
            String prose = prose(block.text());
            if (!prose.isEmpty() && !isLicence(prose)) {
                return firstTwoSentences(prose);
            }
        }
        return "";
    }

    /** Which lines belong to a comment block or docstring, so code-only readers can skip them. */
    static boolean[] commentLines(List<String> lines) {
        boolean[] comment = new boolean[lines.size()];
        for (Block block : blocks(lines)) {
            Arrays.fill(comment, block.start(), block.end(), true);
        }
        return comment;
    }

    private static List<Block> blocks(List<String> lines) {
        List<Block> blocks = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            Block block = blockAt(lines, i);
            if (block == null) {
                i++;
            } else {
                blocks.add(block);
                i = block.end();
            }
        }
        return blocks;
    }

    private record Block(String text, int start, int end) {
    }

    /** The comment block starting at line {@code i}, or null when none starts there. */
    private static Block blockAt(List<String> lines, int i) {
        String line = lines.get(i).strip();
        if (line.startsWith("/*")) {
            return until(lines, i, "*/");
        }
        for (String quote : List.of("\"\"\"", "'''")) {
            if (line.startsWith(quote) || line.startsWith("r" + quote)) {
                int open = line.indexOf(quote);
                String rest = line.substring(open + 3);
                if (rest.contains(quote)) {
                    return new Block(rest.substring(0, rest.indexOf(quote)), i, i + 1);
                }
                return until(lines, i, quote);
            }
        }
        String marker = lineCommentMarker(line);
        if (marker == null) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        int j = i;
        while (j < lines.size() && marker.equals(lineCommentMarker(lines.get(j).strip()))) {
            text.append(lines.get(j).strip().substring(marker.length())).append('\n');
            j++;
        }
        return new Block(text.toString(), i, j);
    }

    private static String lineCommentMarker(String line) {
        if (line.startsWith("///")) {
            return "///";
        }
        if (line.startsWith("//")) {
            return "//";
        }
        if (line.startsWith("#") && !line.startsWith("#!") && !line.startsWith("#include")
                && !line.startsWith("#define") && !line.startsWith("#if")) {
            return "#";
        }
        return null;
    }

    private static Block until(List<String> lines, int start, String closer) {
        StringBuilder text = new StringBuilder();
        for (int j = start; j < lines.size(); j++) {
            String line = lines.get(j);
            int from = j == start ? line.indexOf(closer.equals("*/") ? "/*" : closer) + (closer.equals("*/") ? 2 : 3) : 0;
            int close = line.indexOf(closer, from);
            if (close >= 0) {
                text.append(line, from, close);
                return new Block(text.toString(), start, j + 1);
            }
            text.append(line.substring(from)).append('\n');
        }
        return new Block(text.toString(), start, lines.size());
    }

    /** Comment text without stars, block tags ({@code @param ...}), inline tags' braces and HTML. */
    private static String prose(String comment) {
        StringBuilder prose = new StringBuilder();
        for (String line : comment.split("\n")) {
            String stripped = line.strip();
            while (stripped.startsWith("*")) {
                stripped = stripped.substring(1).strip();
            }
            if (stripped.startsWith("@")) {
                break;
            }
            prose.append(stripped).append(' ');
        }
        String withoutTags = INLINE_TAG.matcher(prose).replaceAll("$1");
        return HTML_TAG.matcher(withoutTags).replaceAll(" ").replaceAll("\\s+", " ").strip();
    }

    private static boolean isLicence(String prose) {
        String lower = prose.toLowerCase(Locale.ROOT);
        return lower.contains("copyright") || lower.contains("license") || lower.contains("licence");
    }

    private static String firstTwoSentences(String prose) {
        var matcher = SENTENCE_END.matcher(prose);
        int end = prose.length();
        if (matcher.find() && matcher.find()) {
            end = matcher.start() + 1;
        }
        return prose.substring(0, end);
    }
}
