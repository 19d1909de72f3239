package dev.codebasemcp.domain.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Splits a text into chunks of whole lines within the limits of {@link ChunkingOptions}.
 *
 * <p>A chunk grows until the next line would break a limit; it is then cut at the best boundary
 * after its first {@code minLines} lines: before a top-level declaration (a non-indented line after
 * a blank line), else after a blank line, else after a line that only closes a block, else where
 * the limit was hit. A chunk is also closed early before a top-level declaration once it holds
 * {@code minLines} lines, so a chunk tends to hold one unit of code. Lines end at {@code \n} or
 * {@code \r\n}; the line break is not part of the content. Chunks made only of blank lines are
 * left out: there is nothing in them to find. A single line longer than {@code maxChars} becomes a
 * chunk of its own, whole (never cut, so a match past the limit is still found), and marked
 * {@link Chunk#truncated()}; the file size limit bounds it.
 */
public final class Chunker {

    private static final int NO_BOUNDARY = 0;
    private static final int AFTER_BLOCK_END = 1;
    private static final int AFTER_BLANK = 2;
    private static final int TOP_LEVEL = 3;

    private final ChunkingOptions options;

    public Chunker(ChunkingOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    public List<Chunk> chunk(String text) {
        Lines lines = Lines.of(text);
        List<Chunk> chunks = new ArrayList<>();
        int start = 0;
        int chars = 0;
        for (int i = 0; i < lines.count(); i++) {
            int length = lines.length(i);
            if (length > options.maxChars()) {
                emit(lines, start, i, chunks);
                chunks.add(new Chunk(i + 1, i + 1, lines.join(i, i + 1), true));
                start = i + 1;
                chars = 0;
                continue;
            }
            if (i - start >= options.minLines() && strength(lines, i) == TOP_LEVEL) {
                emit(lines, start, i, chunks);
                start = i;
                chars = 0;
            }
            while (i > start && (i - start == options.maxLines() || chars + length > options.maxChars())) {
                int cut = bestCut(lines, start, i);
                emit(lines, start, cut, chunks);
                start = cut;
                chars = lines.charsBetween(start, i);
            }
            chars += length + 1;
        }
        emit(lines, start, lines.count(), chunks);
        return chunks;
    }

    /** The best position in (start + minLines .. end] to cut before; {@code end} when none is better. */
    private int bestCut(Lines lines, int start, int end) {
        int best = end;
        int bestStrength = NO_BOUNDARY;
        for (int p = end; p >= start + Math.min(options.minLines(), end - start) && p > start; p--) {
            int strength = strength(lines, p);
            if (strength > bestStrength) {
                best = p;
                bestStrength = strength;
            }
        }
        return best;
    }

    /** How good a boundary lies before line {@code p}. */
    private static int strength(Lines lines, int p) {
        if (p <= 0 || p >= lines.count() || lines.isBlank(p)) {
            return NO_BOUNDARY;
        }
        if (lines.isBlank(p - 1)) {
            return lines.indent(p) == 0 && !lines.startsWithCloser(p) ? TOP_LEVEL : AFTER_BLANK;
        }
        return lines.onlyClosesBlock(p - 1) ? AFTER_BLOCK_END : NO_BOUNDARY;
    }

    private static void emit(Lines lines, int from, int to, List<Chunk> chunks) {
        if (from >= to || lines.allBlank(from, to)) {
            return;
        }
        chunks.add(new Chunk(from + 1, to, lines.join(from, to), false));
    }

    /** Line offsets into the text, so lines are not copied until a chunk is emitted. */
    private record Lines(String text, int[] starts, int[] ends, boolean hasCarriageReturns) {

        static Lines of(String text) {
            int capacity = 16;
            int[] starts = new int[capacity];
            int[] ends = new int[capacity];
            int count = 0;
            int lineStart = 0;
            int length = text.length();
            while (lineStart < length) {
                int newline = text.indexOf('\n', lineStart);
                int next = newline < 0 ? length : newline + 1;
                int end = newline < 0 ? length : newline;
                if (end > lineStart && text.charAt(end - 1) == '\r' && newline >= 0) {
                    end--;
                }
                if (count == capacity) {
                    capacity *= 2;
                    starts = java.util.Arrays.copyOf(starts, capacity);
                    ends = java.util.Arrays.copyOf(ends, capacity);
                }
                starts[count] = lineStart;
                ends[count] = end;
                count++;
                lineStart = next;
            }
            return new Lines(text, java.util.Arrays.copyOf(starts, count), java.util.Arrays.copyOf(ends, count),
                    text.indexOf('\r') >= 0);
        }

        int count() {
            return starts.length;
        }

        int length(int i) {
            return ends[i] - starts[i];
        }

        int charsBetween(int from, int to) {
            int chars = 0;
            for (int i = from; i < to; i++) {
                chars += length(i) + 1;
            }
            return chars;
        }

        boolean isBlank(int i) {
            for (int c = starts[i]; c < ends[i]; c++) {
                if (!Character.isWhitespace(text.charAt(c))) {
                    return false;
                }
            }
            return true;
        }

        boolean allBlank(int from, int to) {
            for (int i = from; i < to; i++) {
                if (!isBlank(i)) {
                    return false;
                }
            }
            return true;
        }

        int indent(int i) {
            int c = starts[i];
            while (c < ends[i] && (text.charAt(c) == ' ' || text.charAt(c) == '\t')) {
                c++;
            }
            return c - starts[i];
        }

        boolean startsWithCloser(int i) {
            char first = text.charAt(starts[i] + indent(i));
            return first == '}' || first == ')' || first == ']';
        }

        boolean onlyClosesBlock(int i) {
            if (isBlank(i) || !startsWithCloser(i)) {
                return false;
            }
            for (int c = starts[i] + indent(i); c < ends[i]; c++) {
                char ch = text.charAt(c);
                if ("})];, \t".indexOf(ch) < 0) {
                    return false;
                }
            }
            return true;
        }

        String join(int from, int to) {
            if (!hasCarriageReturns) {
                return text.substring(starts[from], ends[to - 1]);
            }
            StringBuilder joined = new StringBuilder(ends[to - 1] - starts[from]);
            for (int i = from; i < to; i++) {
                if (i > from) {
                    joined.append('\n');
                }
                joined.append(text, starts[i], ends[i]);
            }
            return joined.toString();
        }
    }
}
