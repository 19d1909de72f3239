package dev.codebasemcp.domain.symbol;

import java.util.Objects;

/**
 * One definition in a source file.
 *
 * @param name      the defined name as written, for example {@code resize}
 * @param kind      what it defines
 * @param container the names of the enclosing definitions joined by {@code .}, outermost first, for
 *                  example {@code HashMap} or {@code HashMap.TreeNode}; empty at the top level
 * @param startLine first line, 1-based, including decorators and annotations the grammar attaches
 * @param endLine   last line, 1-based, inclusive
 * @param signature the first line of the definition without surrounding white space, at most
 *                  {@value #MAX_SIGNATURE_LENGTH} characters
 */
public record Definition(String name, SymbolKind kind, String container, int startLine, int endLine, String signature) {

    public static final int MAX_SIGNATURE_LENGTH = 300;

    public Definition {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(container, "container");
        Objects.requireNonNull(signature, "signature");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        if (startLine < 1 || endLine < startLine) {
            throw new IllegalArgumentException("invalid line range " + startLine + "-" + endLine + " for " + name);
        }
        signature = signature.strip();
        if (signature.length() > MAX_SIGNATURE_LENGTH) {
            signature = signature.substring(0, MAX_SIGNATURE_LENGTH);
        }
    }

    /** The container and the name, for example {@code HashMap.resize}. */
    public String qualifiedName() {
        return container.isEmpty() ? name : container + "." + name;
    }

    public int lineCount() {
        return endLine - startLine + 1;
    }

    /** True when this definition's lines lie within {@code other}'s and the two are not the same range. */
    public boolean isInside(Definition other) {
        return other.startLine <= startLine && endLine <= other.endLine
                && (other.startLine != startLine || other.endLine != endLine);
    }
}
