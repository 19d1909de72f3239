package dev.codebasemcp.domain.index;

import dev.codebasemcp.domain.symbol.Definition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Splits a file into chunks along its definitions, within the limits of {@link ChunkingOptions}.
 *
 * <p>At each level (the file, then inside a definition) the lines are cut into pieces: each nested
 * definition with the comment lines directly above it, and the runs of lines between them. A
 * definition that fits the limits is one piece; a larger one is split the same way at its own nested
 * definitions, and one without nested definitions (or a run of lines too large) falls back to
 * {@link Chunker}, which prefers blank lines. Adjacent pieces smaller than {@code minLines} are then
 * merged while the merged piece still fits, so runs of fields, getters or small types do not become
 * tiny chunks; merging never cuts a definition, so a definition that fits is always whole in one chunk. Each
 * chunk knows the innermost definition enclosing all of it. Blank-only pieces are left out.
 * Definitions that overlap without nesting (a grammar's error recovery) are ignored. Lines end at
 * {@code \n} or {@code \r\n}, as for {@link Chunker}.
 */
public final class SyntaxChunker {

    private final ChunkingOptions options;
    private final Chunker fallback;

    public SyntaxChunker(ChunkingOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        this.fallback = new Chunker(options);
    }

    public List<SyntaxChunk> chunk(String text, List<Definition> definitions) {
        List<String> lines = lines(text);
        List<Node> roots = nest(definitions, lines.size());
        List<SyntaxChunk> chunks = new ArrayList<>();
        level(lines, 1, lines.size(), null, roots, chunks);
        return chunks;
    }

    /** Chunks lines {@code from..to} (1-based, inclusive) whose nested definitions are {@code children}. */
    private void level(List<String> lines, int from, int to, Definition parent, List<Node> children,
                       List<SyntaxChunk> out) {
        List<Piece> pieces = new ArrayList<>();
        int cursor = from;
        for (Node child : children) {
            int start = leadingCommentStart(lines, cursor, child.definition.startLine());
            addGap(lines, cursor, start - 1, parent, pieces, out);
            Piece piece = new Piece(start, child.definition.endLine(), child.definition);
            if (fits(lines, piece.from, piece.to)) {
                pieces.add(piece);
            } else {
                flush(lines, pieces, parent, out);
                if (child.children.isEmpty()) {
                    split(lines, piece.from, piece.to, child.definition, out);
                } else {
                    level(lines, start, child.definition.endLine(), child.definition, child.children, out);
                }
            }
            cursor = child.definition.endLine() + 1;
        }
        addGap(lines, cursor, to, parent, pieces, out);
        flush(lines, pieces, parent, out);
    }

    private void addGap(List<String> lines, int from, int to, Definition parent, List<Piece> pieces,
                        List<SyntaxChunk> out) {
        if (from > to || blank(lines, from, to)) {
            return;
        }
        if (fits(lines, from, to)) {
            pieces.add(new Piece(from, to, parent));
        } else {
            flush(lines, pieces, parent, out);
            split(lines, from, to, parent, out);
        }
    }

    /** Merges runs of small pieces that fit together, then emits them all. */
    private void flush(List<String> lines, List<Piece> pieces, Definition parent, List<SyntaxChunk> out) {
        Piece current = null;
        for (Piece piece : pieces) {
            if (current != null && mergeable(current) && mergeable(piece) && fits(lines, current.from, piece.to)) {
                current = new Piece(current.from, piece.to, current.enclosing == piece.enclosing ? current.enclosing : parent);
                continue;
            }
            if (current != null) {
                emit(lines, current, out);
            }
            current = piece;
        }
        if (current != null) {
            emit(lines, current, out);
        }
        pieces.clear();
    }

    private boolean mergeable(Piece piece) {
        return piece.lineCount() < options.minLines();
    }

    private void emit(List<String> lines, Piece piece, List<SyntaxChunk> out) {
        int from = piece.from;
        int to = piece.to;
        while (from < to && lines.get(from - 1).isBlank()) {
            from++;
        }
        while (to > from && lines.get(to - 1).isBlank()) {
            to--;
        }
        if (!blank(lines, from, to)) {
            out.add(new SyntaxChunk(new Chunk(from, to, String.join("\n", lines.subList(from - 1, to)), false),
                    piece.enclosing));
        }
    }

    private void split(List<String> lines, int from, int to, Definition enclosing, List<SyntaxChunk> out) {
        for (Chunk chunk : fallback.chunk(String.join("\n", lines.subList(from - 1, to)))) {
            out.add(new SyntaxChunk(new Chunk(chunk.startLine() + from - 1, chunk.endLine() + from - 1, chunk.content(),
                    chunk.truncated()), enclosing));
        }
    }

    private boolean fits(List<String> lines, int from, int to) {
        if (to - from + 1 > options.maxLines()) {
            return false;
        }
        long chars = 0;
        for (int i = from; i <= to; i++) {
            chars += lines.get(i - 1).length() + 1;
        }
        return chars - 1 <= options.maxChars();
    }

    /** The first of the non-blank lines directly above {@code start} (doc comments, annotations), not before {@code floor}. */
    private static int leadingCommentStart(List<String> lines, int floor, int start) {
        int first = start;
        while (first - 1 >= floor && !lines.get(first - 2).isBlank() && looksLikeComment(lines.get(first - 2))) {
            first--;
        }
        return first;
    }

    private static boolean looksLikeComment(String line) {
        String stripped = line.strip();
        return stripped.startsWith("//") || stripped.startsWith("/*") || stripped.startsWith("*")
                || stripped.startsWith("#") || stripped.startsWith("@") || stripped.startsWith("///")
                || stripped.startsWith("--") || stripped.startsWith("\"\"\"");
    }

    private static boolean blank(List<String> lines, int from, int to) {
        for (int i = from; i <= to; i++) {
            if (!lines.get(i - 1).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>(List.of(text.split("\r?\n", -1)));
        if (!lines.isEmpty() && lines.getLast().isEmpty()) {
            lines.removeLast();
        }
        return lines;
    }

    /** The definitions as a forest by line range; those past the end of the text or overlapping others are left out. */
    private static List<Node> nest(List<Definition> definitions, int lineCount) {
        List<Definition> sorted = new ArrayList<>(definitions);
        sorted.sort(Comparator.comparingInt(Definition::startLine)
                .thenComparing(Comparator.comparingInt(Definition::endLine).reversed()));
        List<Node> roots = new ArrayList<>();
        List<Node> open = new ArrayList<>();
        for (Definition definition : sorted) {
            if (definition.endLine() > lineCount) {
                continue;
            }
            while (!open.isEmpty() && open.getLast().definition.endLine() < definition.startLine()) {
                open.removeLast();
            }
            Node parent = open.isEmpty() ? null : open.getLast();
            if (parent != null && definition.endLine() > parent.definition.endLine()) {
                continue;
            }
            if (parent != null && parent.definition.startLine() == definition.startLine()
                    && parent.definition.endLine() == definition.endLine()) {
                continue;
            }
            if (parent != null && !parent.children.isEmpty()
                    && parent.children.getLast().definition.endLine() >= definition.startLine()) {
                continue;
            }
            if (parent == null && !roots.isEmpty() && roots.getLast().definition.endLine() >= definition.startLine()) {
                continue;
            }
            Node node = new Node(definition, new ArrayList<>());
            (parent == null ? roots : parent.children).add(node);
            open.add(node);
        }
        return roots;
    }

    private record Node(Definition definition, List<Node> children) {
    }

    private record Piece(int from, int to, Definition enclosing) {
        int lineCount() {
            return to - from + 1;
        }
    }
}
