package dev.codebasemcp.application.port.out;

import dev.codebasemcp.domain.symbol.Definition;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Finds the definitions in a source file's text with a parser for its language.
 *
 * <p>Implementations parse within a size and a time limit, are safe to call from several threads,
 * and never throw for a file: a language without grammar, a file over the size limit, a parse or
 * query over the time limit and a grammar that fails all come back as an {@link Extraction} with
 * no definitions and the {@link Outcome} that says why, so a file's indexing never fails on them.
 */
public interface DefinitionExtractor {

    /** The language names ({@link dev.codebasemcp.domain.index.LanguageDetector}'s) that have a grammar. */
    Set<String> languages();

    /**
     * The definitions in {@code text}, ordered by start line, then outermost first.
     *
     * @param path     the file's path, '/'-separated; some languages have a grammar per extension (TSX)
     * @param language the file's language as {@link dev.codebasemcp.domain.index.LanguageDetector} names it
     * @param text     the file's content
     */
    Extraction extract(String path, String language, String text);

    /** Why an extraction has the definitions it has. */
    enum Outcome {
        /** Parsed and queried; the definitions are complete (a file with syntax errors still counts). */
        EXTRACTED,
        /** No grammar for the language, or its native library could not be loaded on this platform. */
        NO_GRAMMAR,
        /** The text is larger than the size limit. */
        TOO_LARGE,
        /** Parsing or querying took longer than the time limit. */
        TIMED_OUT,
        /** The grammar or its query failed. */
        FAILED
    }

    /** The definitions found and why there are no more. */
    record Extraction(List<Definition> definitions, Outcome outcome) {

        public Extraction {
            definitions = List.copyOf(definitions);
            Objects.requireNonNull(outcome, "outcome");
            if (outcome != Outcome.EXTRACTED && !definitions.isEmpty()) {
                throw new IllegalArgumentException("only an extracted file has definitions, outcome was " + outcome);
            }
        }

        /** No definitions, for the given reason. */
        public static Extraction none(Outcome outcome) {
            return new Extraction(List.of(), outcome);
        }
    }
}
