package dev.codebasemcp.domain.index;

import dev.codebasemcp.domain.symbol.Definition;
import java.util.Objects;
import java.util.Optional;

/**
 * A chunk and the innermost definition that encloses all of it.
 *
 * @param chunk     the lines
 * @param enclosing the definition the whole chunk lies in (a method, or the class of several
 *                  members); null when the chunk lies at the top level of the file
 */
public record SyntaxChunk(Chunk chunk, Definition enclosing) {

    public SyntaxChunk {
        Objects.requireNonNull(chunk, "chunk");
    }

    public Optional<Definition> enclosingDefinition() {
        return Optional.ofNullable(enclosing);
    }
}
