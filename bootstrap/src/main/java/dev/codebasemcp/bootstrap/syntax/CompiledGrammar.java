package dev.codebasemcp.bootstrap.syntax;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.treesitter.TSLanguage;
import org.treesitter.TSQuery;

/** A grammar with its native library loaded and its query compiled; the query is shared by all threads. */
record CompiledGrammar(Grammar grammar, TSLanguage language, TSQuery query, String[] captureNames) {

    static CompiledGrammar compile(Grammar grammar) {
        TSLanguage language = grammar.language().get();
        TSQuery query = new TSQuery(language, readQuery(grammar));
        String[] captureNames = new String[query.getCaptureCount()];
        for (int i = 0; i < captureNames.length; i++) {
            captureNames[i] = query.getCaptureNameForId(i);
        }
        return new CompiledGrammar(grammar, language, query, captureNames);
    }

    private static String readQuery(Grammar grammar) {
        try (InputStream in = CompiledGrammar.class.getResourceAsStream(grammar.queryResource())) {
            if (in == null) {
                throw new IllegalStateException("query resource missing: " + grammar.queryResource());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
