package dev.codebasemcp.bootstrap.syntax;

import dev.codebasemcp.domain.symbol.Definition;
import dev.codebasemcp.domain.symbol.SymbolKind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Turns query captures into definitions: nests them by byte range to find each one's container,
 * and refines kinds the grammars cannot tell apart by node type alone: a function inside a type is
 * a method, a method named as the grammar's constructors (or, in C++, as its type) is a constructor,
 * and a field outside any type is a constant.
 */
final class DefinitionAssembler {

    private static final Set<SymbolKind> TYPES = EnumSet.of(SymbolKind.CLASS, SymbolKind.INTERFACE, SymbolKind.ENUM,
            SymbolKind.RECORD, SymbolKind.STRUCT, SymbolKind.TRAIT);

    private static final Comparator<Capture> DOCUMENT_ORDER = Comparator.comparingInt(Capture::startByte)
            .thenComparing(Comparator.comparingInt(Capture::endByte).reversed())
            .thenComparingInt(Capture::nameStartByte)
            .thenComparingInt(Capture::pattern);

    private final Grammar grammar;

    DefinitionAssembler(Grammar grammar) {
        this.grammar = grammar;
    }

    /** @param lines the text of a 0-based row, for signatures */
    List<Definition> assemble(List<Capture> captures, IntFunction<String> lines) {
        List<Capture> sorted = new ArrayList<>(captures);
        sorted.sort(DOCUMENT_ORDER);
        Set<String> seen = new HashSet<>();
        Deque<Open> open = new ArrayDeque<>();
        List<Definition> definitions = new ArrayList<>();
        for (Capture capture : sorted) {
            if (!seen.add(capture.startByte() + ":" + capture.endByte() + ":" + capture.nameStartByte())) {
                continue;
            }
            while (!open.isEmpty() && !open.peek().contains(capture)) {
                open.pop();
            }
            String container = containerOf(open, capture.receiver());
            if (capture.isScope()) {
                open.push(new Open(capture, capture.name(), true));
                continue;
            }
            SymbolKind kind = refine(SymbolKind.fromWireName("kind", capture.kind()), open.peek(), capture);
            definitions.add(new Definition(capture.name(), kind, container, capture.startRow() + 1, endLine(capture),
                    lines.apply(capture.nameRow())));
            if (kind != SymbolKind.FIELD && kind != SymbolKind.CONSTANT) {
                open.push(new Open(capture, capture.name(), TYPES.contains(kind)));
            }
        }
        return definitions;
    }

    private SymbolKind refine(SymbolKind kind, Open enclosing, Capture capture) {
        boolean inType = capture.receiver() != null || (enclosing != null && enclosing.isType());
        if (kind == SymbolKind.FUNCTION && inType) {
            kind = SymbolKind.METHOD;
        }
        if (kind == SymbolKind.FIELD && !inType) {
            return SymbolKind.CONSTANT;
        }
        if (kind == SymbolKind.METHOD && isConstructor(capture, enclosing)) {
            return SymbolKind.CONSTRUCTOR;
        }
        return kind;
    }

    private boolean isConstructor(Capture capture, Open enclosing) {
        if (grammar.constructorNames().contains(capture.name())) {
            return true;
        }
        if (!grammar.typeNamedConstructors()) {
            return false;
        }
        String type = capture.receiver() != null ? lastSegment(capture.receiver())
                : enclosing != null && enclosing.isType() ? enclosing.name() : null;
        return capture.name().equals(type);
    }

    private static String containerOf(Deque<Open> open, String receiver) {
        List<String> names = new ArrayList<>();
        open.descendingIterator().forEachRemaining(entry -> names.add(entry.name()));
        if (receiver != null) {
            names.add(receiver.replace("::", "."));
        }
        return String.join(".", names);
    }

    private static String lastSegment(String qualified) {
        int separator = qualified.lastIndexOf("::");
        return separator < 0 ? qualified : qualified.substring(separator + 2);
    }

    private static int endLine(Capture capture) {
        return Math.max(capture.startRow(), capture.endRow()) + 1;
    }

    private record Open(Capture capture, String name, boolean isType) {
        boolean contains(Capture other) {
            return capture.startByte() <= other.startByte() && other.endByte() <= capture.endByte();
        }
    }
}
