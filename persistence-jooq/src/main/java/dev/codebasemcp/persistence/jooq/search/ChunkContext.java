package dev.codebasemcp.persistence.jooq.search;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.jooq.Record;

/**
 * A matching chunk widened by up to {@code contextLines} lines of the chunks before and after it in the same
 * file. Lines between two chunks that no chunk covers are blank (the chunker leaves out runs of blank lines),
 * so they are filled in as empty lines; past the last chunk nothing is added.
 */
record ChunkContext(int chunkStartLine, int chunkEndLine, int contentStartLine, String content) {

    static ChunkContext of(Record row, int contextLines) {
        int start = row.get("start_line", Integer.class);
        int end = row.get("end_line", Integer.class);
        String content = row.get("content", String.class);
        if (contextLines == 0) {
            return new ChunkContext(start, end, start, content);
        }
        Deque<String> before = linesBefore(start, contextLines, row.get("prev_start", Integer.class),
                row.get("prev_end", Integer.class), row.get("prev_content", String.class));
        List<String> after = linesAfter(end, contextLines, row.get("next_start", Integer.class),
                row.get("next_content", String.class));
        StringBuilder widened = new StringBuilder();
        before.forEach(line -> widened.append(line).append('\n'));
        widened.append(content);
        after.forEach(line -> widened.append('\n').append(line));
        return new ChunkContext(start, end, start - before.size(), widened.toString());
    }

    private static Deque<String> linesBefore(int start, int count, Integer prevStart, Integer prevEnd, String prevContent) {
        Deque<String> lines = new ArrayDeque<>();
        String[] previous = prevContent == null ? new String[0] : prevContent.split("\n", -1);
        for (int number = start - 1; number >= Math.max(1, start - count); number--) {
            if (prevStart == null || number > prevEnd) {
                lines.addFirst("");
            } else if (number >= prevStart && number - prevStart < previous.length) {
                lines.addFirst(previous[number - prevStart]);
            } else {
                break;
            }
        }
        return lines;
    }

    private static List<String> linesAfter(int end, int count, Integer nextStart, String nextContent) {
        List<String> lines = new ArrayList<>();
        if (nextStart == null) {
            return lines;
        }
        String[] next = nextContent.split("\n", -1);
        for (int number = end + 1; number <= end + count; number++) {
            if (number < nextStart) {
                lines.add("");
            } else if (number - nextStart < next.length) {
                lines.add(next[number - nextStart]);
            } else {
                break;
            }
        }
        return lines;
    }
}
