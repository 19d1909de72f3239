package dev.codebasemcp.bootstrap.syntax;

import java.util.Set;
import java.util.function.Supplier;
import org.treesitter.TSLanguage;

/**
 * One tree-sitter grammar and how its definitions are read.
 *
 * @param id                    names the grammar
 * @param queryId               names its definitions query, the resource {@code queries/<queryId>.scm}
 * @param language              loads the grammar (and its native library) on first use
 * @param constructorNames      method names that are constructors ({@code __init__}, {@code initialize})
 * @param typeNamedConstructors true when a method named like its type is a constructor (C++)
 */
record Grammar(String id, String queryId, Supplier<TSLanguage> language, Set<String> constructorNames,
               boolean typeNamedConstructors) {

    static Grammar of(String id, Supplier<TSLanguage> language, String... constructorNames) {
        return new Grammar(id, id, language, Set.of(constructorNames), false);
    }

    String queryResource() {
        return "queries/" + queryId + ".scm";
    }
}
