package dev.codebasemcp.bootstrap.syntax;

import dev.codebasemcp.application.port.out.DefinitionExtractor;
import dev.codebasemcp.domain.symbol.Definition;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.treesitter.TSInputEncoding;
import org.treesitter.TSNode;
import org.treesitter.TSParser;
import org.treesitter.TSQueryCapture;
import org.treesitter.TSQueryCursor;
import org.treesitter.TSQueryMatch;
import org.treesitter.TSTree;

/**
 * Definitions by tree-sitter: parses a file with its language's grammar and runs that grammar's
 * definitions query ({@code queries/<language>.scm}). A grammar is loaded on first use; one that
 * cannot be loaded or whose query does not compile is reported once and then treated as missing.
 * Parse and query stop at the deadline through tree-sitter's progress callbacks.
 */
public final class TreeSitterDefinitionExtractor implements DefinitionExtractor {

    private static final Logger LOG = LoggerFactory.getLogger(TreeSitterDefinitionExtractor.class);

    private final ExtractionLimits limits;
    private final Map<String, Optional<CompiledGrammar>> compiled = new ConcurrentHashMap<>();
    private final ThreadLocal<Map<String, TSParser>> parsers = ThreadLocal.withInitial(HashMap::new);

    public TreeSitterDefinitionExtractor(ExtractionLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    @Override
    public Set<String> languages() {
        return Grammars.languages();
    }

    @Override
    public Extraction extract(String path, String language, String text) {
        Optional<CompiledGrammar> grammar = Grammars.forFile(path, language).flatMap(this::compiled);
        if (grammar.isEmpty()) {
            return Extraction.none(Outcome.NO_GRAMMAR);
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > limits.maxBytes()) {
            return Extraction.none(Outcome.TOO_LARGE);
        }
        long deadline = System.nanoTime() + limits.timeout().toNanos();
        try {
            return extract(grammar.get(), bytes, text, deadline);
        } catch (RuntimeException | LinkageError e) {
            LOG.debug("Extracting definitions from {} failed", path, e);
            return Extraction.none(Outcome.FAILED);
        }
    }

    private Extraction extract(CompiledGrammar grammar, byte[] bytes, String text, long deadline) {
        TSParser parser = parsers.get().computeIfAbsent(grammar.grammar().id(), id -> newParser(grammar));
        TSTree tree = parser.parseWithOptions(bytes, null, (buffer, offset, point) -> {
            int length = Math.max(0, Math.min(buffer.length, bytes.length - offset));
            System.arraycopy(bytes, offset, buffer, 0, length);
            return length;
        }, TSInputEncoding.TSInputEncodingUTF8, state -> System.nanoTime() > deadline);
        if (tree == null) {
            parser.reset();
            return Extraction.none(Outcome.TIMED_OUT);
        }
        List<Capture> captures = query(grammar, tree, bytes, deadline);
        if (System.nanoTime() > deadline) {
            return Extraction.none(Outcome.TIMED_OUT);
        }
        Lines lines = new Lines(text);
        List<Definition> definitions = new DefinitionAssembler(grammar.grammar()).assemble(captures, lines::row);
        return new Extraction(definitions, Outcome.EXTRACTED);
    }

    private static List<Capture> query(CompiledGrammar grammar, TSTree tree, byte[] bytes, long deadline) {
        TSQueryCursor cursor = new TSQueryCursor();
        cursor.execWithOptions(grammar.query(), tree.getRootNode(), state -> System.nanoTime() > deadline);
        TSQueryMatch match = new TSQueryMatch();
        List<Capture> captures = new ArrayList<>();
        while (cursor.nextMatch(match)) {
            Capture capture = capture(grammar, match, bytes);
            if (capture != null) {
                captures.add(capture);
            }
        }
        return captures;
    }

    private static Capture capture(CompiledGrammar grammar, TSQueryMatch match, byte[] bytes) {
        String kind = null;
        boolean scope = false;
        TSNode definition = null;
        TSNode name = null;
        String receiver = null;
        for (TSQueryCapture capture : match.getCaptures()) {
            String captureName = grammar.captureNames()[capture.getIndex()];
            TSNode node = capture.getNode();
            switch (captureName) {
                case "name" -> name = node;
                case "receiver" -> receiver = text(bytes, node);
                case "scope" -> {
                    scope = true;
                    definition = node;
                }
                default -> {
                    if (captureName.startsWith("def.")) {
                        kind = captureName.substring(4);
                        definition = node;
                    }
                }
            }
        }
        if (definition == null || name == null || (kind == null && !scope)) {
            return null;
        }
        String nameText = text(bytes, name);
        if (nameText.isBlank()) {
            return null;
        }
        int startRow = definition.getStartPoint().getRow();
        var end = definition.getEndPoint();
        // A node that ends at the very start of a row (a trailing newline) does not reach into it.
        int endRow = end.getColumn() == 0 && end.getRow() > startRow ? end.getRow() - 1 : end.getRow();
        return new Capture(kind, nameText, receiver, definition.getStartByte(), definition.getEndByte(),
                name.getStartByte(), startRow, endRow, name.getStartPoint().getRow(), match.getPatternIndex());
    }

    private static String text(byte[] bytes, TSNode node) {
        int start = node.getStartByte();
        int end = Math.min(bytes.length, node.getEndByte());
        return new String(bytes, start, Math.max(0, end - start), StandardCharsets.UTF_8);
    }

    private Optional<CompiledGrammar> compiled(Grammar grammar) {
        return compiled.computeIfAbsent(grammar.id(), id -> {
            try {
                return Optional.of(CompiledGrammar.compile(grammar));
            } catch (RuntimeException | LinkageError e) {
                LOG.warn("The {} grammar is not available, its files get no definitions: {}", id, e.toString());
                return Optional.empty();
            }
        });
    }

    private static TSParser newParser(CompiledGrammar grammar) {
        TSParser parser = new TSParser();
        if (!parser.setLanguage(grammar.language())) {
            throw new IllegalStateException("grammar " + grammar.grammar().id() + " has an incompatible ABI version");
        }
        return parser;
    }

    /** Row texts of a file, split the way tree-sitter counts rows (at '\n'). */
    private static final class Lines {
        private final String text;
        private final int[] starts;

        Lines(String text) {
            this.text = text;
            List<Integer> offsets = new ArrayList<>();
            offsets.add(0);
            for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
                offsets.add(i + 1);
            }
            this.starts = offsets.stream().mapToInt(Integer::intValue).toArray();
        }

        String row(int row) {
            if (row < 0 || row >= starts.length) {
                return "";
            }
            int end = row + 1 < starts.length ? starts[row + 1] - 1 : text.length();
            return text.substring(starts[row], Math.max(starts[row], end));
        }
    }
}
